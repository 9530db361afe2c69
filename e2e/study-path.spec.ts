import { expect, test } from './fixtures';
import { PathPage } from './pages/path-page';

test.describe('study tools: the path between two nodes', () => {
  test('tells how EKS Anywhere reaches Kubernetes and draws the chosen path on the graph', async ({
    page,
  }) => {
    const path = new PathPage(page);
    await path.open();
    const anywhere = await path.explorer.label('eks-anywhere');
    const distro = await path.explorer.label('eks-distro');
    const kubernetes = await path.explorer.label('kubernetes');
    expect(await path.pathNodes()).toEqual([]);

    await path.choose('From', 'EKS Anywhere', anywhere);
    await path.choose('To', 'kubernetes', kubernetes);
    await expect(path.field('From')).toHaveValue(anywhere);
    await expect(path.field('To')).toHaveValue(kubernetes);

    // Several shortest paths: all listed, the first drawn until another is chosen.
    await expect(path.status).toContainText('shortest paths of 2 steps');
    expect(await path.choices.count()).toBeGreaterThan(1);
    await expect(path.choices.first()).toBeChecked();
    const viaDistro = path.panel.getByRole('radio', {
      name: `${anywhere} is built on ${distro}, which is a distribution of ${kubernetes}.`,
    });
    await viaDistro.check();
    await expect(viaDistro).toBeChecked();

    // The canvas marks exactly that chain, and the panel tells it step by step.
    await expect.poll(() => path.pathNodes()).toEqual(['eks-anywhere', 'eks-distro', 'kubernetes']);
    expect(await path.pathEdges()).toEqual([
      'eks-anywhere built-on eks-distro',
      'eks-distro distribution-of kubernetes',
    ]);
    await expect(path.steps).toHaveText([
      `${anywhere} is built on ${distro}`,
      `${distro} is a distribution of ${kubernetes}`,
    ]);

    // Each node in a sentence selects it on the graph.
    await path.steps.nth(1).getByRole('button', { name: distro }).click();
    expect(await path.explorer.selected()).toEqual(['eks-distro']);

    // Choosing another path redraws; leaving the tab takes the marks away, coming back restores them.
    await path.choices.first().check();
    await expect.poll(() => path.pathNodes()).not.toContain('eks-distro');
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect.poll(() => path.pathNodes()).toEqual([]);
    expect(await path.pathEdges()).toEqual([]);
    await path.openTab();
    await expect(path.field('From')).toHaveValue(anywhere);
    await expect.poll(async () => (await path.pathNodes()).length).toBe(3);
  });

  test('takes the ends from the selected node, swaps them, and picks by keyboard', async ({ page }) => {
    const path = new PathPage(page);
    await path.open();
    const distro = await path.explorer.label('eks-distro');
    const fargate = await path.explorer.label('fargate');
    const kubernetes = await path.explorer.label('kubernetes');
    await expect(path.useSelected('From')).toBeDisabled();

    await path.explorer.clickNode('eks-distro');
    await path.useSelected('From').click();
    await expect(path.field('From')).toHaveValue(distro);
    // Selected from search this time (two quick clicks on the canvas would count as a double-click).
    await path.explorer.search.fill(fargate);
    await path.explorer.search.press('Enter');
    await path.useSelected('To').click();
    await expect(path.field('To')).toHaveValue(fargate);
    await expect(path.choices.first()).toHaveAccessibleName(new RegExp(`^${distro} .* ${fargate}\\.$`));
    expect(await path.pathNodes()).toEqual(expect.arrayContaining(['eks-distro', 'fargate']));

    await path.swap.click();
    await expect(path.field('From')).toHaveValue(fargate);
    await expect(path.field('To')).toHaveValue(distro);
    await expect(path.choices.first()).toHaveAccessibleName(new RegExp(`^${fargate} .* ${distro}\\.$`));

    // A misspelt name still finds its node; arrows move through the suggestions, Enter takes one.
    const to = path.field('To');
    await to.fill('kubernets');
    await expect(to).toHaveAttribute('aria-expanded', 'true');
    const options = path.suggestions('To').getByRole('option');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(to).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
    const names = await options.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    const at = names.findIndex((n) => n.startsWith(`${kubernetes},`));
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < at; i++) await to.press('ArrowDown');
    await expect(options.nth(at)).toHaveAttribute('aria-selected', 'true');
    await expect(options.first()).toHaveAttribute('aria-selected', at === 0 ? 'true' : 'false');
    await to.press('Enter');
    await expect(to).toHaveValue(kubernetes);
    await expect(to).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(() => path.pathNodes()).toEqual(expect.arrayContaining(['fargate', 'kubernetes']));
  });

  test('says so when there is no path, when both ends are one node, and when no node has the name', async ({
    page,
  }) => {
    page.on('dialog', () => {
      throw new Error('a typed name ran as code');
    });
    const path = new PathPage(page);
    await path.open();
    const distro = await path.explorer.label('eks-distro');
    const kubernetes = await path.explorer.label('kubernetes');

    // The same node twice.
    await path.choose('From', 'EKS Distro', distro);
    await path.choose('To', 'EKS Distro', distro);
    await expect(path.status).toHaveText(
      `You chose ${distro} for both ends. Choose two different nodes to see how they are connected.`,
    );
    expect(await path.pathNodes()).toEqual([]);

    // No node by that name; the text is shown as typed, never run.
    const hostile = 'Zorblaxx <script>qqzz()</script>';
    await path.field('To').fill(hostile);
    await expect(path.panel.getByText(`No node is called “${hostile}”`)).toBeVisible();
    await expect(path.field('To')).toHaveAttribute('aria-invalid', 'true');
    await expect(path.panel.locator('script')).toHaveCount(0);
    await expect(path.panel.getByText('Now choose where to go (To).')).toBeVisible();
    // Markup-like text that does match some words lists those nodes, still as plain text.
    await path.field('To').fill('<img src=x onerror=alert(1)> ray');
    await expect(path.suggestions('To').getByRole('option').first()).toBeVisible();
    await expect(path.panel.locator('img')).toHaveCount(0);

    // Connected in the graph, but not through "complies with" alone: a clear message, no marks.
    await path.choose('To', 'kubernetes', kubernetes);
    await expect(path.steps.first()).toBeVisible();
    await path.restrictTo('complies with');
    await expect(path.status).toContainText(
      `${distro} and ${kubernetes} are not connected through the relations you allowed (complies with).`,
    );
    await expect(path.steps).toHaveCount(0);
    expect(await path.pathNodes()).toEqual([]);
    await path.status.getByRole('button', { name: 'Allow every relation' }).click();
    await expect(path.steps.first()).toBeVisible();
    await expect.poll(() => path.pathNodes()).toEqual(expect.arrayContaining(['eks-distro', 'kubernetes']));
  });
});
