import { test as base, expect, type BrowserContext, type Page, type Response } from '@playwright/test';

/** What the offline guard saw: requests that would have left the machine, and page errors. */
export interface OfflineGuard {
  /** Origin that may be reached, e.g. http://127.0.0.1:4174. */
  readonly origin: string;
  /** "GET http://example.com/ (from http://127.0.0.1:4174/)", one per blocked request or socket. */
  readonly blocked: string[];
  /** "console.error: ...", "pageerror: ...", one per error the pages reported. */
  readonly errors: string[];
  /** Tolerates console errors matching a pattern (for tests that provoke one on purpose). */
  ignoreErrors(pattern: RegExp): void;
  /** Throws one message listing every blocked request and page error, if there were any. */
  assertClean(): void;
}

/** Whether a URL stays on this machine: the test server's origin, data: or blob:. */
export function isAllowedUrl(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  return url === origin || url.startsWith(`${origin}/`);
}

function describeFrame(page: Page | null): string {
  try {
    return page ? page.url() : 'no page';
  } catch {
    return 'closed page';
  }
}

/**
 * Blocks and records every request a context's pages make beyond `origin`, and records their console
 * errors and uncaught exceptions. The auto fixture below installs it on every test's context; the
 * offline spec installs it on a context of its own to prove that it catches what it should.
 */
export async function installOfflineGuard(context: BrowserContext, origin: string): Promise<OfflineGuard> {
  const blocked: string[] = [];
  const errors: string[] = [];
  const ignored: RegExp[] = [];
  const seen = new Set<string>();
  const record = (what: string) => {
    if (!seen.has(what)) {
      seen.add(what);
      blocked.push(what);
    }
  };

  await context.route(
    (url) => !isAllowedUrl(url.href, origin),
    async (route) => {
      const request = route.request();
      record(`${request.method()} ${request.url()} (from ${describeFrame(request.frame().page())})`);
      await route.abort('blockedbyclient');
    },
  );
  await context.routeWebSocket(
    (url) => !isAllowedUrl(url.href.replace(/^ws/, 'http'), origin),
    (ws) => {
      record(`WEBSOCKET ${ws.url()}`);
      void ws.close({ code: 1008, reason: 'blocked by the offline guard' });
    },
  );

  const watch = (page: Page) => {
    // A second record of anything the route did not see (it should see everything).
    page.on('request', (request) => {
      if (!isAllowedUrl(request.url(), origin))
        record(`${request.method()} ${request.url()} (from ${describeFrame(page)})`);
    });
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      // The guard's own aborts surface as "Failed to load resource"; the request list already names them.
      if (/net::ERR_BLOCKED_BY_CLIENT/.test(text)) return;
      const where = msg.location().url ? ` (${msg.location().url}:${msg.location().lineNumber})` : '';
      errors.push(`console.error: ${text}${where}`);
    });
    page.on('pageerror', (err) => errors.push(`pageerror: ${err.stack ?? err.message}`));
    page.on('crash', () => errors.push(`crash: the page ${describeFrame(page)} crashed`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  return {
    origin,
    blocked,
    errors,
    ignoreErrors(pattern) {
      ignored.push(pattern);
    },
    assertClean() {
      const realErrors = errors.filter((e) => !ignored.some((p) => p.test(e)));
      const parts: string[] = [];
      if (blocked.length > 0) {
        parts.push(
          `The app tried to reach ${blocked.length} address(es) beyond ${origin} (only it, data: and blob: are allowed; the requests were blocked):\n` +
            blocked.map((b) => `  - ${b}`).join('\n'),
        );
      }
      if (realErrors.length > 0) {
        parts.push(
          `The page reported ${realErrors.length} error(s):\n` + realErrors.map((e) => `  - ${e}`).join('\n'),
        );
      }
      if (parts.length > 0) throw new Error(parts.join('\n\n'));
    },
  };
}

interface Fixtures {
  offlineGuard: OfflineGuard;
}

/** Playwright's `test`, with every page kept offline and error-free (checked after each test). */
export const test = base.extend<Fixtures>({
  offlineGuard: [
    async ({ context, baseURL }, use) => {
      if (!baseURL) throw new Error('playwright.config.ts must set use.baseURL for the offline guard.');
      const guard = await installOfflineGuard(context, new URL(baseURL).origin);
      await use(guard);
      guard.assertClean();
    },
    { auto: true },
  ],
});

export { expect };

/** The slice of the Cytoscape core that tests read through `window.cy`. */
export interface CyProbe {
  nodes(selector?: string): { length: number };
}

const APP_READY_TIMEOUT = 20_000;

/**
 * Opens the app at '/' (plus an optional '#hash') and waits until the UI has exposed its Cytoscape
 * core as `window.cy` with at least one node. Returns the main document's response.
 */
export async function gotoApp(page: Page, hash?: string): Promise<Response | null> {
  const suffix = hash ? (hash.startsWith('#') ? hash : `#${hash}`) : '';
  const response = await page.goto(`/${suffix}`, { waitUntil: 'domcontentloaded' });
  if (!response || !response.ok()) {
    throw new Error(
      `The app's page did not load (HTTP ${response?.status() ?? 'no response'}); is dist-web/ built?`,
    );
  }
  try {
    await page.waitForFunction(
      () => {
        const cy = (window as unknown as { cy?: CyProbe }).cy;
        try {
          return Boolean(cy && typeof cy.nodes === 'function' && cy.nodes().length > 0);
        } catch {
          return false;
        }
      },
      undefined,
      { timeout: APP_READY_TIMEOUT, polling: 100 },
    );
  } catch {
    const state = await page
      .evaluate(() => {
        const cy = (window as unknown as { cy?: unknown }).cy;
        return cy === undefined ? 'window.cy is undefined' : 'window.cy exists but has no nodes';
      })
      .catch(() => 'the page could not be inspected');
    throw new Error(`The app was not ready within ${APP_READY_TIMEOUT / 1000} s: ${state}.`);
  }
  return response;
}

/** The number of nodes in the app's graph, read through `window.cy`. */
export function nodeCount(page: Page, selector?: string): Promise<number> {
  return page.evaluate((sel) => {
    const cy = (window as unknown as { cy?: CyProbe }).cy;
    return cy ? cy.nodes(sel).length : 0;
  }, selector);
}

/** Waits until the app has saved every change so far (window.atlasUserData, see renderer/state/user-data.ts). */
export async function userDataSaved(page: Page): Promise<void> {
  await page.evaluate(() =>
    (window as unknown as { atlasUserData: { flush(): Promise<void> } }).atlasUserData.flush(),
  );
}
