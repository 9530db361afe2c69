import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { CostPage } from './pages/cost-page';
import { ExplorerPage } from './pages/explorer-page';
import { PathPage } from './pages/path-page';
import { QuizPage, rightLabel } from './pages/quiz-page';

const ECS = 'Amazon Elastic Container Service (ECS)';
const EKS = 'Amazon Elastic Kubernetes Service (EKS)';

interface CameraCy {
  zoom(): number;
  pan(): { x: number; y: number };
  panBy(by: { x: number; y: number }): void;
}
const camera = (page: Page) =>
  page.evaluate(() => {
    const cy = (window as unknown as { cy: CameraCy }).cy;
    return { zoom: cy.zoom(), pan: cy.pan() };
  });

/** Saves what is still waiting, then reloads the page and waits for the graph. */
async function reload(page: Page) {
  await page.evaluate(() => window.atlasUserData!.flush());
  await page.reload({ waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => Boolean((window as unknown as { cy?: CameraCy }).cy));
  await page.getByRole('searchbox', { name: 'Search' }).waitFor();
}

test.describe('state that survives a reload', () => {
  test('layout, outline, Compare picks, the Cost example, the Path ends, the open tab, zoom and pan', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    const explorer = new ExplorerPage(page);
    const compare = new ComparePage(page);
    const cost = new CostPage(page);
    const path = new PathPage(page);
    await explorer.open();

    await page.getByRole('combobox', { name: 'Layout' }).selectOption({ label: 'Concentric' });
    await page.keyboard.press('o');
    await expect(explorer.outline).toBeVisible();

    await compare.openTab();
    await compare.choice(ECS).check();
    await compare.choice(EKS).check();

    await page.getByRole('tab', { name: 'Cost' }).click();
    await cost.openExample(/^10 Fargate tasks/);
    await cost.input('Fargate tasks').fill('20');
    await expect(cost.total).toHaveText('$355.46');

    await path.openTab();
    const anywhere = await explorer.label('eks-anywhere');
    const kubernetes = await explorer.label('kubernetes');
    await path.choose('From', 'EKS Anywhere', anywhere);
    await path.choose('To', 'kubernetes', kubernetes);
    await expect(path.status).toContainText('shortest paths');

    // Zoom in with the toolbar and pan a little; the camera is what comes back.
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    // The zoom animates to its step; the camera is read once it has arrived.
    await page.waitForFunction(() => !(window as unknown as { cy: { animated(): boolean } }).cy.animated());
    await page.evaluate(() => void (window as unknown as { cy: CameraCy }).cy.panBy({ x: 37, y: -21 }));
    const before = await camera(page);

    await reload(page);

    await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('concentric');
    await expect(explorer.outline).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Path' })).toHaveAttribute('aria-selected', 'true');
    await expect(path.field('From')).toHaveValue(anywhere);
    await expect(path.field('To')).toHaveValue(kubernetes);
    await expect(path.status).toContainText('shortest paths');
    const after = await camera(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 5);
    expect(after.pan.x).toBeCloseTo(before.pan.x, 1);
    expect(after.pan.y).toBeCloseTo(before.pan.y, 1);

    await compare.openTab();
    await expect(compare.choice(ECS)).toBeChecked();
    await expect(compare.choice(EKS)).toBeChecked();
    expect(await compare.columns()).toEqual([ECS, EKS]);

    await page.getByRole('tab', { name: 'Cost' }).click();
    await expect(cost.node).toHaveValue('ecs');
    await expect(cost.input('Fargate tasks')).toHaveValue('20');
    await expect(cost.total).toHaveText('$355.46');
  });

  test('a quiz in progress resumes on the same question, with the Quiz tab open', async ({ page }) => {
    const quiz = new QuizPage(page);
    await quiz.open();
    await quiz.start();
    await expect(quiz.progressLine).toHaveText(/^Question 1 of/);
    await quiz.answer(rightLabel(await quiz.current()));
    await quiz.button('Next question').click();
    await expect(quiz.progressLine).toHaveText(/^Question 2 of/);
    const second = await quiz.current();

    await reload(page);

    await expect(page.getByRole('tab', { name: 'Quiz' })).toHaveAttribute('aria-selected', 'true');
    await expect(quiz.progressLine).toHaveText(/^Question 2 of/);
    expect((await quiz.current()).id).toBe(second.id);
    await expect(quiz.button('Check answer')).toBeVisible();
    // And it goes on from there.
    await quiz.answer(rightLabel(second));
    await expect(quiz.verdict).toContainText('Correct.');
  });

  test('a session part that cannot be read is dropped with a notice, and the rest comes back', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Once: later loads in this test read what the app itself saved.
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const data = {
        version: 2,
        settings: { theme: 'system' },
        positions: {},
        bookmarks: ['ecs'],
        views: [],
        progress: {},
        session: { layout: 'breadthfirst', panel: 'cost', camera: { graph: 'x', layout: 'fcose', zoom: -1 } },
        workspaces: {},
        recentFolders: [],
      };
      localStorage.setItem('service-atlas:user-data', JSON.stringify(data));
    });
    const explorer = new ExplorerPage(page);
    await explorer.open();
    await expect(explorer.notices).toContainText(
      'Part of your last session could not be read (the zoom and pan), so that part starts afresh; everything else was kept.',
    );
    await expect(page.getByRole('combobox', { name: 'Layout' })).toHaveValue('breadthfirst');
    await expect(page.getByRole('tab', { name: 'Cost' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'Saved' }).click();
    await expect(page.getByRole('region', { name: 'Saved', exact: true })).toContainText(
      await explorer.label('ecs'),
    );

    // Said once: the next load reads a clean session.
    await reload(page);
    await expect(page.getByRole('tab', { name: 'Saved' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('could not be read')).toHaveCount(0);
  });

  test('Back and Forward walk through selections and stay in the app', async ({ page }) => {
    test.setTimeout(60_000);
    const explorer = new ExplorerPage(page);
    await explorer.open();
    const appUrl = page.url().replace(/#.*$/, '');
    const ids = ['ecs', 'eks-anywhere', 'fargate'];
    const labels = await Promise.all(ids.map((id) => explorer.label(id)));
    for (const [i, label] of labels.entries()) {
      await explorer.search.fill(label);
      await explorer.searchResults
        .getByRole('option')
        .filter({
          has: page.locator('.hit-label', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }),
        })
        .click();
      await expect(explorer.detailsTitle).toHaveText(label);
      await expect.poll(() => explorer.hash()).toContain(`node=${ids[i]}`);
    }

    await page.goBack();
    await expect(explorer.detailsTitle).toHaveText(labels[1]!);
    await page.goBack();
    await expect(explorer.detailsTitle).toHaveText(labels[0]!);
    expect(page.url().startsWith(appUrl)).toBe(true);
    await page.goForward();
    await expect(explorer.detailsTitle).toHaveText(labels[1]!);
    await page.goForward();
    await expect(explorer.detailsTitle).toHaveText(labels[2]!);
    expect(page.url()).toBe(`${appUrl}#node=fargate`);

    // The toolbar's arrows are the same history: Back there, then the browser's Forward.
    await explorer.button('Back').click();
    await expect(explorer.detailsTitle).toHaveText(labels[1]!);
    await expect.poll(() => explorer.hash()).toBe('#node=eks-anywhere');
    await page.goForward();
    await expect(explorer.detailsTitle).toHaveText(labels[2]!);
    await expect(explorer.button('Forward')).toBeDisabled();

    // After a reload the toolbar still knows the way back.
    await reload(page);
    await expect(explorer.detailsTitle).toHaveText(labels[2]!);
    await explorer.button('Back').click();
    await expect(explorer.detailsTitle).toHaveText(labels[1]!);
    expect(page.url()).toBe(`${appUrl}#node=eks-anywhere`);
  });
});
