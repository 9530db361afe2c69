import { expect, test } from './fixtures';
import { CostPage } from './pages/cost-page';

test.describe('study tools: cost estimator', () => {
  test('the ECS Anywhere calculator gives the hand-computed total for edited inputs', async ({ page }) => {
    const app = new CostPage(page);
    await app.open();
    await app.node.selectOption({ label: 'Amazon ECS Anywhere' });
    await expect(app.input(/^Instances/)).toHaveValue('1');
    await app.input(/^Instances/).fill('4');
    await app.input('Hours a day').fill('12');
    await expect(app.input('Days')).toHaveValue('30');

    // 4 instances × 12 h × 30 d × $0.01025 = $14.76, worked out by hand.
    await expect(app.breakdown).toContainText('4 instances × 12 hours × 30 days × $0.01025');
    await expect(app.total).toHaveText('$14.76');
    await expect(app.summary).toHaveText('Estimated cost: $14.76 per month');
    // The unit price is cited.
    await expect(app.breakdown.locator('cite')).toContainText('Amazon ECS Anywhere › Cost Optimization');

    // Reset brings back the defaults: 1 × 24 × 30 × $0.01025 = $7.38.
    await app.panel.getByRole('button', { name: 'Reset inputs' }).click();
    await expect(app.total).toHaveText('$7.38');
  });

  test('the ECS Fargate example opens pre-filled and says plainly that the note is $4.32 too high', async ({
    page,
  }) => {
    const app = new CostPage(page);
    await app.open();
    await app.openExample(/^10 Fargate tasks/);
    await expect(app.node).toHaveValue('ecs');
    await expect(app.input('Fargate tasks')).toHaveValue('10');
    await expect(app.input('vCPU per task')).toHaveValue('0.5');
    await expect(app.input('Memory per task')).toHaveValue('1');
    await expect(app.input('Hours a day')).toHaveValue('24');
    await expect(app.input('Days')).toHaveValue('30');

    await expect(app.example).toContainText(
      "The note says ~$182.05, but its own unit prices give $177.73: the note's figure is $4.32 too high.",
    );
    await expect(app.example.locator('cite')).toContainText(
      'Amazon Elastic Container Service (ECS) › Cost Optimization',
    );
    // 10 × 0.5 × 720 × $0.04048 = $145.728 and 10 × 1 × 720 × $0.004445 = $32.004.
    await expect(app.breakdown.getByRole('row', { name: /Fargate vCPU-hour/ }).getByRole('cell')).toHaveText([
      '10 tasks × 0.5 vCPU × 24 hours × 30 days × $0.04048',
      '$145.73',
    ]);
    await expect(app.total).toHaveText('$177.73');

    // Editing moves away from the note's scenario, and the panel says so; restoring brings it back.
    await app.input('Fargate tasks').fill('20');
    await expect(app.total).toHaveText('$355.46');
    await expect(app.example).toContainText('You have changed the example’s inputs');
    await app.example.getByRole('button', { name: 'Restore the example’s inputs' }).click();
    await expect(app.total).toHaveText('$177.73');
    await expect(app.input('Fargate tasks')).toHaveValue('10');
  });

  test('the ECR example matches the note', async ({ page }) => {
    const app = new CostPage(page);
    await app.open();
    const item = app.examples.getByRole('listitem').filter({ hasText: '100 GB of private storage' });
    await expect(item).toContainText('the note says $10.90 · matches');
    await app.openExample(/^100 GB of private storage/);
    await expect(app.example).toContainText(
      "The note says $10.90, and its own unit prices give $10.90: the note's figure matches.",
    );
    await expect(app.total).toHaveText('$10.90');
    await expect(app.examples.getByRole('button', { name: /^100 GB of private storage/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  test('an empty or negative input shows a message and the estimate waits', async ({ page }) => {
    const app = new CostPage(page);
    await app.open();
    await app.node.selectOption({ label: 'Amazon Elastic Container Registry (ECR)' });
    await expect(app.total).toHaveText('$5.90');

    const storage = app.input('Storage');
    await storage.fill('');
    await expect(storage).toHaveAttribute('aria-invalid', 'true');
    await expect(storage).toHaveAccessibleDescription(/Enter a number/);
    await expect(app.waiting).toHaveText('The estimate waits for one input above: Storage.');
    await expect(app.breakdown).toHaveCount(0);

    await storage.fill('-5');
    await expect(app.panel.getByText('Use 0 or more')).toBeVisible();
    await expect(app.breakdown).toHaveCount(0);

    await storage.fill('20');
    await expect(storage).toHaveAttribute('aria-invalid', 'false');
    await expect(app.waiting).toHaveCount(0);
    // 20 GB-months × $0.10 + 10 GB × $0.09 = $2.90.
    await expect(app.total).toHaveText('$2.90');
  });

  test('charges that are not per unit are listed with their price text', async ({ page }) => {
    const app = new CostPage(page);
    await app.open();
    const list = app.panel.getByRole('region', { name: 'Not priced per unit' });
    await expect(list.getByRole('term')).toContainText(['Amazon EKS Anywhere', 'Amazon EKS Distro']);
    await expect(list).toContainText('EKS Anywhere Enterprise Subscription: Contact AWS for pricing');
    await expect(list).toContainText('EKS Distro software: Free');
    await expect(list).toContainText('ECS on EC2 instances: Pay for the underlying resources');
  });
});
