import { readFile } from 'node:fs/promises';
import type { Download, Locator, Page } from '@playwright/test';
import { ExplorerPage } from './explorer-page';

/** The toolbar's Export menu on top of the explorer; exports arrive as browser downloads. */
export class ExportPage extends ExplorerPage {
  constructor(page: Page) {
    super(page);
  }

  get exportButton(): Locator {
    return this.page.getByRole('button', { name: 'Export', exact: true });
  }
  get menu(): Locator {
    return this.page.getByRole('menu');
  }
  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }
  get focusedItem(): Locator {
    return this.menu.locator('[role="menuitem"]:focus');
  }

  /** Chooses a menu item with the mouse and returns the download it starts. */
  async exportWith(itemName: string): Promise<Download> {
    await this.exportButton.click();
    const download = this.page.waitForEvent('download');
    await this.item(itemName).click();
    return download;
  }

  /** The downloaded file's bytes. */
  async bytes(download: Download): Promise<Buffer> {
    const path = await download.path();
    return readFile(path);
  }
  async text(download: Download): Promise<string> {
    return (await this.bytes(download)).toString('utf8');
  }

  /** The ids of the nodes the canvas shows, sorted. */
  visibleLabels(): Promise<string[]> {
    return this.page.evaluate(() =>
      (
        window as unknown as {
          cy: { nodes(s: string): { map(f: (n: { data(k: string): unknown }) => string): string[] } };
        }
      ).cy
        .nodes(':visible')
        .map((n) => String(n.data('label')))
        .sort(),
    );
  }
  /** The model bounding box of what is visible. */
  visibleBounds(): Promise<{ w: number; h: number }> {
    return this.page.evaluate(() => {
      const cy = (
        window as unknown as { cy: { elements(s: string): { boundingBox(): { w: number; h: number } } } }
      ).cy;
      const bb = cy.elements(':visible').boundingBox();
      return { w: bb.w, h: bb.h };
    });
  }
}
