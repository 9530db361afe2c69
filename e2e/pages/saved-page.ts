import type { Locator, Page } from '@playwright/test';
import { ExplorerPage } from './explorer-page';

type Positions = Record<string, { x: number; y: number }>;

/** The parts of the stored user data these tests look at. */
interface StoredUserData {
  bookmarks: string[];
  views: { name: string }[];
  positions: Record<string, Positions>;
}

/** What the saved-views tests read from `window.cy`. */
interface CyLike {
  animated(): boolean;
  container(): HTMLElement;
  zoom(): number;
  pan(): { x: number; y: number };
  getElementById(id: string): { renderedPosition(): { x: number; y: number } };
  nodes(selector?: string): {
    forEach(fn: (n: { id(): string; position(): { x: number; y: number } }) => void): void;
  };
}

/** The Saved tab (bookmarks and saved views) on top of the explorer. */
export class SavedPage extends ExplorerPage {
  constructor(page: Page) {
    super(page);
  }

  get tab(): Locator {
    return this.page.getByRole('tab', { name: 'Saved' });
  }
  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Saved', exact: true });
  }
  get bookmarkButton(): Locator {
    return this.details.getByRole('button', { name: 'Bookmark', exact: true });
  }
  get bookmarks(): Locator {
    return this.panel.getByRole('list', { name: 'Bookmarks' });
  }
  get viewName(): Locator {
    return this.panel.getByRole('textbox', { name: 'View name' });
  }
  get saveViewButton(): Locator {
    return this.panel.getByRole('button', { name: 'Save current view' });
  }
  get views(): Locator {
    return this.panel.getByRole('list', { name: 'Saved views' });
  }
  get status(): Locator {
    return this.panel.getByRole('status');
  }
  get layout(): Locator {
    return this.page.getByRole('combobox', { name: 'Layout' });
  }
  get focusBar(): Locator {
    return this.page.getByRole('region', { name: 'Focus' });
  }

  async openSaved() {
    await this.tab.click();
    await this.panel.waitFor();
  }
  async openDetails() {
    await this.page.getByRole('tab', { name: 'Details' }).click();
  }
  /** The saved-view list item whose name is exactly `name`. */
  view(name: string): Locator {
    return this.views.getByRole('listitem').filter({ has: this.page.getByText(name, { exact: true }) });
  }
  async saveView(name: string) {
    await this.viewName.fill(name);
    await this.saveViewButton.click();
  }

  /** Drags a node on the canvas by (dx, dy) screen pixels. */
  async dragNode(id: string, dx: number, dy: number) {
    await this.page.waitForFunction(() => !(window as unknown as { cy: CyLike }).cy.animated());
    const at = await this.page.evaluate((nodeId) => {
      const cy = (window as unknown as { cy: CyLike }).cy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById(nodeId).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, id);
    await this.page.mouse.move(at.x, at.y);
    await this.page.mouse.down();
    await this.page.mouse.move(at.x + dx, at.y + dy, { steps: 6 });
    await this.page.mouse.up();
  }

  /** Every node's model position, unrounded. */
  exactPositions(): Promise<Positions> {
    return this.page.evaluate(() => {
      const out: Record<string, { x: number; y: number }> = {};
      (window as unknown as { cy: CyLike }).cy.nodes().forEach((n) => (out[n.id()] = { ...n.position() }));
      return out;
    });
  }
  /** Zoom and pan once any animation has finished (so that nothing moves them afterwards). */
  async viewport(): Promise<{ zoom: number; pan: { x: number; y: number } }> {
    // An animation asked for in this frame starts in the next: let two frames pass, then wait it out.
    await this.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await this.page.waitForFunction(() => !(window as unknown as { cy: CyLike }).cy.animated());
    return this.page.evaluate(() => {
      const cy = (window as unknown as { cy: CyLike }).cy;
      return { zoom: cy.zoom(), pan: cy.pan() };
    });
  }
  /** The user data as the browser build stores it. */
  storedUserData(): Promise<StoredUserData | null> {
    return this.page.evaluate(() => {
      const raw = localStorage.getItem('service-atlas:user-data');
      return raw ? (JSON.parse(raw) as StoredUserData) : null;
    });
  }
}

/** The largest distance between the same node in two sets of positions. */
export function maxDistance(a: Positions, b: Positions): number {
  let max = 0;
  for (const [id, p] of Object.entries(a)) {
    const q = b[id];
    max = Math.max(max, q ? Math.hypot(p.x - q.x, p.y - q.y) : Infinity);
  }
  return max;
}
