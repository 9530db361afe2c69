import { expect, test } from './fixtures';
import type { Locator } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { ExplorerPage } from './pages/explorer-page';
import { ExportPage } from './pages/export-page';

/** Whether `inner` lies wholly inside the part of `outer` that is on screen. */
async function insideVisible(inner: Locator, outer: Locator): Promise<boolean> {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  const viewport = inner.page().viewportSize()!;
  if (!a || !b) return false;
  const top = Math.max(b.y, 0);
  const bottom = Math.min(b.y + b.height, viewport.height);
  return a.y >= top - 1 && a.y + a.height <= bottom + 1;
}

test.describe('filters and the keyboard', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('a checkbox toggled from the keyboard stays in view when the matches list appears above it', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const sidebar = page.getByRole('complementary', { name: 'Search and filters' });
    for (const [group, label] of [
      ['Runs where', 'AWS cloud'],
      ['Orchestrator', 'Kubernetes'],
      ['Compliance', 'HIPAA'],
    ] as const) {
      const box = app.filter(group, label);
      // At the bottom edge of the sidebar, where any growth above would push it out of sight.
      await box.evaluate((el) => el.scrollIntoView({ block: 'end' }));
      await box.focus();
      const before = (await box.boundingBox())!.y;
      await page.keyboard.press('Space');
      await expect(box).toBeChecked();
      await expect(app.matches).toBeVisible();
      expect(await insideVisible(box, sidebar), `${label} is in view`).toBe(true);
      expect(Math.abs((await box.boundingBox())!.y - before), `${label} stayed put`).toBeLessThan(2);
      await expect(box).toBeFocused();
    }
    // And back off again, the list shrinking above it.
    const box = app.filter('Runs where', 'AWS cloud');
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
    expect(await insideVisible(box, sidebar)).toBe(true);
  });

  test('arrowing through search hits keeps the active one in view and aria-activedescendant valid', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const sidebar = page.getByRole('complementary', { name: 'Search and filters' });
    await expect(app.search).not.toHaveAttribute('aria-controls');
    await app.search.fill('eks');
    await expect(app.searchResults.getByRole('option').first()).toBeVisible();
    const count = await app.searchResults.getByRole('option').count();
    expect(count).toBeGreaterThan(10);
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('ArrowDown');
      const id = await app.search.getAttribute('aria-activedescendant');
      const active = page.locator(`[id="${id}"]`);
      await expect(active).toHaveAttribute('aria-selected', 'true');
      await expect(active).toHaveAttribute('role', 'option');
      await expect.poll(() => insideVisible(active, sidebar), `hit ${i} is in view`).toBe(true);
    }
    const controls = await app.search.getAttribute('aria-controls');
    await expect(page.locator(`[id="${controls}"]`)).toHaveAttribute('role', 'listbox');
  });

  test('F focuses the selected node and puts the keyboard on the depth field at once', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=ecs');
    await expect(app.detailsTitle).toContainText('Elastic Container Service');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('f');
    const depth = page.getByRole('spinbutton', { name: 'Focus depth' });
    await expect(depth).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(depth).toHaveValue('2');
    await expect.poll(() => app.hash()).toContain('depth=2');
    await page.keyboard.press('Escape');
    await expect(depth).toHaveCount(0);
  });

  test('Alt+ArrowLeft in the search box is left to the field; elsewhere it goes back', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=ecs');
    await app.search.fill('EKS Distro');
    await page.keyboard.press('Enter');
    await expect(app.detailsTitle).toHaveText('Amazon EKS Distro');
    await app.search.focus();
    await page.keyboard.press('Alt+ArrowLeft');
    expect(await app.cySelected()).toEqual(['eks-distro']);
    await expect(app.detailsTitle).toHaveText('Amazon EKS Distro');
    // On a checkbox, which takes no text, Alt+ArrowLeft still goes back.
    await app.filter('Compliance', 'HIPAA').focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => app.cySelected()).toEqual(['ecs']);
  });

  test('a notice leaves by itself, and no more than three are shown at once', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open();
    for (let i = 0; i < 4; i++) await app.exportWith('Visible graph (JSON)');
    const notices = app.notices.locator('.notice');
    await expect(notices).toHaveCount(3);
    await expect(notices.first()).toContainText('Downloaded');
    await expect(notices).toHaveCount(0, { timeout: 12_000 });
  });

  test('when every row differs, Compare marks only the cells that set a service apart', async ({ page }) => {
    const app = new ComparePage(page);
    await app.open();
    await app.openTab();
    for (const name of [
      'Amazon Elastic Container Registry (ECR)',
      'Amazon Elastic Container Service (ECS)',
      'Amazon ECS Anywhere',
      'Amazon EKS Anywhere',
    ])
      await app.choice(name).check();
    await expect(
      app.panel.getByText(/^All 16 rows differ, so only what sets one apart is highlighted/),
    ).toBeVisible();
    const rows = await app.rowLabels();
    expect(rows).toHaveLength(16);
    // Three cells of 64: EKS Anywhere alone is open source and alone runs Kubernetes of the three
    // orchestrated; ECS alone lists launch options. Each service's own Type sets nothing apart.
    const marked = app.matrix.locator('tbody td.distinctive');
    await expect(marked).toHaveCount(3);
    await expect(app.panel).toContainText('3 cells where one alone has a value');
    const cell = (facet: string, i: number) => app.row(facet).getByRole('cell').nth(i);
    await expect(cell('Open source', 3)).toHaveClass(/distinctive/);
    await expect(cell('Open source', 3)).toContainText('stands out');
    await expect(cell('Orchestrator', 3)).toHaveClass(/distinctive/);
    await expect(cell('Orchestrator', 1)).not.toHaveClass(/distinctive/);
    await expect(cell('Compute / launch options', 1)).toHaveClass(/distinctive/);
    await expect(cell('Type', 0)).not.toHaveClass(/distinctive/);
    // Rows are no longer painted as a whole: every row header looks the same.
    expect(await app.rowBackground('Type')).toEqual(await app.rowBackground('Compliance'));
  });
});
