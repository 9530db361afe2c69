import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

/** What these tests read from the one core (`window.cy`); see renderer/engine/label-layer.ts. */
interface Ele {
  id(): string;
  style(name: string): string;
  hasClass(c: string): boolean;
  data(key: string): unknown;
  boundingBox(options?: object): Box;
  neighborhood(selector: string): { forEach(f: (n: Ele) => void): void };
}
interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
interface Cy {
  zoom(): number;
  minZoom(): number;
  maxZoom(): number;
  extent(): Box;
  animated(): boolean;
  elements(selector?: string): { boundingBox(): Box; forEach(f: (e: Ele) => void): void };
  nodes(selector?: string): { forEach(f: (e: Ele) => void): void };
  getElementById(id: string): Ele;
}
type CyWindow = Window & { cy: Cy };

/** Waits until the camera has stopped moving. */
async function settled(page: Page) {
  await page.waitForFunction(() => !(window as unknown as CyWindow).cy.animated());
}

/** Every drawn label (nodes and edges) with its size on screen, and which nodes are named. */
function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as CyWindow).cy;
    const zoom = cy.zoom();
    const drawn: { id: string; px: number; kind: unknown }[] = [];
    cy.elements(':visible').forEach((e) => {
      if (!e.style('label') || e.hasClass('label-hidden')) return;
      drawn.push({ id: e.id(), px: parseFloat(e.style('font-size')) * zoom, kind: e.data('kind') });
    });
    return drawn;
  });
}

