import type { Locator, Page } from '@playwright/test';
import { expect, gotoApp, test } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { ExplorerPage } from './pages/explorer-page';

const TABS = ['Details', 'Compare', 'Cost', 'Path', 'Quiz', 'Saved', 'Tours'];

/** How wide the page's content is against its window (a sideways page scroll when wider). */
function pageScroll(page: Page) {
  return page.evaluate(() => {
    const se = document.scrollingElement!;
    return {
      scrollWidth: se.scrollWidth,
      clientWidth: se.clientWidth,
      scrollHeight: se.scrollHeight,
      clientHeight: se.clientHeight,
      scrollY: window.scrollY,
    };
  });
}

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error(`${locator.toString()} is not on screen`);
  return b;
}

/** Whether everything visible of the graph is drawn inside the canvas (read through window.cy). */
function graphInsideCanvas(page: Page) {
  return page.evaluate(() => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    const cy = (
      window as unknown as {
        cy: {
          width(): number;
          height(): number;
          container(): HTMLElement;
          animated(): boolean;
          elements(s: string): { renderedBoundingBox(): Box };
        };
      }
    ).cy;
    const bb = cy.elements(':visible').renderedBoundingBox();
    const rect = cy.container().getBoundingClientRect();
    // The core must also know the canvas's real size, or its idea of "inside" is stale.
    const sized = Math.abs(cy.width() - rect.width) < 1 && Math.abs(cy.height() - rect.height) < 1;
    return sized && bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
  });
}

const graph = (page: Page) => page.getByRole('main', { name: 'Graph' });
const sidebarToggle = (page: Page) => page.getByRole('button', { name: 'Search and filters', exact: true });
const panelToggle = (page: Page) => page.getByRole('button', { name: 'Side panel', exact: true });

test.describe('any laptop: 1024x700', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('every tab leaves the canvas half the window, with no sideways scroll and tabs that stay put', async ({
    page,
  }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-anywhere');
    let first: { x: number; y: number; width: number; height: number }[] | undefined;
    for (const name of TABS) {
      const tab = page.getByRole('tab', { name, exact: true });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      const scroll = await pageScroll(page);
      expect(scroll.scrollWidth, `${name}: page width`).toBeLessThanOrEqual(scroll.clientWidth);
      expect((await box(graph(page))).width, `${name}: canvas width`).toBeGreaterThanOrEqual(1024 / 2);
      // Every tab whole on screen, each where it was with the first tab chosen.
      const tabs = await Promise.all(TABS.map((t) => box(page.getByRole('tab', { name: t, exact: true }))));
      for (const [i, b] of tabs.entries()) {
        expect(b.x, TABS[i]).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, TABS[i]).toBeLessThanOrEqual(1024);
      }
      first ??= tabs;
      expect(tabs, `${name}: tab positions`).toEqual(first);
    }
  });

  test('the focus bar stays inside the canvas, clear of the tabs', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=eks-anywhere&focus=eks-anywhere&depth=2');
    const bar = await box(page.getByRole('region', { name: 'Focus' }));
    const canvas = await box(graph(page));
    const tabs = await box(page.getByRole('tablist', { name: 'Tools' }));
    expect(bar.x).toBeGreaterThanOrEqual(canvas.x);
    expect(bar.x + bar.width).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(bar.x + bar.width <= tabs.x || bar.y >= tabs.y + tabs.height).toBe(true);
  });

  test('scrolling the Compare panel scrolls the panel, never the page', async ({ page }) => {
    const compare = new ComparePage(page);
    await compare.open();
    await compare.openTab();
    // Four services with gaps in the notes: the matrix is full of hidden "Nothing in the notes" text.
    for (const name of [
      'Amazon Elastic Container Registry (ECR)',
      'AWS Fargate',
      'Amazon EKS Distro',
      'Amazon ECS Anywhere',
    ])
      await compare.choice(name).check();
    await expect(compare.matrix).toBeVisible();
    const panel = page.getByRole('tabpanel');
    await panel.hover();
    await page.mouse.wheel(0, 5000);
    await expect.poll(() => panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // Scrolled to its very end, the panel still holds everything it has: the page stays one window tall.
    await panel.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.mouse.wheel(0, 5000);
    const scroll = await pageScroll(page);
    expect(scroll.scrollY).toBe(0);
    expect(scroll.scrollHeight).toBeLessThanOrEqual(scroll.clientHeight);
  });
});

test.describe('any laptop: 200% zoom of 1280x900', () => {
  // What a browser at 200% zoom gives the page: half the CSS pixels, each drawn twice as large.
  test.use({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });

  test('the toolbar and every tab are whole on screen and can be used, with no sideways scroll', async ({
    page,
  }) => {
    await gotoApp(page, '#node=eks-anywhere');
    const controls = page.getByRole('banner').locator('button:visible, select:visible');
    const count = await controls.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      await expect(control).toBeInViewport({ ratio: 1 });
      // A trial click checks that nothing covers it; Back and Forward start disabled.
      if (await control.isEnabled()) await control.click({ trial: true });
    }
    for (const name of TABS) {
      const tab = page.getByRole('tab', { name, exact: true });
      await expect(tab).toBeInViewport({ ratio: 1 });
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      const scroll = await pageScroll(page);
      expect(scroll.scrollWidth, name).toBeLessThanOrEqual(scroll.clientWidth);
    }
  });

  test('the sidebar starts folded; opening it folds the side panel instead, and no page scroll appears', async ({
    page,
  }) => {
    await gotoApp(page);
    const search = page.getByRole('searchbox', { name: 'Search' });
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(search).toBeHidden();
    await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await sidebarToggle(page).click();
    await expect(search).toBeVisible();
    await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('tablist', { name: 'Tools' })).toBeHidden();
    const scroll = await pageScroll(page);
    expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
    // Folded again, the sidebar opens for Ctrl+K, with the cursor in the search box.
    await sidebarToggle(page).click();
    await expect(search).toBeHidden();
    await page.keyboard.press('Control+k');
    await expect(search).toBeFocused();
  });
});

