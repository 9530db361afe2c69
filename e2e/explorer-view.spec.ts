import { expect, test, userDataSaved } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

test.describe('explorer: view, theme, deep links and keyboard', () => {
  test('the theme follows the system, and the toggle is remembered across a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const app = new ExplorerPage(page);
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await app.button('Switch to light theme').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await userDataSaved(page);
    await page.reload();
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(app.button('Switch to dark theme')).toBeVisible();
  });

  test('a deep link restores selection, filters and focus, and the hash follows the view', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-anywhere&compliance=hipaa&hosting=on-premises&focus=eks-anywhere&depth=2');
    await expect(app.detailsTitle).toHaveText(await app.label('eks-anywhere'));
    expect(await app.selected()).toEqual(['eks-anywhere']);
    await expect(app.filter('Compliance', 'HIPAA')).toBeChecked();
    await expect(app.filter('Runs where', 'On-premises')).toBeChecked();
    await expect(page.getByRole('spinbutton', { name: 'Focus depth' })).toHaveValue('2');
    expect(await app.nodesWithClass('match')).toContain('eks-anywhere');
    expect(await app.classesOf('eks-anywhere')).toContain('focus-centre');

    // Pasting another link into the same tab takes effect too.
    await page.evaluate(() => (window.location.hash = '#node=ecs&orchestrator=ecs'));
    await expect(app.detailsTitle).toHaveText(await app.label('ecs'));
    await expect(app.filter('Orchestrator', 'Amazon ECS')).toBeChecked();
    await expect(app.filter('Compliance', 'HIPAA')).not.toBeChecked();
    await expect(page.getByRole('region', { name: 'Focus' })).toHaveCount(0);
  });

  test('a deep link with unknown values still opens, keeping what it can', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=no-such-node&compliance=nope,hipaa&focus=zzz&depth=x');
    await expect(app.detailsTitle).toHaveText('Details');
    await expect(app.filter('Compliance', 'HIPAA')).toBeChecked();
  });

  test('the same graph opens with the same layout, dragged nodes stay put, and layouts can be switched', async ({
    page,
  }) => {
    // Three reloads and three layouts: more than the default time on a busy two-core machine.
    test.slow();
    const app = new ExplorerPage(page);
    await app.open();
    const first = await app.positions();
    await page.reload();
    await app.open();
    expect(await app.positions()).toEqual(first);

    // Drag a node; its new position survives a reload.
    await page.waitForFunction(() => !(window as unknown as { cy: { animated(): boolean } }).cy.animated());
    const at = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          cy: {
            container(): HTMLElement;
            getElementById(id: string): { renderedPosition(): { x: number; y: number } };
          };
        }
      ).cy;
      const box = cy.container().getBoundingClientRect();
      const p = cy.getElementById('karpenter').renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 40, at.y + 30, { steps: 5 });
    await page.mouse.up();
    const dragged = (await app.positions()).karpenter!;
    expect(dragged).not.toEqual(first.karpenter);
    await userDataSaved(page);
    await page.reload();
    await app.open();
    expect((await app.positions()).karpenter).toEqual(dragged);

    // Another layout places nodes elsewhere; Reset forgets dragged positions.
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
    expect(await app.positions()).not.toEqual(first);
    await page.getByRole('combobox', { name: 'Layout' }).selectOption('fcose');
    expect((await app.positions()).karpenter).toEqual(dragged);
    // Reset asks first, since it drops what the user moved; saying no keeps it.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await app.button('Reset layout').click();
    expect((await app.positions()).karpenter).toEqual(dragged);
    page.once('dialog', (dialog) => {
      expect(dialog.message()).toContain('nodes you moved');
      void dialog.accept();
    });
    await app.button('Reset layout').click();
    expect(await app.positions()).toEqual(first);
  });

  test('zoom in, zoom out and fit change the view', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const zoom = () => page.evaluate(() => (window as unknown as { cy: { zoom(): number } }).cy.zoom());
    const start = await zoom();
    await app.button('Zoom in').click();
    await expect.poll(zoom).toBeGreaterThan(start);
    await app.button('Fit').click();
    await expect.poll(zoom).toBeCloseTo(start, 2);
    await app.button('Zoom out').click();
    await expect.poll(zoom).toBeLessThan(start);
  });

  test('the main flows work from the keyboard alone', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    // Search and select.
    await page.keyboard.press('/');
    await page.keyboard.type('eks distro');
    await page.keyboard.press('Enter');
    await expect(app.detailsTitle).toHaveText(await app.label('eks-distro'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(app.search).not.toBeFocused();

    // Focus on the selection, change nothing, leave with Esc.
    await page.keyboard.press('f');
    await expect(page.getByRole('region', { name: 'Focus' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Focus' })).toHaveCount(0);

    // The outline is one key away and navigable with arrows.
    await page.keyboard.press('o');
    await expect(app.outline).toBeVisible();
    const focusedItem = page.locator('[role="treeitem"]:focus');
    await expect(focusedItem).toHaveText(await app.label('eks-distro'));
    await page.keyboard.press('Home');
    await expect(focusedItem).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowDown');
    const firstService = (await focusedItem.textContent())!;
    await page.keyboard.press('Enter');
    await expect(app.detailsTitle).toHaveText(firstService);
    await page.keyboard.press('ArrowLeft');
    await expect(focusedItem).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(focusedItem).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await expect(focusedItem).toHaveAttribute('aria-expanded', 'true');

    // History from the keyboard.
    await page.keyboard.press('Alt+ArrowLeft');
    await expect(app.detailsTitle).toHaveText(await app.label('eks-distro'));

    // Tab reaches a relation in the details panel and Enter follows it.
    const relation = app.details
      .getByRole('button', { name: await app.label('eks-anywhere'), exact: true })
      .first();
    await relation.focus();
    await page.keyboard.press('Enter');
    await expect(app.detailsTitle).toHaveText(await app.label('eks-anywhere'));

    // Filters are checkboxes: Space toggles them.
    await app.filter('Compliance', 'GDPR').focus();
    await page.keyboard.press('Space');
    await expect(app.filter('Compliance', 'GDPR')).toBeChecked();
    expect((await app.nodesWithClass('match')).length).toBeGreaterThan(0);
  });

  test('recovery notices from loading user data are shown in the status area', async ({ page }) => {
    const app = new ExplorerPage(page);
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('service-atlas:user-data', '{not json');
      }
    });
    await app.open();
    await expect(app.notices).toContainText('Your saved data could not be read');
    await expect(app.notices).toContainText('the damaged data was kept as');
    await app.notices.getByRole('button', { name: 'Dismiss notice' }).first().click();
    await expect(app.notices.getByRole('button')).toHaveCount(0);
  });
});
