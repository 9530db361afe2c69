import { expect, test } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { ExplorerPage } from './pages/explorer-page';

test.describe('"the notes do not say" is told apart from "the notes say no"', () => {
  test('under the HIPAA filter, Fargate is not faded as non-compliant: the app says the notes are silent', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open('#compliance=hipaa');
    const silent = page.getByRole('list', { name: 'Not in the notes' });
    await expect(silent).toContainText('AWS Fargate');
    await expect(silent).toContainText('The notes do not say which compliance programmes cover AWS Fargate');
    expect(await app.isDimmed('fargate')).toBe(false);
    expect(await app.classesOf('fargate')).toContain('not-in-notes');
    expect((await app.nodesWithClass('match')).length).toBeGreaterThan(0);
    await silent.getByRole('button', { name: 'AWS Fargate' }).click();
    await expect(app.details.getByRole('note')).toContainText(
      'The notes do not say which compliance programmes',
    );
  });

  test('Compare shows a silent cell as "not in the notes", not as a blank or a no', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open();
    await compare.openTab();
    await compare.choice('Amazon ECS Anywhere').check();
    await compare.choice('AWS Fargate').check();
    await expect(compare.row('Compliance')).toContainText('not in the notes');
  });
});

test.describe('the notes’ own inconsistencies', () => {
  test('are shown on the nodes involved, with both passages cited', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=karpenter');
    const tensions = app.details.getByRole('region', { name: 'Where the notes do not agree' });
    await expect(tensions).toContainText('Fargate');
    expect(await tensions.locator('li').first().locator('cite').count()).toBe(2);
    // A worked example whose own figures do not add up says so where it lives.
    await page.evaluate(() => (window.location.hash = '#node=ecs'));
    await expect(app.detailsTitle).toHaveText(await app.label('ecs'));
    await expect(app.details.getByRole('region', { name: 'Where the notes do not agree' })).toContainText(
      '182.05',
    );
  });
});
