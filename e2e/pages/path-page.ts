import type { Locator, Page } from '@playwright/test';
import { ExplorerPage } from './explorer-page';

/** What the path tests read from `window.cy`. */
interface CyLike {
  nodes(selector: string): { map<T>(fn: (n: { id(): string }) => T): T[] };
  edges(selector: string): {
    map<T>(
      fn: (e: { source(): { id(): string }; target(): { id(): string }; data(k: string): unknown }) => T,
    ): T[];
  };
}
type CyWindow = Window & { cy: CyLike };

/** The Path tab, driven through roles and labels; the drawn path is read through `window.cy`. */
export class PathPage {
  readonly explorer: ExplorerPage;

  constructor(readonly page: Page) {
    this.explorer = new ExplorerPage(page);
  }

  /** Opens the app and the Path tab. */
  async open() {
    await this.explorer.open();
    await this.openTab();
  }
  async openTab() {
    await this.page.getByRole('tab', { name: 'Path' }).click();
    await this.panel.waitFor();
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Path' });
  }
  field(end: 'From' | 'To'): Locator {
    return this.panel.getByRole('combobox', { name: end, exact: true });
  }
  suggestions(end: 'From' | 'To'): Locator {
    return this.panel.getByRole('listbox', { name: `${end} suggestions` });
  }
  useSelected(end: 'From' | 'To'): Locator {
    return this.panel.getByRole('button', { name: `Use selected node as ${end}` });
  }
  get swap(): Locator {
    return this.panel.getByRole('button', { name: 'Swap From and To' });
  }
  /** The radio buttons listing the shortest paths (only when there are several). */
  get choices(): Locator {
    return this.panel.getByRole('radiogroup', { name: 'Shortest paths' }).getByRole('radio');
  }
  get steps(): Locator {
    return this.panel.getByRole('list', { name: 'Steps of the highlighted path' }).getByRole('listitem');
  }
  /** The line that says how many paths there are, or why there is none. */
  get status(): Locator {
    return this.panel.getByRole('status');
  }

  /** The suggestion for a node, named "<label>, <kind>". */
  option(end: 'From' | 'To', label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.suggestions(end).getByRole('option', { name: new RegExp(`^${escaped},`) });
  }

  /** Types into a field and clicks the suggestion for the node with this label. */
  async choose(end: 'From' | 'To', typed: string, label: string) {
    await this.field(end).fill(typed);
    await this.option(end, label).click();
  }

  /** Ticks relation kinds the path may use (opening the collapsed list first). */
  async restrictTo(...verbs: string[]) {
    await this.panel.locator('summary', { hasText: 'Relations the path may use' }).click();
    for (const verb of verbs) await this.panel.getByRole('checkbox', { name: verb, exact: true }).check();
  }

  /** Ids of nodes the canvas marks as on the path. */
  pathNodes(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as CyWindow).cy
        .nodes('.path-node')
        .map((n) => n.id())
        .sort(),
    );
  }
  /** Edges the canvas marks as on the path, as "source kind target". */
  pathEdges(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as unknown as CyWindow).cy
        .edges('.path-edge')
        .map((e) => `${e.source().id()} ${String(e.data('kind'))} ${e.target().id()}`)
        .sort(),
    );
  }
}
