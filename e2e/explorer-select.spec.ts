import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test.describe('explorer: selecting nodes and following relations', () => {
  test('clicking a node on the canvas selects it and opens its details', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await expect(app.detailsTitle).toHaveText('Details');
    await app.clickNode('eks-anywhere');
    const label = await app.label('eks-anywhere');
    await expect(app.detailsTitle).toHaveText(label);
    expect(await app.selected()).toEqual(['eks-anywhere']);
    // The node in the details panel is Cytoscape's own selection.
    expect(await app.cySelected()).toEqual(['eks-anywhere']);
    // Its edges carry their verbs while it is selected.
    const shown = await page.evaluate(
      () =>
        (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges('.show-label')
          .length,
    );
    expect(shown).toBeGreaterThan(0);
    // Selecting lights its relations without dimming the rest of the graph (once the pointer,
    // whose hover dims, has left).
    await page.mouse.move(5, 5);
    await expect.poll(() => app.dimmedNodes()).toEqual([]);
    expect(await app.selected()).toEqual(['eks-anywhere']);
  });

  test('details show facts with their sources and relations grouped by verb', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-anywhere');
    await expect(app.detailsTitle).toHaveText(await app.label('eks-anywhere'));
    await expect(app.details.getByText('Service', { exact: true })).toBeVisible();
    await expect(app.details.getByRole('heading', { name: 'Facts' })).toBeVisible();
    // Every fact carries a citation: note title › section.
    const facts = app.details.locator('.facts li');
    expect(await facts.count()).toBeGreaterThan(0);
    expect(await app.details.locator('.facts li cite').count()).toBe(await facts.count());
    await expect(app.details.locator('.facts li cite').first()).toContainText('›');
    // Outgoing relations read with the verb, incoming with the inverse.
    const builtOn = app.relationGroup(`${await app.label('eks-anywhere')} is built on`);
    await expect(builtOn.getByRole('button', { name: await app.label('eks-distro') })).toBeVisible();
    await expect(
      app.relationGroup(`${await app.label('eks-anywhere')} complies with`).getByRole('button'),
    ).toHaveCount(4);
  });

  test('following a relation moves the selection, and back/forward walk the history', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-anywhere');
    const distro = await app.label('eks-distro');
    await app
      .relationGroup(`${await app.label('eks-anywhere')} is built on`)
      .getByRole('button', { name: distro })
      .click();
    await expect(app.detailsTitle).toHaveText(distro);
    expect(await app.selected()).toEqual(['eks-distro']);
    await expect.poll(() => app.hash()).toContain('node=eks-distro');

    await app.button('Back').click();
    await expect(app.detailsTitle).toHaveText(await app.label('eks-anywhere'));
    await expect(app.button('Back')).toBeDisabled();
    await app.button('Forward').click();
    await expect(app.detailsTitle).toHaveText(distro);

    // Alt+Left / Alt+Right.
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(app.detailsTitle).toHaveText(await app.label('eks-anywhere'));
    await page.keyboard.press('Alt+ArrowRight');
    await expect(app.detailsTitle).toHaveText(distro);

    // Mouse back (button 3) and forward (button 4).
    const canvas = page.getByTestId('graph-canvas');
    await canvas.dispatchEvent('mouseup', { button: 3, bubbles: true });
    await expect(app.detailsTitle).toHaveText(await app.label('eks-anywhere'));
    await canvas.dispatchEvent('mouseup', { button: 4, bubbles: true });
    await expect(app.detailsTitle).toHaveText(distro);
  });

  test('a relation followed by keyboard opens the next node at its top, with focus on its heading', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-anywhere');
    const distro = await app.label('eks-distro');
    const link = app
      .relationGroup(`${await app.label('eks-anywhere')} is built on`)
      .getByRole('button', { name: distro });
    // Reached far down the panel, as a keyboard user would after tabbing through the facts.
    await link.focus();
    const panel = page.locator('.side-tabpanel');
    expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect(app.detailsTitle).toHaveText(distro);
    await expect(app.detailsTitle).toBeFocused();
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBe(0);
  });

  test('hovering a node lights up its neighbours and dims the rest', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const before = { faded: await app.paintedAt('ecs-anywhere'), lit: await app.paintedAt('eks-anywhere') };
    await app.hoverNode('eks-distro');
    await expect.poll(() => app.classesOf('eks-distro')).toContain('hover');
    expect(await app.classesOf('eks-anywhere')).toContain('hover-nb');
    expect(await app.isDimmed('ecs-anywhere')).toBe(true);
    expect(await app.isDimmed('eks-anywhere')).toBe(false);
    // What is dimmed is painted faded: most of the way to the background, channel by channel.
    const towardsBackground = async () => {
      const { colour, background } = await app.paintedAt('ecs-anywhere');
      const was = before.faded.colour;
      return Math.min(...colour.map((c, i) => (c - was[i]!) / (background[i]! - was[i]! || 1)));
    };
    await expect.poll(towardsBackground).toBeGreaterThan(0.6);
    // What is lit keeps its colour.
    expect((await app.paintedAt('eks-anywhere')).colour).toEqual(before.lit.colour);
    // Leaving the node lights everything again.
    await page.mouse.move(5, 5);
    await expect.poll(() => app.dimmedNodes()).toEqual([]);
    await expect.poll(async () => (await app.paintedAt('ecs-anywhere')).colour).toEqual(before.faded.colour);
  });

  test('the outline lists the visible nodes by kind and selects in the graph', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await app.button('Outline').click();
    await expect(app.button('Outline')).toHaveAttribute('aria-pressed', 'true');
    const services = await app.nodeIdsOfKind('service');
    const group = app.outline.getByRole('treeitem', { name: /^Services/ });
    await expect(group.getByRole('treeitem')).toHaveCount(services.length);
    const ecsLabel = await app.label('ecs');
    await group.getByRole('treeitem', { name: ecsLabel, exact: true }).click();
    expect(await app.selected()).toEqual(['ecs']);
    await expect(app.detailsTitle).toHaveText(ecsLabel);
    await expect(group.getByRole('treeitem', { name: ecsLabel, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });
});
