import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test.describe('explorer: filters', () => {
  test('a compliance filter rings its matches, dashes the programme, fades the rest and says why', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.filter('Compliance', 'FIPS 140-2').check();
    const matches = await app.nodesWithClass('match');
    expect(matches).toContain('eks-anywhere');
    expect(matches).not.toContain('karpenter');
    expect(await app.classesOf('fips-140-2')).toContain('reason');
    expect(await app.isDimmed('karpenter')).toBe(true);
    expect(await app.isDimmed('eks-anywhere')).toBe(false);
    await expect(app.matches.getByRole('listitem')).toHaveCount(matches.length);
    await expect.poll(() => app.hash()).toContain('compliance=fips-140-2');

    const label = await app.label('eks-anywhere');
    const item = app.matches
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: label, exact: false }) })
      .first();
    await item.getByText('Why?').click();
    await expect(item).toContainText('complies with FIPS 140-2 (in GovCloud)');
  });

  test('hosting, orchestrator and kind filters combine (AND), and one click clears them', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.filter('Runs where', 'On-premises').check();
    const onPrem = await app.nodesWithClass('match');
    expect(onPrem).toEqual(expect.arrayContaining(['ecs-anywhere', 'eks-anywhere']));
    expect(onPrem).not.toContain('fargate');

    await app.filter('Runs where', 'Air-gapped').check();
    const airGapped = await app.nodesWithClass('match');
    expect(airGapped).toContain('eks-anywhere');
    expect(airGapped).not.toContain('ecs-anywhere');
    expect(airGapped.every((id) => onPrem.includes(id))).toBe(true);

    await app.filter('Runs where', 'Air-gapped').uncheck();
    await app.filter('Orchestrator', 'Kubernetes').check();
    await app.filter('Compliance', 'HIPAA').check();
    const combo = await app.nodesWithClass('match');
    expect(combo).toContain('eks-anywhere');
    expect(combo).not.toContain('ecs-anywhere');
    const item = app.matches
      .getByRole('listitem')
      .filter({ hasText: await app.label('eks-anywhere') })
      .first();
    await item.getByText('Why?').click();
    await expect(item).toContainText('on-premises');
    await expect(item).toContainText('Kubernetes');
    await expect(item).toContainText('HIPAA');

    await app.button('Clear filters').click();
    expect(await app.nodesWithClass('match')).toEqual([]);
    expect(await app.dimmedNodes()).toEqual([]);
    await expect(app.filter('Compliance', 'HIPAA')).not.toBeChecked();
    await expect(app.button('Clear filters')).toBeDisabled();
  });

  test('the legend counts each kind and filters by kind; the outline follows', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const services = await app.nodeIdsOfKind('service');
    const legendItem = app.filter(/^Legend/, new RegExp(`^Services ${services.length} nodes$`));
    await legendItem.check();
    expect(await app.visibleNodes()).toEqual(services);
    await app.button('Outline').click();
    await expect(app.outline.getByRole('treeitem', { name: /^Services/ })).toBeVisible();
    await expect(app.outline.getByRole('treeitem', { name: /^Integrations/ })).toHaveCount(0);
    await legendItem.uncheck();
    expect((await app.visibleNodes()).length).toBeGreaterThan(services.length);
  });

  test('relation-kind filters hide every other kind of edge', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.openRelationKinds();
    await app.filter('Relation kinds', /^complies with/).check();
    // The canvas applies filters on its next frame, not synchronously with the click.
    await expect.poll(() => app.visibleEdgeKinds()).toEqual(['complies-with']);
    await app.filter('Relation kinds', /^runs on/).check();
    await expect.poll(() => app.visibleEdgeKinds()).toEqual(['complies-with', 'runs-on']);
    await expect.poll(() => app.hash()).toContain('relations=complies-with,runs-on');
  });
});
