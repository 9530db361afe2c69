import { expect, test } from './fixtures';
import { maxDistance, SavedPage } from './pages/saved-page';

test.describe('study: bookmarks and saved views', () => {
  test('a bookmarked node is listed under Saved, selects the node, survives a reload, and can be removed', async ({
    page,
  }) => {
    const app = new SavedPage(page);
    await app.open('#node=eks-anywhere');
    const label = await app.label('eks-anywhere');

    await app.openSaved();
    await expect(app.panel).toContainText('No bookmarks yet');
    await expect(app.bookmarks).toHaveCount(0);

    await app.openDetails();
    await expect(app.bookmarkButton).toHaveAttribute('aria-pressed', 'false');
    await app.bookmarkButton.click();
    await expect(app.bookmarkButton).toHaveAttribute('aria-pressed', 'true');

    await app.openSaved();
    await expect(app.bookmarks.getByRole('button', { name: label, exact: true })).toBeVisible();
    await expect(app.panel).not.toContainText('No bookmarks yet');
    await expect.poll(async () => (await app.storedUserData())?.bookmarks).toEqual(['eks-anywhere']);

    // A fresh load of the app (the address has no hash, so this is not an in-page jump).
    await app.open();
    await app.openSaved();
    await app.bookmarks.getByRole('button', { name: label, exact: true }).click();
    expect(await app.selected()).toEqual(['eks-anywhere']);

    await app.panel.getByRole('button', { name: `Remove bookmark: ${label}` }).click();
    await expect(app.bookmarks).toHaveCount(0);
    await expect(app.panel).toContainText('No bookmarks yet');
    await app.openDetails();
    await expect(app.bookmarkButton).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => (await app.storedUserData())?.bookmarks).toEqual([]);
  });

  test('a named view brings back filters, focus, selection, layout, zoom and every position, after a reload too', async ({
    page,
  }) => {
    // Three loads of the app and three layouts: more than the default time on a slow machine.
    test.slow();
    const app = new SavedPage(page);
    await app.open('#node=eks');
    await app.filter('Compliance', 'HIPAA').check();
    await app.details.getByRole('button', { name: 'Focus' }).click();
    await expect(app.focusBar).toBeVisible();
    await page.waitForFunction(() => !(window as unknown as { cy: { animated(): boolean } }).cy.animated());
    await app.dragNode('eks-distro', 50, -40);
    // Zoomed in: the saved viewport is not merely what a fit would give.
    await app.button('Zoom in').click();
    const savedViewport = await app.viewport();
    const saved = await app.exactPositions();
    const nodeCount = Object.keys(saved).length;

    await app.openSaved();
    await app.saveView('  HIPAA around EKS  ');
    const item = app.view('HIPAA around EKS');
    await expect(item).toBeVisible();
    await expect(item).toContainText(`1 filter · focus on ${await app.label('eks')}`);
    await expect(item).toContainText(`${nodeCount} positions`);
    await expect(app.status).toHaveText('Saved the view “HIPAA around EKS”.');
    await expect(app.viewName).toHaveValue('');

    // Change everything the view holds (a node dragged elsewhere in this layout too).
    await page.keyboard.press('Escape');
    await expect(app.focusBar).toHaveCount(0);
    await app.dragNode('eks-distro', -80, 60);
    await app.filter('Compliance', 'HIPAA').uncheck();
    await app.filter('Compliance', 'GDPR').check();
    await page.evaluate(() => (window.location.hash = '#node=karpenter&compliance=gdpr'));
    await expect.poll(() => app.selected()).toEqual(['karpenter']);
    await app.layout.selectOption('concentric');
    await app.button('Zoom in').click();
    expect(maxDistance(saved, await app.exactPositions())).toBeGreaterThan(50);

    await app.openSaved();
    await item.getByRole('button', { name: 'Open view HIPAA around EKS' }).click();
    await expect(app.status).toHaveText('Opened the view “HIPAA around EKS”.');
    await expect(app.filter('Compliance', 'HIPAA')).toBeChecked();
    await expect(app.filter('Compliance', 'GDPR')).not.toBeChecked();
    await expect(app.focusBar).toContainText(await app.label('eks'));
    await expect(app.layout).toHaveValue('fcose');
    expect(await app.selected()).toEqual(['eks']);
    expect(maxDistance(saved, await app.exactPositions())).toBeLessThan(1);
    const viewport = await app.viewport();
    expect(viewport.zoom).toBeCloseTo(savedViewport.zoom, 3);
    expect(Math.abs(viewport.pan.x - savedViewport.pan.x)).toBeLessThan(1);
    expect(Math.abs(viewport.pan.y - savedViewport.pan.y)).toBeLessThan(1);

    // The view lives in the user data: after a reload it is still listed and still opens.
    await expect
      .poll(async () => Object.keys((await app.storedUserData())?.positions.fcose ?? {}).length)
      .toBe(nodeCount);
    await app.open();
    await app.openSaved();
    await expect(item).toBeVisible();
    await app.layout.selectOption('breadthfirst');
    await item.getByRole('button', { name: 'Open view HIPAA around EKS' }).click();
    await expect(app.filter('Compliance', 'HIPAA')).toBeChecked();
    await expect(app.layout).toHaveValue('fcose');
    expect(maxDistance(saved, await app.exactPositions())).toBeLessThan(1);

    // Deleting can be undone once; after that it stays deleted across a reload.
    await item.getByRole('button', { name: 'Delete view HIPAA around EKS' }).click();
    await expect(app.views).toHaveCount(0);
    await expect(app.panel).toContainText('No saved views yet.');
    await expect(app.status).toHaveText('Deleted the view “HIPAA around EKS”.');
    const undo = app.panel.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(item.getByRole('button', { name: 'Open view HIPAA around EKS' })).toBeFocused();
    await item.getByRole('button', { name: 'Delete view HIPAA around EKS' }).click();
    await expect.poll(async () => (await app.storedUserData())?.views).toEqual([]);
    await app.open();
    await app.openSaved();
    await expect(app.views).toHaveCount(0);
  });

  test('a view needs a name, and a name already taken asks before replacing that view', async ({ page }) => {
    const app = new SavedPage(page);
    await app.open('#node=ecs');
    await app.openSaved();

    await app.saveView('   ');
    await expect(app.panel.getByRole('alert')).toContainText('Give the view a name');
    await expect(app.viewName).toHaveAttribute('aria-invalid', 'true');
    await expect(app.viewName).toBeFocused();
    await expect(app.views).toHaveCount(0);

    await app.saveView('Study');
    await expect(app.view('Study')).toContainText(`${await app.label('ecs')} selected`);

    // Same name, other case and spacing: asked first; Cancel keeps the old view.
    await page.evaluate(() => (window.location.hash = '#node=fargate'));
    await expect.poll(() => app.selected()).toEqual(['fargate']);
    await app.saveView(' study ');
    const confirm = app.panel.getByRole('alert');
    await expect(confirm).toContainText('A view named “Study” already exists');
    await expect(confirm.getByRole('button', { name: 'Replace “Study”' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.view('Study')).toContainText(`${await app.label('ecs')} selected`);

    await app.saveView('Study');
    await app.panel.getByRole('button', { name: 'Replace “Study”' }).click();
    await expect(app.views.getByRole('listitem')).toHaveCount(1);
    await expect(app.view('Study')).toContainText(`${await app.label('fargate')} selected`);
    await expect(app.status).toHaveText('Replaced the view “Study”.');
  });

  test('a view that names nodes no longer in the notes still opens, skipping them', async ({ page }) => {
    const app = new SavedPage(page);
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const view = {
        id: 'old-view',
        name: 'From older notes',
        createdAt: '2025-01-02T10:00:00.000Z',
        filters: {
          compliance: ['hipaa', 'retired-programme'],
          hosting: [],
          orchestrator: [],
          nodeKinds: [],
          edgeKinds: [],
        },
        selection: 'gone-node',
        focus: { node: 'gone-node', depth: 2 },
        zoom: 1.5,
        pan: { x: 10, y: 20 },
        positions: { ecs: { x: 111, y: 222 }, 'gone-node': { x: 0, y: 0 } },
        layout: 'fcose',
      };
      localStorage.setItem(
        'service-atlas:user-data',
        JSON.stringify({
          version: 1,
          settings: { theme: 'light' },
          positions: {},
          bookmarks: [],
          views: [view],
          progress: {},
        }),
      );
    });
    await app.open('#node=eks');
    await app.openSaved();
    await app.view('From older notes').getByRole('button', { name: 'Open view From older notes' }).click();
    await expect(app.filter('Compliance', 'HIPAA')).toBeChecked();
    await expect(app.focusBar).toHaveCount(0);
    expect(await app.selected()).toEqual([]);
    expect((await app.exactPositions()).ecs).toEqual({ x: 111, y: 222 });
    expect((await app.viewport()).zoom).toBeCloseTo(1.5, 5);
  });
});
