import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test.describe('study: guided tours', () => {
  test('a tour runs end to end by keyboard: it lights its nodes, dims the rest and cites every step', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const tab = page.getByRole('tab', { name: 'Tours' });
    await tab.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Guided tours' })).toBeVisible();
    const cards = page.getByRole('button', { name: /steps/ });
    expect(await cards.count()).toBeGreaterThanOrEqual(6);
    await page.getByRole('button', { name: /^The ECS family/ }).focus();
    await page.keyboard.press('Enter');
    const tour = page.getByRole('region', { name: 'Tour: The ECS family' });
    const progress = tour.getByText(/step \d+ of \d+/);
    await expect(progress).toHaveText(/step 1 of (\d+)/);
    const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
    // The step's nodes are lit and the rest of the graph dims; each step cites the notes.
    await expect.poll(async () => (await app.nodesWithClass('path-node')).length).toBeGreaterThan(0);
    expect((await app.dimmedNodes()).length).toBeGreaterThan(0);
    for (let i = 2; i <= total; i++) {
      await page.keyboard.press('ArrowRight');
      await expect(progress).toHaveText(new RegExp(`step ${i} of ${total}`));
      await expect(tour.locator('cite').first()).toContainText('›');
    }
    await expect(tour.getByRole('button', { name: 'Next step →' })).toBeDisabled();
    await page.keyboard.press('ArrowLeft');
    await expect(progress).toHaveText(new RegExp(`step ${total - 1} of ${total}`));
    // Leaving and coming back resumes where the tour was.
    await tour.getByRole('button', { name: 'End tour' }).click();
    await expect.poll(() => app.nodesWithClass('path-node')).toEqual([]);
    await expect(page.getByRole('button', { name: /^The ECS family/ })).toContainText(
      `resume at step ${total - 1}`,
    );
  });

  test('a deep link opens a tour at a step', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#tour=ecs-family&step=2');
    await expect(
      page.getByRole('region', { name: 'Tour: The ECS family' }).getByText(/step 2 of/),
    ).toBeVisible();
  });
});
