import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import { cyStyle } from '../canvas/cy-style';
import { cheapStyleTriggers, refilterOnShow } from './style-triggers';

const ELEMENTS: ElementDefinition[] = [
  {
    data: { id: 'a', label: 'Alpha', kind: 'service', size: 40, labelFont: 14, labelWidth: 90 },
    position: { x: 0, y: 0 },
  },
  {
    data: { id: 'b', label: 'Beta', kind: 'component', size: 20, labelFont: 12, labelWidth: 90 },
    position: { x: 200, y: 0 },
  },
  {
    data: { id: 'c', label: 'Gamma', kind: 'feature', size: 24, labelFont: 12, labelWidth: 90 },
    position: { x: 100, y: 150 },
  },
  { data: { id: 'ab', source: 'a', target: 'b', caption: 'has', labelFont: 10, curved: true } },
  { data: { id: 'ab2', source: 'a', target: 'b', caption: 'uses', labelFont: 10, curved: true } },
  { data: { id: 'bc', source: 'b', target: 'c', caption: 'runs on', labelFont: 10 } },
];

function core(): Core {
  return cytoscape({ headless: true, styleEnabled: true, elements: ELEMENTS, style: cyStyle('light') });
}

/** What Cytoscape computed for every element: its style and its bounds. */
function computed(cy: Core) {
  return cy.elements().map((e) => ({
    id: e.id(),
    style: e.style() as object,
    box: e.boundingBox({}),
  }));
}

describe('cheapStyleTriggers', () => {
  it('styles new elements exactly as Cytoscape alone does, and later changes still move what they should', () => {
    const plain = core();
    const before = computed(plain);
    const own = Object.getPrototypeOf(plain.style()) as { checkTriggers: unknown };
    const original = own.checkTriggers;
    cheapStyleTriggers();
    expect(own.checkTriggers).not.toBe(original);
    const cheap = core();
    expect(computed(cheap)).toEqual(before);

    // A class that resizes a node (after its first style) moves the ends of its edges.
    for (const cy of [plain, cheap]) {
      cy.style().selector('.big').style({ width: 80, height: 80 }).update();
      cy.$id('b').addClass('big');
    }
    expect(cheap.$id('b').boundingBox({}).w).toBeGreaterThan(70);
    expect(computed(cheap)).toEqual(computed(plain));

    // A new stylesheet (a theme) restyles everything, bounds included.
    plain.style(cyStyle('dark'));
    cheap.style(cyStyle('dark'));
    expect(computed(cheap)).toEqual(computed(plain));
  });

  it('re-sorts the z-order when an element is hidden, not when a label or a z-index changes', () => {
    cheapStyleTriggers();
    const cy = core();
    const notify = vi.spyOn(cy as unknown as { notify(name: string): void }, 'notify');
    // Cytoscape restyles lazily: reading a style applies the classes changed since.
    const zordersAfter = (change: () => void, property: string) => {
      notify.mockClear();
      change();
      void cy.$id('a').style(property);
      return notify.mock.calls.filter(([name]) => name === 'zorder').length;
    };
    expect(cy.$id('a').style('label')).toBe('Alpha');
    expect(zordersAfter(() => cy.$id('a').addClass('label-hidden'), 'label')).toBe(0);
    expect(cy.$id('a').style('label')).toBe('');
    expect(zordersAfter(() => cy.$id('a').removeClass('label-hidden'), 'label')).toBe(0);
    expect(cy.$id('a').style('label')).toBe('Alpha');
    expect(zordersAfter(() => cy.$id('a').addClass('lit'), 'z-index')).toBe(0);
    expect(cy.$id('a').style('z-index')).toBe('5');
    expect(zordersAfter(() => cy.$id('a').addClass('hidden'), 'display')).toBe(1);
  });

  it('re-filters what can be pointed at when an element is shown or hidden, without sorting again', () => {
    cheapStyleTriggers();
    const cy = core();
    type Sorted = import('cytoscape').SingularElementArgument[] & { interactive: unknown[] };
    // A stand-in for the canvas renderer's z-order cache (a headless core has none).
    let sorts = 0;
    const notices: string[] = [];
    const renderer = {
      cachedZSortedEles: null as Sorted | null,
      getCachedZSortedEles(force?: boolean) {
        if (force || !this.cachedZSortedEles) {
          sorts++;
          const eles = cy.elements().toArray() as Sorted;
          eles.interactive = eles.filter((e) => e.visible());
          this.cachedZSortedEles = eles;
        }
        return this.cachedZSortedEles;
      },
      notify(name: string) {
        notices.push(name);
      },
    };
    (cy as unknown as { renderer(): unknown }).renderer = () => renderer;
    refilterOnShow(cy);
    const pointable = () =>
      renderer.getCachedZSortedEles().interactive.map((e) => (e as { id(): string }).id());
    expect(pointable()).toContain('a');
    cy.$id('a').addClass('hidden');
    void cy.$id('a').style('display');
    // The change asks for a frame itself (a style notice), and is not a z-order notice.
    expect(notices).toContain('style');
    expect(notices).not.toContain('zorder');
    expect(pointable()).not.toContain('a');
    cy.$id('a').removeClass('hidden');
    void cy.$id('a').style('display');
    expect(pointable()).toContain('a');
    expect(sorts).toBe(1);
  });

  it('leaves the edges at a node clean when only its label changes, not when its body does', () => {
    cheapStyleTriggers();
    const cy = core();
    cy.style().selector('.boosted').style({ 'font-size': 30, label: 'A longer name' }).update();
    cy.style().selector('.big').style({ width: 80, height: 80 }).update();
    // What the canvas renderer does on a change of bounds: the node's edges are to be recomputed.
    type Rendered = { _private: { rstyle: { cleanConnected?: boolean } } };
    const rstyle = (id: string) => (cy.$id(id)[0] as unknown as Rendered)._private.rstyle;
    cy.on('bounds', 'node', (e) => void (rstyle(e.target.id()).cleanConnected = false));
    // Styled and drawn once: every element's style is computed, and the renderer is up to date.
    const settled = () =>
      cy.nodes().forEach((n) => {
        void n.style('width');
        rstyle(n.id()).cleanConnected = true;
      });

    settled();
    cy.$id('a').addClass('boosted');
    expect(cy.$id('a').style('font-size')).toBe('30px');
    expect(cy.$id('a').style('label')).toBe('A longer name');
    expect(rstyle('a').cleanConnected).toBe(true);

    settled();
    cy.$id('b').addClass('big boosted');
    void cy.$id('b').style('width');
    expect(rstyle('b').cleanConnected).toBe(false);
  });
});
