import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test.describe('explorer: search', () => {
  test('Ctrl+K and / focus the search box; results appear as you type, best first, highlighted', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await page.keyboard.press('Control+k');
    await expect(app.search).toBeFocused();
    await app.search.blur();
    await page.keyboard.press('/');
    await expect(app.search).toBeFocused();

    await page.keyboard.type('karpent');
    const options = app.searchResults.getByRole('option');
    await expect(options.first()).toContainText('Karpenter');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    // Hits are highlighted in the graph too, once typing pauses.
    await expect.poll(() => app.nodesWithClass('hit')).toContain('karpenter');

    await page.keyboard.press('Enter');
    await expect(app.detailsTitle).toHaveText('Karpenter');
    expect(await app.selected()).toEqual(['karpenter']);
  });

  test('arrow keys move through hits and Enter selects the active one; misspellings still match', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.search.fill('fargte');
    const options = app.searchResults.getByRole('option');
    await expect(options.first()).toBeVisible();
    expect(await options.count()).toBeGreaterThan(1);
    const second = (await options.nth(1).locator('.hit-label').textContent())!;
    await app.search.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await app.search.press('ArrowUp');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await app.search.press('ArrowDown');
    await app.search.press('Enter');
    await expect(app.detailsTitle).toHaveText(second);
    // A snippet with the matched word marked is shown for hits found in the text.
    await app.search.fill('sovereignty');
    await expect(app.searchResults.locator('mark').first()).toBeVisible();
  });

  test('any typed text, punctuation and query operators included, never breaks search', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const nasty = [
      '"',
      "'",
      '^~*+-:',
      'ecs:',
      '+eks -ecs',
      'field:label~2^3',
      '*',
      '\\',
      '(((',
      '<img src=x onerror=alert(1)>',
      'é ü 中文 🚀',
      'x'.repeat(2000),
      '  ',
    ];
    for (const text of nasty) {
      await app.search.fill(text);
      await expect(app.search).toHaveValue(text);
    }
    await app.search.fill('');
    await app.search.pressSequentially('fips 140-2 "govcloud"?!', { delay: 5 });
    await expect(app.searchResults.getByRole('option').first()).toBeVisible();
    // No markup from the query reaches the page.
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    // Escape clears the query.
    await app.search.press('Escape');
    await expect(app.search).toHaveValue('');
    expect(await app.nodesWithClass('hit')).toEqual([]);
  });
});
