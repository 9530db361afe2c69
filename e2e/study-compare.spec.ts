import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ComparePage } from './pages/compare-page';
import { ExplorerPage } from './pages/explorer-page';

/** Searches and clicks the hit with exactly this label. */
async function pickSearchHit(page: Page, query: string, label: string) {
  const explorer = new ExplorerPage(page);
  await explorer.search.fill(query);
  await explorer.searchResults
    .getByRole('option')
    .filter({ has: page.locator('.hit-label', { hasText: new RegExp(`^${label}$`) }) })
    .click();
}

const ECS = 'Amazon Elastic Container Service (ECS)';
const EKS = 'Amazon Elastic Kubernetes Service (EKS)';
const ECS_ANYWHERE = 'Amazon ECS Anywhere';

test.describe('study tools: compare', () => {
  test('two, then three services chosen in the picker build a matrix with the differences highlighted', async ({
    page,
  }) => {
    const app = new ComparePage(page);
    await app.open();
    await app.openTab();
    await expect(app.status).toHaveText('Choose 2 to 4 to compare them side by side.');
    await app.choice(ECS).check();
    await expect(app.matrix).toHaveCount(0);
    await expect(app.status).toHaveText('Choose at least one more to see the comparison.');
    await app.choice(EKS).check();

    await expect(app.matrix).toBeVisible();
    expect(await app.columns()).toEqual([ECS, EKS]);
    expect(await app.rowLabels()).toEqual(
      expect.arrayContaining(['Type', 'Where it runs', 'Compute / launch options', 'Compliance', 'Pricing']),
    );
    // Type differs (orchestration of containers vs Kubernetes); both comply with the same four programmes.
    await expect(app.row('Type').getByRole('rowheader')).toContainText('differs');
    await expect(app.row('Type')).toContainText('Container Orchestration');
    await expect(app.row('Type')).toContainText('Kubernetes Orchestration');
    await expect(app.row('Compliance').getByRole('rowheader')).toContainText('same for all');
    expect(await app.rowBackground('Type')).not.toEqual(await app.rowBackground('Compliance'));
    // Unit prices are in the pricing row.
    await expect(app.row('Pricing')).toContainText('Fargate vCPU-hour: $0.04048 per vCPU-hour');
    await expect(app.row('Pricing')).toContainText('EKS control plane hour: $0.10 per cluster-hour');
    expect(await app.ringed()).toEqual(['ecs', 'eks']);

    await app.choice(ECS_ANYWHERE).check();
    expect(await app.columns()).toEqual([ECS, EKS, ECS_ANYWHERE]);
    // With ECS Anywhere, compliance differs: its FIPS 140-2 claim carries the "in GovCloud" qualifier.
    await expect(app.row('Compliance').getByRole('rowheader')).toContainText('differs');
    await expect(app.row('Compliance')).toContainText('FIPS 140-2 (in GovCloud)');
    expect(await app.ringed()).toEqual(['ecs', 'ecs-anywhere', 'eks']);

    // Removing a column from the table header works as well as unticking.
    await app.button(`Remove ${EKS} from comparison`).click();
    expect(await app.columns()).toEqual([ECS, ECS_ANYWHERE]);
    await expect(app.choice(EKS)).not.toBeChecked();

    // Leaving the tab clears the rings from the canvas; coming back keeps the choice.
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect.poll(() => app.ringed()).toEqual([]);
    await app.openTab();
    expect(await app.columns()).toEqual([ECS, ECS_ANYWHERE]);
    await expect.poll(() => app.ringed()).toEqual(['ecs', 'ecs-anywhere']);
  });

  test('shared rows can be hidden and shown again', async ({ page }) => {
    const app = new ComparePage(page);
    await app.open();
    await app.openTab();
    await app.choice('Amazon EKS Anywhere').check();
    await app.choice('Amazon EKS Distro').check();
    await expect(app.row('Orchestrator').getByRole('rowheader')).toContainText('same for all');
    const all = await app.rowLabels();

    await app.button('Hide shared rows').click();
    await expect(app.button('Hide shared rows')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.row('Orchestrator')).toHaveCount(0);
    await expect(app.row('Type')).toBeVisible();
    await expect(app.panel.getByText(/Hidden because all are the same: .*Orchestrator/)).toBeVisible();
    expect((await app.rowLabels()).length).toBeLessThan(all.length);

    await app.button('Hide shared rows').click();
    expect(await app.rowLabels()).toEqual(all);
  });

  test('the details panel toggle adds and removes services, and the picker stops at four', async ({
    page,
  }) => {
    const app = new ComparePage(page);
    await app.open('#node=eks-anywhere');
    const details = app.explorer.details;
    const add = details.getByRole('button', { name: 'Add to comparison' });
    await expect(add).toHaveAttribute('aria-pressed', 'false');
    await add.click();
    const remove = details.getByRole('button', { name: 'Remove from comparison' });
    await expect(remove).toHaveAttribute('aria-pressed', 'true');

    // Follow a relation to EKS Distro and add it too.
    await app.explorer
      .relationGroup('Amazon EKS Anywhere is built on')
      .getByRole('button', { name: 'Amazon EKS Distro' })
      .click();
    await expect(app.explorer.detailsTitle).toHaveText('Amazon EKS Distro');
    await details.getByRole('button', { name: 'Add to comparison' }).click();
    await details.getByRole('button', { name: 'See the comparison (2)' }).click();

    await expect(app.tab).toHaveAttribute('aria-selected', 'true');
    expect(await app.columns()).toEqual(['Amazon EKS Anywhere', 'Amazon EKS Distro']);
    await expect(app.choice('Amazon EKS Anywhere')).toBeChecked();

    // Two more from the picker make four: the rest are unavailable, and the panel says why.
    await app.choice(ECS).check();
    await app.choice(EKS).check();
    expect(await app.columns()).toHaveLength(4);
    await expect(app.choice('AWS Fargate')).toBeDisabled();
    await expect(app.status).toContainText('the most a comparison holds');

    // From the details panel, a fifth is refused with a notice.
    await page.getByRole('tab', { name: 'Details' }).click();
    await pickSearchHit(page, 'Fargate', 'AWS Fargate');
    await expect(app.explorer.detailsTitle).toHaveText('AWS Fargate');
    await details.getByRole('button', { name: 'Add to comparison' }).click();
    await expect(app.explorer.notices).toContainText('up to 4');
    await expect(details.getByRole('button', { name: 'Add to comparison' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    // Nodes that are not services or launch types have no toggle.
    await pickSearchHit(page, 'HIPAA', 'HIPAA');
    await expect(app.explorer.detailsTitle).toHaveText('HIPAA');
    await expect(details.getByRole('button', { name: /comparison/ })).toHaveCount(0);
  });

  test('every value traces to its source, and a node value selects that node', async ({ page }) => {
    const app = new ComparePage(page);
    await app.open();
    await app.openTab();
    await app.choice(ECS).check();
    await app.choice(EKS).check();

    const hipaa = app.row('Compliance').getByRole('button', { name: 'HIPAA' }).first();
    await expect(hipaa).toHaveAttribute('title', /^Source: Containers .* › Security/);
    await expect(app.row('Compliance').locator('cite')).toHaveCount(0);
    // The keyboard way: the "Show sources" toggle writes the sources under the values.
    await app.button('Show sources').focus();
    await page.keyboard.press('Enter');
    await expect(app.button('Show sources')).toHaveAttribute('aria-pressed', 'true');
    await expect(app.row('Compliance').locator('cite').first()).toHaveText(
      /^Source: Containers \(service deep dives and comparison\) › Amazon Elastic Container Service \(ECS\) › Security$/,
    );

    // A node value selects it in the graph and the Compare tab stays open.
    await app.row('Platforms').getByRole('button', { name: 'AWS Outposts' }).click();
    await expect.poll(() => app.explorer.selected()).toEqual(['aws-outposts']);
    await expect(app.tab).toHaveAttribute('aria-selected', 'true');
    await expect(app.panel.getByText('Selected in the graph: AWS Outposts')).toBeVisible();
    await app.button('Show its details').click();
    await expect(app.explorer.detailsTitle).toHaveText('AWS Outposts');
  });

  test("the notes' launch-type comparison opens from the data with its four aspects", async ({ page }) => {
    const app = new ComparePage(page);
    await app.open();
    await app.openTab();
    const notes = app.panel.getByRole('region', { name: 'Comparisons from the notes' });
    await expect(notes.getByRole('button')).toHaveText([
      'ECS launch types: EC2 vs Fargate',
      'Container services comparison',
    ]);
    const open = notes.getByRole('button', { name: 'ECS launch types: EC2 vs Fargate' });
    await open.click();
    await expect(open).toHaveAttribute('aria-expanded', 'true');

    const table = notes.getByRole('table', { name: /ECS launch types: EC2 vs Fargate/ });
    await expect(table.getByRole('columnheader')).toHaveText([
      'Aspect',
      'EC2 launch type',
      'Fargate launch type',
    ]);
    await expect(table.getByRole('rowheader')).toHaveText([
      'Provisioning',
      'Upgrading/patching',
      'Cluster optimisation',
      'Control',
    ]);
    await expect(table.getByRole('row', { name: /^Provisioning/ }).getByRole('cell')).toHaveText([
      'Explicitly provision instances',
      'Automatic',
    ]);
    await expect(
      notes.getByText('From Containers and Registries › ECS Launch Type Comparison'),
    ).toBeVisible();

    // Its two subjects go into the generated matrix in one step.
    await notes.getByRole('button', { name: 'Compare these in the generated table above' }).click();
    expect(await app.columns()).toEqual(['EC2 launch type', 'Fargate launch type']);
    expect(await app.ringed()).toEqual(['ec2-launch-type', 'fargate-launch-type']);

    // The six-service table opens too, one column per service.
    await notes.getByRole('button', { name: 'Container services comparison' }).click();
    const services = notes.getByRole('table', { name: /Container services comparison/ });
    await expect(services.getByRole('columnheader')).toHaveCount(7);
    await expect(services.getByRole('rowheader')).toHaveText(['Type', 'Focus', 'Cost', 'Use Case']);
  });

  test('a comparison node in the details panel opens its table in Compare', async ({ page }) => {
    const app = new ComparePage(page);
    await app.open('#node=ecs-launch-type-comparison');
    await app.explorer.details.getByRole('button', { name: 'Open this table in Compare' }).click();
    await expect(app.tab).toHaveAttribute('aria-selected', 'true');
    const notes = app.panel.getByRole('region', { name: 'Comparisons from the notes' });
    await expect(notes.getByRole('button', { name: 'ECS launch types: EC2 vs Fargate' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(notes.getByRole('table', { name: /ECS launch types/ })).toBeInViewport();
  });
});