/** Whether the whole visible graph, labels included, is inside the window (to within a pixel). */
function wholeGraphInView(page: Page) {
  return page.evaluate(() => {
    const cy = (window as unknown as CyWindow).cy;
    const bb = cy.elements(':visible').boundingBox();
    const ext = cy.extent();
    const slack = 1 / cy.zoom();
    return (
      bb.x1 >= ext.x1 - slack && bb.x2 <= ext.x2 + slack && bb.y1 >= ext.y1 - slack && bb.y2 <= ext.y2 + slack
    );
  });
}

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test.describe(`a readable canvas at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the first view names every service, and every drawn label is at least 11 px', async ({ page }) => {
      const app = new ExplorerPage(page);
      await app.open();
      await settled(page);
      const drawn = await drawnLabels(page);
      const services = await app.nodeIdsOfKind('service');
      expect(services.length).toBeGreaterThanOrEqual(7);
      for (const id of services) expect(drawn.map((d) => d.id)).toContain(id);
      for (const d of drawn) expect(d.px, `the label of ${d.id}`).toBeGreaterThanOrEqual(11);
      // A place to start, one key away.
      const start = page.getByRole('region', { name: 'Start here' });
      await expect(start).toBeVisible();
      await start.getByRole('button', { name: /Search/ }).click();
      await expect(app.search).toBeFocused();
    });

    test('selecting from search frames the node and its neighbours, readable; Esc clears', async ({
      page,
    }) => {
      const app = new ExplorerPage(page);
      await app.open();
      await app.search.fill('karpenter');
      await app.search.press('Enter');
      await expect(app.detailsTitle).toHaveText(await app.label('karpenter'));
      await settled(page);
      const view = await page.evaluate(() => {
        const cy = (window as unknown as CyWindow).cy;
        const node = cy.getElementById('karpenter');
        const ext = cy.extent();
        const outside: string[] = [];
        node.neighborhood('node').forEach((n) => {
          const b = n.boundingBox({ includeLabels: false });
          if (b.x1 < ext.x1 || b.x2 > ext.x2 || b.y1 < ext.y1 || b.y2 > ext.y2) outside.push(n.id());
        });
        return {
          px: parseFloat(node.style('font-size')) * cy.zoom(),
          label: node.style('label'),
          outside,
        };
      });
      expect(view.label).not.toBe('');
      expect(view.px).toBeGreaterThanOrEqual(11);
      expect(view.outside).toEqual([]);
      for (const d of await drawnLabels(page))
        expect(d.px, `the label of ${d.id}`).toBeGreaterThanOrEqual(11);
      // The selection's relations carry their verbs, once per pair of nodes.
      const verbs = await page.evaluate(() => {
        const cy = (window as unknown as CyWindow).cy;
        const out: string[] = [];
        cy.elements('edge.show-label').forEach((e) => {
          if (!e.hasClass('label-hidden')) out.push(e.style('label'));
        });
        return out;
      });
      // At 1024 px the canvas is too narrow for Karpenter's verbs to fit between its nodes: they wait
      // (the details panel lists them) rather than overlap.
      if (viewport.width >= 1440) expect(verbs.length).toBeGreaterThan(0);

      await page.locator('body').click({ position: { x: 2, y: 2 } });
      await page.keyboard.press('Escape');
      await expect(app.detailsTitle).toHaveText('Details');
      expect(await app.cySelected()).toEqual([]);
    });

    test('each layout fits the window whole', async ({ page }) => {
      test.slow();
      const app = new ExplorerPage(page);
      await app.open();
      const picker = page.getByRole('combobox', { name: 'Layout' });
      const layouts = await picker
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(layouts.length).toBeGreaterThanOrEqual(3);
      for (const layout of [...layouts.slice(1), layouts[0]!]) {
        await picker.selectOption(layout);
        await settled(page);
        expect(await wholeGraphInView(page), layout).toBe(true);
        for (const d of await drawnLabels(page))
          expect(d.px, `${layout}: ${d.id}`).toBeGreaterThanOrEqual(11);
      }
    });
  });
}

test.describe('zoom and focus', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('zoom clicks compound, and the buttons disable at the limits', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    await settled(page);
    const zoom = () => page.evaluate(() => (window as unknown as CyWindow).cy.zoom());
    const start = await zoom();
    const zoomIn = app.button('Zoom in');
    for (let i = 0; i < 10; i++) await zoomIn.click();
    await settled(page);
    expect((await zoom()) / start).toBeCloseTo(1.25 ** 10, 0);

    // On to the closest zoom: the button says so and does nothing more.
    for (let i = 0; i < 20 && !(await zoomIn.getAttribute('aria-disabled'))?.includes('true'); i++)
      await zoomIn.click();
    await expect(zoomIn).toBeDisabled();
    await expect(zoomIn).toHaveAttribute('title', /closest/);
    await settled(page);
    expect(await zoom()).toBeCloseTo(await page.evaluate(() => (window as unknown as CyWindow).cy.maxZoom()));

    // The furthest zoom still shows the whole graph.
    const zoomOut = app.button('Zoom out');
    for (let i = 0; i < 40 && !(await zoomOut.getAttribute('aria-disabled'))?.includes('true'); i++)
      await zoomOut.click();
    await expect(zoomOut).toBeDisabled();
    await expect(zoomIn).toBeEnabled();
    await settled(page);
    expect(await wholeGraphInView(page)).toBe(true);
  });

  test('focus lays its neighbourhood out afresh and fits it; leaving puts the graph back', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-distro');
    await settled(page);
    const before = await app.positions();
    await app.details.getByRole('button', { name: 'Focus' }).click();
    const focusBar = page.getByRole('region', { name: 'Focus' });
    await focusBar.getByRole('spinbutton', { name: 'Focus depth' }).fill('2');
    await expect.poll(async () => (await app.visibleNodes()).length).toBeGreaterThan(10);
    await settled(page);
    expect(await wholeGraphInView(page)).toBe(true);
    const focused = await app.positions();
    const moved = (await app.visibleNodes()).filter(
      (id) => id !== 'eks-distro' && JSON.stringify(focused[id]) !== JSON.stringify(before[id]),
    );
    expect(moved.length).toBeGreaterThan(0);
    for (const d of await drawnLabels(page)) expect(d.px, d.id).toBeGreaterThanOrEqual(11);

    await page.keyboard.press('Escape');
    await expect(focusBar).toHaveCount(0);
    expect(await app.positions()).toEqual(before);
    await settled(page);
    expect(await wholeGraphInView(page)).toBe(true);
  });

  test('under reduced motion, selecting moves the camera at once', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const app = new ExplorerPage(page);
    await app.open();
    await app.search.fill('karpenter');
    await app.search.press('Enter');
    await expect(app.detailsTitle).toHaveText(await app.label('karpenter'));
    expect(await page.evaluate(() => (window as unknown as CyWindow).cy.animated())).toBe(false);
    const inView = await page.evaluate(() => {
      const cy = (window as unknown as CyWindow).cy;
      const b = cy.getElementById('karpenter').boundingBox({ includeLabels: false });
      const ext = cy.extent();
      return b.x1 >= ext.x1 && b.x2 <= ext.x2 && b.y1 >= ext.y1 && b.y2 <= ext.y2;
    });
    expect(inView).toBe(true);
  });
});
