import type { Locator, Page } from '@playwright/test';
import { ExplorerPage } from './explorer-page';

/** The Cost tab, driven through roles and labels. */
export class CostPage {
  readonly explorer: ExplorerPage;

  constructor(readonly page: Page) {
    this.explorer = new ExplorerPage(page);
  }

  async open(hash?: string) {
    await this.explorer.open(hash);
    await this.page.getByRole('tab', { name: 'Cost' }).click();
    await this.panel.waitFor();
  }
  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Cost', exact: true });
  }
  get node(): Locator {
    return this.panel.getByRole('combobox', { name: 'Estimate for' });
  }
  input(label: string | RegExp): Locator {
    return this.panel.getByRole('spinbutton', { name: label });
  }
  get breakdown(): Locator {
    return this.panel.getByRole('table', { name: 'How it adds up' });
  }
  /** The "Total per month" cell of the breakdown. */
  get total(): Locator {
    return this.breakdown.getByRole('row', { name: /^Total per month/ }).getByRole('cell');
  }
  get summary(): Locator {
    return this.panel.getByText(/^Estimated cost:/);
  }
  get waiting(): Locator {
    return this.panel.getByRole('status').filter({ hasText: 'The estimate waits' });
  }
  get examples(): Locator {
    return this.panel.getByRole('region', { name: 'Examples from the notes' });
  }
  /** The banner of the open worked example. */
  get example(): Locator {
    return this.panel.getByRole('region', { name: /^Example from the notes:/ });
  }
  async openExample(title: string | RegExp) {
    await this.examples.getByRole('button', { name: title }).click();
  }
}
