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

  test('the legend starts with every kind ticked and shown; unticking hides a kind, canvas and outline', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const all = await app.allNodes();
    const services = await app.nodeIdsOfKind('service');
    expect(services).toHaveLength(7);
    const legend = page.getByRole('group', { name: /^Legend/ });
    const boxes = legend.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThan(5);
    for (const box of await boxes.all()) await expect(box).toBeChecked();
    expect(await app.visibleNodes()).toEqual(all);

    const servicesBox = app.filter(/^Legend/, new RegExp(`^Services ${services.length} nodes$`));
    await servicesBox.uncheck();
    await expect.poll(() => app.visibleNodes()).toEqual(all.filter((id) => !services.includes(id)));
    await app.button('Outline').click();
    await expect(app.outline.getByRole('treeitem', { name: /^Integrations/ })).toBeVisible();
    await expect(app.outline.getByRole('treeitem', { name: /^Services/ })).toHaveCount(0);
    // Old links keep their meaning: the hash lists the kinds shown.
    await expect.poll(() => app.hash()).toMatch(/kinds=(?!.*service)/);

    await servicesBox.check();
    await expect.poll(() => app.visibleNodes()).toEqual(all);
    await expect.poll(() => app.hash()).not.toContain('kinds=');
  });

  test('"only" shows one kind alone and "Show all" brings the rest back', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const all = await app.allNodes();
    const services = await app.nodeIdsOfKind('service');
    await page.getByRole('group', { name: /^Legend/ }).hover();
    await app.button('Show only Services').click();
    await expect.poll(() => app.visibleNodes()).toEqual(services);
    await expect(app.filter(/^Legend/, /^Services/)).toBeChecked();
    await expect(app.filter(/^Legend/, /^Integrations/)).not.toBeChecked();
    // The last kind shown cannot be unticked: an empty legend would mean "everything".
    await expect(app.filter(/^Legend/, /^Services/)).toBeDisabled();
    await expect.poll(() => app.hash()).toContain('kinds=service');
    await app.button('Show all').click();
    await expect.poll(() => app.visibleNodes()).toEqual(all);
  });

  test('an old link that restricts kinds opens with just those kinds ticked', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#kinds=service,compliance');
    await expect(app.filter(/^Legend/, /^Services/)).toBeChecked();
    await expect(app.filter(/^Legend/, /^Compliance programmes/)).toBeChecked();
    await expect(app.filter(/^Legend/, /^Features/)).not.toBeChecked();
    const expected = [
      ...(await app.nodeIdsOfKind('service')),
      ...(await app.nodeIdsOfKind('compliance')),
    ].sort();
    await expect.poll(() => app.visibleNodes()).toEqual(expected);
  });

  test('relation-kind filters hide every other kind of edge and the nodes left without one', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const all = await app.allNodes();
    await app.openRelationKinds();
    // Kinds sit under headings (structure, runs and hosts...), not in one alphabetical wall.
    await expect(page.getByRole('group', { name: 'Runs and hosts' }).getByRole('checkbox')).toHaveCount(5);
    await app.filter('Relation kinds', /^complies with/).check();
    // The canvas applies filters on its next frame, not synchronously with the click.
    await expect.poll(() => app.visibleEdgeKinds()).toEqual(['complies-with']);
    // Only the services with a compliance list and the programmes are left: no orphans.
    const shown = await app.visibleNodes();
    expect(shown).toEqual(expect.arrayContaining(['ecs', 'eks', 'hipaa', 'fips-140-2']));
    expect(shown).not.toContain('karpenter');
    expect(shown).not.toContain('fargate');
    expect(await app.visibleNodesWithoutEdges()).toEqual([]);

    const keep = page.getByRole('checkbox', { name: 'Keep nodes without these relations' });
    await keep.check();
    await expect.poll(() => app.visibleNodes()).toEqual(all);
    await expect.poll(() => app.visibleEdgeKinds()).toEqual(['complies-with']);
    await keep.uncheck();

    await app.filter('Relation kinds', /^runs on/).check();
    await expect.poll(() => app.visibleEdgeKinds()).toEqual(['complies-with', 'runs-on']);
    await expect.poll(() => app.hash()).toContain('relations=complies-with,runs-on');
    expect(await app.visibleNodes()).toContain('vmware-vsphere');
    expect(await app.visibleNodesWithoutEdges()).toEqual([]);
  });

  test('each active filter is a chip whose × removes it; "Clear all" removes them all', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const chips = page.getByRole('region', { name: 'Active filters' });
    await expect(chips).toHaveCount(0);
    await app.filter('Compliance', 'HIPAA').check();
    await app.filter('Runs where', 'On-premises').check();
    await app.filter(/^Legend/, /^Services/).uncheck();
    await expect(chips.getByRole('listitem')).toHaveCount(3);
    await expect(chips).toContainText('Services hidden');

    await chips.getByRole('button', { name: 'Remove filter HIPAA' }).click();
    await expect(app.filter('Compliance', 'HIPAA')).not.toBeChecked();
    await expect(chips.getByRole('listitem')).toHaveCount(2);
    await expect.poll(() => app.hash()).not.toContain('hipaa');
    // Focus stays in the chips rather than falling to the page.
    await expect(chips.getByRole('button', { name: /^Remove filter/ }).first()).toBeFocused();

    await chips.getByRole('button', { name: 'Remove filter Services hidden' }).click();
    await expect(app.filter(/^Legend/, /^Services/)).toBeChecked();
    await chips.getByRole('button', { name: 'Clear all' }).click();
    await expect(chips).toHaveCount(0);
    await expect(app.filter('Runs where', 'On-premises')).not.toBeChecked();
  });
});
