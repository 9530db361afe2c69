import type { Locator, Page } from '@playwright/test';
import { ExplorerPage } from './explorer-page';

/** The Compare tab, driven through roles and labels; canvas state is read through the explorer page. */
export class ComparePage {
  readonly explorer: ExplorerPage;

  constructor(readonly page: Page) {
    this.explorer = new ExplorerPage(page);
  }

  async open(hash?: string) {
    await this.explorer.open(hash);
  }
  async openTab() {
    await this.page.getByRole('tab', { name: 'Compare' }).click();
    await this.panel.waitFor();
  }
  get tab(): Locator {
    return this.page.getByRole('tab', { name: 'Compare' });
  }
  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Compare', exact: true });
  }
  /** A checkbox in the picker (services or compute options). */
  choice(label: string): Locator {
    return this.panel.getByRole('checkbox', { name: label, exact: true });
  }
  get status(): Locator {
    return this.panel.getByRole('status');
  }
  get matrix(): Locator {
    return this.panel.getByRole('region', { name: 'Side by side' }).getByRole('table');
  }
  /** Subject names heading the matrix's columns (the first column is the facet). */
  async columns(): Promise<string[]> {
    const headers = await this.matrix.getByRole('columnheader').all();
    const names = await Promise.all(headers.slice(1).map((h) => h.getByRole('button').first().innerText()));
    return names.map((n) => n.trim());
  }
  /** The matrix row whose header starts with a facet's label. */
  row(facet: string): Locator {
    return this.matrix
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${facet}\\b`) }) });
  }
  /** Facet labels of the rows shown, in order. */
  async rowLabels(): Promise<string[]> {
    const headers = await this.matrix.getByRole('rowheader').all();
    return Promise.all(
      headers.map(async (h) => (await h.evaluate((el) => el.firstChild?.textContent ?? '')).trim()),
    );
  }
  /** The background colour a row's header cell is painted in, as "r,g,b,a" (color-mix() resolved). */
  rowBackground(facet: string): Promise<string> {
    return this.row(facet)
      .getByRole('rowheader')
      .evaluate((el) => {
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.fillStyle = getComputedStyle(el).backgroundColor;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data].join(',');
      });
  }
  button(name: string | RegExp): Locator {
    return this.panel.getByRole('button', { name, exact: typeof name === 'string' });
  }
  /** Ids of nodes the canvas marks as comparison subjects. */
  ringed(): Promise<string[]> {
    return this.explorer.nodesWithClass('compare-subject');
  }
}
