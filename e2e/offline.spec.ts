import { expect, gotoApp, installOfflineGuard, nodeCount, test } from './fixtures';

test.describe('offline: the app works with nothing beyond its own server', () => {
  test('loads the graph, searches and selects without any outside request', async ({ page }) => {
    const response = await gotoApp(page);
    // The web build carries the same strict policy as the desktop window.
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(await nodeCount(page)).toBeGreaterThan(0);

    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('fargate');
    await expect(
      page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
    ).toContainText('Fargate');
    await search.fill('');

    // Select a node the way a click on the canvas does; the app must not fetch anything for it.
    const label = await page.evaluate(() => {
      type Cy = { nodes(): { first(): { data(k: string): string; emit(e: string): void } } };
      const node = (window as unknown as { cy: Cy }).cy.nodes().first();
      node.emit('tap');
      return node.data('label');
    });
    await expect(
      page.getByRole('region', { name: 'Details', exact: true }).getByRole('heading', { level: 2 }),
    ).toHaveText(label);
  });
});

test.describe('the offline guard itself', () => {
  test('records and blocks requests beyond the test server, and lets local ones through', async ({
    browser,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const context = await browser.newContext({ baseURL: origin });
    try {
      const guard = await installOfflineGuard(context, origin);
      // A blank page of our own origin, so that relative URLs resolve against the test server.
      await context.route(`${origin}/offline-guard-probe`, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
      );
      const page = await context.newPage();
      await page.goto('/offline-guard-probe');
      const outcome = await page.evaluate(async () => {
        const attempt = async (url: string) => {
          try {
            const res = await fetch(url, { mode: 'no-cors' });
            return `reached (${res.type})`;
          } catch {
            return 'blocked';
          }
        };
        return {
          remote: await attempt('http://example.com/tracker.js'),
          local: await attempt('/index.html'),
        };
      });
      await page.setContent('<img src="https://example.org/pixel.png" alt="">');
      await expect.poll(() => guard.blocked.length).toBe(2);

      expect(outcome.remote).toBe('blocked');
      expect(outcome.local).toMatch(/^reached/);
      expect(guard.blocked.join('\n')).toContain('http://example.com/tracker.js');
      expect(guard.blocked.join('\n')).toContain('https://example.org/pixel.png');
      expect(guard.blocked.join('\n')).not.toContain('/index.html');
      expect(() => guard.assertClean()).toThrow(/example\.com\/tracker\.js[\s\S]*example\.org\/pixel\.png/);

      // The guard also reports console errors and uncaught exceptions.
      await page.evaluate(() => {
        console.error('probe: a console error');
        setTimeout(() => {
          throw new Error('probe: an uncaught exception');
        });
      });
      await expect.poll(() => guard.errors.length).toBe(2);
      expect(() => guard.assertClean()).toThrow(/probe: a console error[\s\S]*probe: an uncaught exception/);
    } finally {
      await context.close();
    }
  });

  test('fails a test whose page calls out (expected to fail)', async ({ page }) => {
    // If the auto fixture let this pass, Playwright would report "expected to fail, but passed".
    test.fail();
    // Nothing here asserts: only the fixture's check after the test can make it fail.
    await page.setContent('<p>probe</p>');
    await page.evaluate(() => fetch('http://example.com/', { mode: 'no-cors' }).catch(() => undefined));
  });
});