test.describe('any laptop: folding, remembering, re-fitting', () => {
  test('a folded sidebar stays folded after a reload, and opens again on request', async ({ page }) => {
    // Three page loads: more than the default time on a busy two-core machine.
    test.slow();
    const app = new ExplorerPage(page);
    await app.open();
    const wide = (await box(graph(page))).width;
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await sidebarToggle(page).click();
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(app.search).toBeHidden();
    // Focus stays on the toggle, now the rail, and the canvas takes (some of) the room.
    await expect(sidebarToggle(page)).toBeFocused();
    expect((await box(graph(page))).width).toBeGreaterThan(wide + 100);

    await page.reload();
    await gotoApp(page);
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect(app.search).toBeHidden();
    await sidebarToggle(page).click();
    await expect(app.search).toBeVisible();
    await page.reload();
    await app.open();
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'true');
  });

  test('the graph fills the window below the toolbar, however little the columns hold', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open();
    const height = page.viewportSize()!.height;
    const bottom = async () => {
      const b = await box(graph(page));
      return b.y + b.height;
    };
    expect(await bottom()).toBeCloseTo(height, 0);
    // Folded, the sidebar no longer holds the long filter list up: the graph still reaches the bottom.
    await sidebarToggle(page).click();
    await expect(app.search).toBeHidden();
    await expect.poll(bottom).toBeCloseTo(height, 0);
    await panelToggle(page).click();
    await expect(page.getByRole('tablist', { name: 'Tools' })).toBeHidden();
    await expect.poll(bottom).toBeCloseTo(height, 0);
  });

  test('corrupt saved columns open both, without an error', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('atlas:collapsed', '{"sidebar": tru'));
    const app = new ExplorerPage(page);
    await app.open();
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(panelToggle(page)).toHaveAttribute('aria-expanded', 'true');
  });

  test('narrowing the window folds the sidebar and widening opens it again; each resize re-fits the graph', async ({
    page,
  }) => {
    // Three window sizes, each laid out and drawn again: more than the default time on a busy machine.
    test.slow();
    await page.setViewportSize({ width: 1440, height: 900 });
    const app = new ExplorerPage(page);
    await app.open();
    await page.waitForFunction(() => !(window as unknown as { cy: { animated(): boolean } }).cy.animated());
    // Zoomed in far, the graph spills out of the canvas.
    await page.evaluate(() => {
      (window as unknown as { cy: { zoom(o: object): void } }).cy.zoom({
        level: 3,
        renderedPosition: { x: 0, y: 0 },
      });
    });
    expect(await graphInsideCanvas(page)).toBe(false);

    await page.setViewportSize({ width: 900, height: 650 });
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'false');
    await expect.poll(() => graphInsideCanvas(page)).toBe(true);
    expect((await box(graph(page))).width).toBeGreaterThanOrEqual(450);

    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(sidebarToggle(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(app.search).toBeVisible();
    await expect.poll(() => graphInsideCanvas(page)).toBe(true);
  });
});

test.describe('regions one key away', () => {
  test('F6 and Shift+F6 move focus region by region, the outline included when open', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=ecs');
    const banner = page.getByRole('banner');
    const sidebar = page.getByRole('complementary', { name: 'Search and filters' });
    const side = page.getByRole('complementary', { name: 'Details and study tools' });
    const focusIn = (region: Locator) => expect(region.locator(':focus')).toHaveCount(1);

    await page.keyboard.press('F6');
    await focusIn(banner);
    await page.keyboard.press('F6');
    await focusIn(sidebar);
    await expect(app.search).toBeFocused();
    await page.keyboard.press('F6');
    await expect(graph(page)).toBeFocused();
    await page.keyboard.press('F6');
    await focusIn(side);
    await expect(page.getByRole('tab', { name: 'Details' })).toBeFocused();
    await page.keyboard.press('F6');
    await focusIn(banner);
    await page.keyboard.press('Shift+F6');
    await focusIn(side);
    await page.keyboard.press('Shift+F6');
    await expect(graph(page)).toBeFocused();

    // With the outline open it is a region of its own, between the sidebar and the graph.
    await page.keyboard.press('o');
    await expect(app.outline).toBeVisible();
    await page.keyboard.press('F6');
    await expect(graph(page)).toBeFocused();
    await page.keyboard.press('Shift+F6');
    await focusIn(page.getByRole('navigation', { name: 'Outline' }));
    await page.keyboard.press('Shift+F6');
    await expect(app.search).toBeFocused();

    // A folded column is still a region: F6 lands on its toggle.
    await sidebarToggle(page).click();
    await page.keyboard.press('Shift+F6');
    await focusIn(banner);
    await page.keyboard.press('F6');
    await expect(sidebarToggle(page)).toBeFocused();
  });

  test('skip links appear when focused and reach the graph and the details', async ({ page }) => {
    const app = new ExplorerPage(page);
    await app.open('#node=ecs');
    const toGraph = page.getByRole('link', { name: 'Skip to graph' });
    await expect(toGraph).not.toBeInViewport();
    await page.keyboard.press('Tab');
    await expect(toGraph).toBeFocused();
    await expect(toGraph).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Enter');
    await expect(graph(page)).toBeFocused();

    // From another tool, "Skip to details" brings the Details tab back.
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await page.getByRole('link', { name: 'Skip to details' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tab', { name: 'Details' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    await expect(app.detailsTitle).toHaveText(await app.label('ecs'));
    expect(await app.hash()).toContain('node=ecs');
  });
});
