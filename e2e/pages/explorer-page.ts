import type { Locator, Page } from '@playwright/test';
import { gotoApp } from '../fixtures';

/** What tests read from `window.cy` (the Cytoscape core the app exposes for them). */
interface CyLike {
  getElementById(id: string): {
    empty(): boolean;
    nonempty(): boolean;
    visible(): boolean;
    classes(): string[];
    data(key: string): unknown;
    renderedPosition(): { x: number; y: number };
    renderedBoundingBox(): { w: number; h: number };
  };
  nodes(selector?: string): { map<T>(fn: (n: { id(): string }) => T): T[]; length: number };
  edges(selector?: string): { map<T>(fn: (n: { id(): string }) => T): T[]; length: number };
  container(): HTMLElement;
  animated(): boolean;
  zoom(): number;
}
/**
 * `cy` is the one Cytoscape core: its elements carry the engine's classes (`lit`, `dim`, `hidden`,
 * `selected-node`, `hit`, `match`... see renderer/engine/class-diff.ts), and the selected node is
 * `cy.$(':selected')`.
 */
type CyWindow = Window & { cy: CyLike };

/** The explorer, driven through roles and labels; the graph model is read through `window.cy`. */
export class ExplorerPage {
  constructor(readonly page: Page) {}

  async open(hash?: string) {
    await gotoApp(this.page, hash);
    await this.page.getByRole('searchbox', { name: 'Search' }).waitFor();
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }
  get searchResults(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }
  get details(): Locator {
    return this.page.getByRole('region', { name: 'Details', exact: true });
  }
  get detailsTitle(): Locator {
    return this.details.getByRole('heading', { level: 2 });
  }
  get outline(): Locator {
    return this.page.getByRole('tree', { name: 'Visible nodes by kind' });
  }
  get notices(): Locator {
    return this.page.getByRole('status', { name: 'Notices' });
  }
  get matches(): Locator {
    return this.page.getByRole('list', { name: 'Matching nodes' });
  }
  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }
  /** A checkbox in a filter group (a fieldset named by its legend). */
  filter(group: string | RegExp, label: string | RegExp): Locator {
    return this.page.getByRole('group', { name: group }).getByRole('checkbox', { name: label });
  }
  /** Opens the (collapsed) list of relation-kind filters. */
  async openRelationKinds() {
    await this.page.locator('summary', { hasText: 'Relation kinds' }).click();
  }
  /** The relation section "<node> <phrase>" in the details panel. */
  relationGroup(name: string): Locator {
    return this.details.getByRole('region', { name });
  }

  /** Clicks a node on the canvas where Cytoscape has drawn it. */
  async clickNode(id: string) {
    const at = await this.nodePoint(id);
    await this.page.mouse.click(at.x, at.y);
  }

  /** Where a node is drawn, in page coordinates, once the view has stopped moving. */
  async nodePoint(id: string): Promise<{ x: number; y: number }> {
    await this.page.waitForFunction(() => !(window as unknown as CyWindow).cy.animated());
    return this.page.evaluate((nodeId) => {
      const cy = (window as unknown as CyWindow).cy;
      const node = cy.getElementById(nodeId);
      if (node.empty() || !node.visible()) throw new Error(`node ${nodeId} is not on the canvas`);
      const box = cy.container()!.getBoundingClientRect();
      const p = node.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
  }

  async hoverNode(id: string) {
    const at = await this.page.evaluate((nodeId) => {
      const cy = (window as unknown as CyWindow).cy;
      const box = cy.container()!.getBoundingClientRect();
      const p = cy.getElementById(nodeId).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
    await this.page.mouse.move(at.x, at.y);
  }

  /** Ids of nodes carrying a class on the canvas. */
  nodesWithClass(cls: string): Promise<string[]> {
    return this.page.evaluate(
      (c) =>
        (window as unknown as CyWindow).cy
          .nodes(`.${c}`)
          .map((n) => n.id())
          .sort(),
      cls,
    );
  }
  /** Ids of the nodes whose names the canvas draws now (the label layer's choice), sorted. */
  namedNodes(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as CyWindow).cy
        .nodes(':visible')
        .filter((n) => !n.hasClass('label-hidden'))
        .map((n) => n.id())
        .sort(),
    );
  }
  /** Ids of the visible nodes drawn dimmed, under the engine's veil (all but the lit ones, while the rest is dimmed). */
  dimmedNodes(): Promise<string[]> {
    return this.page.evaluate(() => {
      const w = window as unknown as CyWindow & { atlasEngine: { isDimmed(id: string): boolean } };
      return w.cy
        .nodes()
        .map((n) => n.id())
        .filter((id) => w.atlasEngine.isDimmed(id))
        .sort();
    });
  }
  /**
   * The colour (r, g, b) the canvas paints at a node's centre (Cytoscape's node layer over the
   * page's background, read back from the canvas), and that background.
   */
  paintedAt(id: string): Promise<{ colour: number[]; background: number[] }> {
    return this.page.evaluate((nodeId) => {
      const cy = (window as unknown as CyWindow).cy;
      const canvas = cy.container()!.querySelector<HTMLCanvasElement>('canvas[data-id="layer2-node"]')!;
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      const p = cy.getElementById(nodeId).renderedPosition();
      const [r, g, b, a] = canvas.getContext('2d')!.getImageData(p.x * ratio, p.y * ratio, 1, 1).data;
      // The first painted background behind the canvas.
      let behind: HTMLElement = cy.container()!;
      while (behind.parentElement && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)')
        behind = behind.parentElement;
      const bg = getComputedStyle(behind).backgroundColor.match(/\d+/g)!.map(Number);
      const over = (c: number, i: number) => Math.round((c * a!) / 255 + bg[i]! * (1 - a! / 255));
      return { colour: [over(r!, 0), over(g!, 1), over(b!, 2)], background: bg.slice(0, 3) };
    }, id);
  }
  async isDimmed(id: string): Promise<boolean> {
    return (await this.dimmedNodes()).includes(id);
  }
  visibleNodes(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as CyWindow).cy
        .nodes(':visible')
        .map((n) => n.id())
        .sort(),
    );
  }
  allNodes(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as CyWindow).cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    );
  }
  /** Visible nodes none of whose drawn edges is visible (orphans). */
  visibleNodesWithoutEdges(): Promise<string[]> {
    return this.page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy as unknown as {
        nodes(s: string): {
          filter(f: (n: { connectedEdges(s: string): { length: number } }) => boolean): {
            map<T>(fn: (n: { id(): string }) => T): T[];
          };
        };
      };
      return cy
        .nodes(':visible')
        .filter((n) => n.connectedEdges(':visible').length === 0)
        .map((n) => n.id())
        .sort();
    });
  }
  visibleEdgeKinds(): Promise<string[]> {
    return this.page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy;
      const ids = cy.edges(':visible').map((e) => e.id());
      return [...new Set(ids.map((id) => String(cy.getElementById(id).data('kind'))))].sort();
    });
  }
  /** The classes a node is drawn with. */
  classesOf(id: string): Promise<string[]> {
    return this.page.evaluate(
      (nodeId) => (window as unknown as CyWindow).cy.getElementById(nodeId).classes(),
      id,
    );
  }
  /** The node the details panel shows is Cytoscape's own selection. */
  selected(): Promise<string[]> {
    return this.nodesWithClass('selected-node');
  }
  /** Cytoscape's own selection (`cy.$(':selected')`). */
  cySelected(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as CyWindow).cy
        .nodes(':selected')
        .map((n) => n.id())
        .sort(),
    );
  }
  label(id: string): Promise<string> {
    return this.page.evaluate(
      (nodeId) => String((window as unknown as CyWindow).cy.getElementById(nodeId).data('label')),
      id,
    );
  }
  nodeKind(id: string): Promise<string> {
    return this.page.evaluate(
      (nodeId) => String((window as unknown as CyWindow).cy.getElementById(nodeId).data('kind')),
      id,
    );
  }
  nodeIdsOfKind(kind: string): Promise<string[]> {
    return this.page.evaluate(
      (k) =>
        (window as unknown as CyWindow).cy
          .nodes(`[kind = "${k}"]`)
          .map((n) => n.id())
          .sort(),
      kind,
    );
  }
  positions(): Promise<Record<string, { x: number; y: number }>> {
    return this.page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy as unknown as {
        nodes(): { forEach(fn: (n: { id(): string; position(): { x: number; y: number } }) => void): void };
      };
      const out: Record<string, { x: number; y: number }> = {};
      cy.nodes().forEach((n) => {
        const p = n.position();
        out[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
      });
      return out;
    });
  }
  hash(): Promise<string> {
    return this.page.evaluate(() => decodeURIComponent(window.location.hash));
  }
}
