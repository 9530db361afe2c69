import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { cyStyle } from '../canvas/cy-style';
import { cheapFirstStyle } from './first-style';

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

describe('cheapFirstStyle', () => {
  it('styles new elements exactly as Cytoscape alone does, and later changes still move what they should', () => {
    const plain = core();
    const before = computed(plain);
    const own = Object.getPrototypeOf(plain.style()) as { checkTriggers: unknown };
    const original = own.checkTriggers;
    cheapFirstStyle();
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
});
