import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test.describe('explorer: focus mode', () => {
  test('focus shows only the neighbourhood, depth widens it, Esc leaves', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-distro');
    const total = (await app.visibleNodes()).length;
    await app.details.getByRole('button', { name: 'Focus' }).click();
    const focusBar = page.getByRole('region', { name: 'Focus' });
    await expect(focusBar).toBeVisible();

    const depth1 = await app.visibleNodes();
    expect(depth1).toContain('eks-distro');
    expect(depth1).toContain('eks-anywhere');
    expect(depth1.length).toBeLessThan(total);
    expect(await app.classesOf('karpenter')).toContain('hidden');
    // Every visible node is the centre or one of its direct neighbours.
    const neighbours = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: {
            getElementById(id: string): {
              closedNeighborhood(s: string): { map(f: (n: { id(): string }) => string): string[] };
            };
          };
        }
      ).cy;
      return cy
        .getElementById('eks-distro')
        .closedNeighborhood('node')
        .map((n) => n.id());
    });
    expect(depth1.every((id) => neighbours.includes(id))).toBe(true);
    await expect.poll(() => app.hash()).toContain('focus=eks-distro&depth=1');

    await focusBar.getByRole('spinbutton', { name: 'Focus depth' }).fill('2');
    const depth2 = await app.visibleNodes();
    expect(depth2.length).toBeGreaterThan(depth1.length);
    expect(depth1.every((id) => depth2.includes(id))).toBe(true);

    await page.keyboard.press('Escape');
    await expect(focusBar).toHaveCount(0);
    expect((await app.visibleNodes()).length).toBe(total);
  });

  test('double-clicking a node focuses it; two quick clicks on different nodes only select', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const distro = await app.nodePoint('eks-distro');
    const anywhere = await app.nodePoint('eks-anywhere');
    await page.mouse.click(distro.x, distro.y);
    await page.mouse.click(anywhere.x, anywhere.y);
    await expect(app.detailsTitle).toHaveText('Amazon EKS Anywhere');
    await expect(page.getByRole('region', { name: 'Focus' })).toHaveCount(0);
    expect(await app.classesOf('eks-distro')).not.toContain('hidden');

    const again = await app.nodePoint('eks-anywhere');
    await page.mouse.dblclick(again.x, again.y);
    await expect(page.getByRole('region', { name: 'Focus' })).toBeVisible();
    expect(await app.classesOf('karpenter')).toContain('hidden');
  });
});
