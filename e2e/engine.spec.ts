import { PNG } from 'pngjs';
import { expect, nodeCount, test } from './fixtures';
import { DANGLING, SERVERLESS } from './graphs/small-graphs';
import { ExportPage } from './pages/export-page';

type EngineWindow = Window & {
  atlasEngine: { load(graph: unknown): { ok: boolean } };
  pageMarker?: string;
};

/** Loads a graph through the engine, as opening notes does, and returns whether it was taken. */
function load(page: import('@playwright/test').Page, graph: unknown): Promise<boolean> {
  return page.evaluate((g) => (window as unknown as EngineWindow).atlasEngine.load(g).ok, graph);
}

test.describe('engine: one core, graphs loaded at run time', () => {
  test('another graph loaded at run time redraws the canvas, outline, legend and search without a reload', async ({
    page,
  }) => {
    const app = new ExportPage(page);
    await app.open('#node=ecs');
    const ecs = await app.label('ecs');
    await expect(app.detailsTitle).toHaveText(ecs);
    // A marker that a reload would wipe.
    await page.evaluate(() => ((window as unknown as EngineWindow).pageMarker = 'same page'));

    expect(await load(page, SERVERLESS)).toBe(true);
    expect(await nodeCount(page)).toBe(SERVERLESS.nodes.length);
    expect(await page.evaluate(() => (window as unknown as EngineWindow).pageMarker)).toBe('same page');
    // ECS is not in this graph: the selection is dropped, and the app says why.
    await expect(app.detailsTitle).toHaveText('Details');
    await expect(app.notices).toContainText(`${ecs} is not in this graph`);
    // The legend counts the new graph's kinds.
    await expect(page.getByRole('group', { name: 'Node kinds' })).toContainText('3');
    // Search finds what the new graph holds and nothing of the old one.
    await app.search.fill('lambda');
    await expect(app.searchResults.getByRole('option').first()).toContainText('AWS Lambda');
    await app.search.fill('fargate');
    await expect(app.searchResults.getByRole('option')).toHaveCount(0);
    await app.search.fill('');
    // The outline lists the new graph's nodes; picking one selects it on the one core.
    await page.keyboard.press('Escape');
    await page.locator('body').press('o');
    await app.outline.getByRole('treeitem', { name: /AWS Step Functions/ }).click();
    await expect(app.detailsTitle).toHaveText('AWS Step Functions');
    expect(await app.cySelected()).toEqual(['step-functions']);
    // A relation kind of the notes' own reads as its own words.
    await expect(app.details.getByRole('region', { name: 'AWS Step Functions orchestrates' })).toBeVisible();
  });

  test('a graph that fails validation changes nothing and says why', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open('#node=eks');
    const before = await nodeCount(page);
    expect(await load(page, DANGLING)).toBe(false);
    await expect(app.notices).toContainText('This graph cannot be shown');
    await expect(app.notices).toContainText('nowhere');
    expect(await nodeCount(page)).toBe(before);
    await expect(app.detailsTitle).toHaveText(await app.label('eks'));
    expect(await load(page, { nodes: 'not a list' })).toBe(false);
    expect(await nodeCount(page)).toBe(before);
  });

  test('the selected node is Cytoscape’s own selection, and Esc clears it', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open();
    await app.clickNode('karpenter');
    await expect(app.detailsTitle).toHaveText(await app.label('karpenter'));
    expect(await app.cySelected()).toEqual(['karpenter']);
    await app.search.fill('fargate');
    await app.search.press('Enter');
    await expect(app.detailsTitle).toHaveText(await app.label('fargate'));
    expect(await app.cySelected()).toEqual(['fargate']);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('Escape');
    await expect(app.detailsTitle).toHaveText('Details');
    expect(await app.cySelected()).toEqual([]);
    // A click on the canvas's empty background clears a selection too.
    await app.clickNode('karpenter');
    await expect(app.detailsTitle).toHaveText(await app.label('karpenter'));
    const corner = await page.getByTestId('graph-canvas').boundingBox();
    await page.mouse.click(corner!.x + 4, corner!.y + 4);
    await expect(app.detailsTitle).toHaveText('Details');
    expect(await app.cySelected()).toEqual([]);
  });

  test('an exported PNG shows what the screen shows: a filter’s dimming changes the picture', async ({
    page,
  }) => {
    const app = new ExportPage(page);
    await app.open();
    const plain = PNG.sync.read(await app.bytes(await app.exportWith('Picture (PNG)')));
    await app.filter('Compliance', 'HIPAA').check();
    await expect.poll(async () => (await app.dimmedNodes()).length).toBeGreaterThan(0);
    const filtered = PNG.sync.read(await app.bytes(await app.exportWith('Picture (PNG)')));
    expect([filtered.width, filtered.height]).toEqual([plain.width, plain.height]);
    let differing = 0;
    for (let i = 0; i < plain.data.length; i += 4) if (plain.data[i] !== filtered.data[i]) differing++;
    // Dimmed nodes and edges fade towards the background: a large share of the drawn pixels change.
    expect(differing / (plain.width * plain.height)).toBeGreaterThan(0.01);
  });

  test('an exported SVG fades exactly what the screen dims', async ({ page }) => {
    const app = new ExportPage(page);
    await app.open();
    await app.filter('Compliance', 'HIPAA').check();
    await expect.poll(async () => (await app.dimmedNodes()).length).toBeGreaterThan(0);
    const dimmed = await app.dimmedNodes();
    const named = await app.namedNodes();
    expect(named.length).toBeGreaterThan(0);
    const svg = await app.text(await app.exportWith('Picture (SVG)'));
    // The SVG names every node; the canvas goes back to the names it drew.
    await expect.poll(() => app.namedNodes()).toEqual(named);
    // Each node's group, with the opacity it is drawn at (none: fully).
    const faded = [...svg.matchAll(/<g class="node" data-id="([^"]+)"(?: opacity="([\d.]+)")?/g)]
      .filter(([, , opacity]) => opacity !== undefined && Number(opacity) < 0.5)
      .map(([, id]) => id!);
    expect(faded.sort()).toEqual(dimmed);
  });
});
