/**
 * Takes the README's screenshots from the real browser build: `npm run screenshots`.
 * Builds the web UI into a private folder, serves it on a free local port and drives it in Chromium
 * through the same roles and labels the end-to-end tests use.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './find-browser';
import { syntheticGraph } from '../bench/synthetic-graph';
import { startServer } from './serve-web';

const REPO = join(import.meta.dirname, '..');
const OUT_DIR = join(REPO, 'node_modules', '.cache', 'service-atlas-screenshots');
const SHOTS = join(REPO, 'resources', 'screenshots');
/** The Obsidian vault the tests use, as a stand-in for a user's own notes. */
const VAULT = join(REPO, 'graph-data', 'test', 'fixtures', 'obsidian-vault');

async function selectBySearch(page: Page, query: string, label: string) {
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(query);
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option', { name: new RegExp(`^${label}`) })
    .first()
    .click();
  // An empty search box keeps the sidebar on the filters for the picture.
  await search.fill('');
}

async function settle(page: Page) {
  await page.waitForFunction(() => !(window as unknown as { cy: { animated(): boolean } }).cy.animated());
  await page.waitForTimeout(300);
}

/** A fresh page of the app at this size and theme, once the graph is on the canvas. */
async function openApp(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  theme: 'light' | 'dark',
) {
  const context = await browser.newContext({ viewport, colorScheme: theme });
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForFunction(
    () => (window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length,
  );
  return { context, page };
}

async function main() {
  const { build } = await import('vite');
  await build({
    configFile: join(REPO, 'vite.web.config.ts'),
    logLevel: 'error',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });
  const server = await startServer({ port: 0, root: OUT_DIR });
  const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
  try {
    for (const theme of ['light', 'dark'] as const) {
      const { context, page } = await openApp(browser, server.url, { width: 1440, height: 900 }, theme);
      await selectBySearch(page, 'EKS Anywhere', 'Amazon EKS Anywhere');
      await settle(page);
      await page.screenshot({ path: join(SHOTS, `explorer-${theme}.png`) });
      if (theme === 'dark') {
        await context.close();
        continue;
      }

      // Compare: ECS Anywhere, EKS Anywhere and EKS Distro.
      await page.getByRole('tab', { name: 'Compare' }).click();
      const compare = page.getByRole('region', { name: 'Compare', exact: true });
      for (const name of ['Amazon ECS Anywhere', 'Amazon EKS Anywhere', 'Amazon EKS Distro']) {
        const box = compare.getByRole('checkbox', { name, exact: true });
        if (!(await box.isChecked())) await box.check();
      }
      await settle(page);
      await page.screenshot({ path: join(SHOTS, 'study-compare.png') });

      // Cost: the ECS on Fargate example, whose stated total does not add up.
      await page.getByRole('tab', { name: 'Cost' }).click();
      const cost = page.getByRole('region', { name: 'Cost', exact: true });
      await cost
        .getByRole('region', { name: 'Examples from the notes' })
        .getByRole('button', { name: /Fargate/ })
        .first()
        .click();
      await page.screenshot({ path: join(SHOTS, 'study-cost.png') });

      // Path: EKS Anywhere to Kubernetes.
      await page.getByRole('tab', { name: 'Path' }).click();
      const path = page.getByRole('region', { name: 'Path' });
      for (const [end, text, option] of [
        ['From', 'EKS Anywhere', 'Amazon EKS Anywhere'],
        ['To', 'Kubernetes', 'Kubernetes'],
      ] as const) {
        await path.getByRole('combobox', { name: end, exact: true }).fill(text);
        await path
          .getByRole('listbox', { name: `${end} suggestions` })
          .getByRole('option', { name: new RegExp(`^${option},`) })
          .first()
          .click();
      }
      await settle(page);
      await page.screenshot({ path: join(SHOTS, 'study-path.png') });

      // Quiz: one answered question.
      await page.getByRole('tab', { name: 'Quiz' }).click();
      const quiz = page.getByRole('region', { name: 'Quiz' });
      await quiz.getByRole('button', { name: /Start a session|Study ahead/ }).click();
      await quiz.getByRole('article').getByRole('radio').first().check();
      await quiz.getByRole('button', { name: 'Check answer' }).click();
      await settle(page);
      await page.screenshot({ path: join(SHOTS, 'study-quiz.png') });

      // Tours: a step of the ECS family.
      await page.getByRole('tab', { name: 'Tours' }).click();
      await page.getByRole('button', { name: /^The ECS family/ }).click();
      await page.getByRole('button', { name: 'Next step →' }).click();
      await settle(page);
      await page.screenshot({ path: join(SHOTS, 'study-tours.png') });
      await page.getByRole('button', { name: 'End tour' }).click();

      // Your own notes: the fixture Obsidian vault, merged with the built-in graph.
      await page.getByRole('button', { name: 'Open notes…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open your notes' });
      await dialog.getByRole('radio', { name: /with the built-in graph/ }).check();
      await page.getByTestId('notes-folder-input').setInputFiles(VAULT);
      await dialog.getByRole('status').waitFor();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('tab', { name: 'Details' }).click();
      await selectBySearch(page, 'Edge Runner', 'Edge Runner');
      await settle(page);
      await page.screenshot({ path: join(SHOTS, 'own-notes.png') });
      await context.close();
    }
    // A smaller laptop screen, both themes.
    for (const theme of ['light', 'dark'] as const) {
      const { context, page } = await openApp(browser, server.url, { width: 1024, height: 700 }, theme);
      await selectBySearch(page, 'ECS Anywhere', 'Amazon ECS Anywhere');
      await settle(page);
      await page.screenshot({ path: join(SHOTS, `explorer-1024-${theme}.png`) });
      await context.close();
    }
    // A vault of 10,000 generated notes, seen whole once the layout worker has placed it.
    {
      const { context, page } = await openApp(browser, server.url, { width: 1440, height: 900 }, 'light');
      const graph = syntheticGraph({ nodes: 10_000, seed: 5 });
      await page.evaluate((g) => {
        const w = window as unknown as { atlasEngine: { load(g: unknown): unknown } };
        w.atlasEngine.load(g);
      }, graph);
      await page.getByRole('status').filter({ hasText: 'only the relations of what you select' }).waitFor();
      // Drawn at once on a quick placement, until the layout worker's answer replaces it.
      await page.waitForFunction(
        () => (window as unknown as { atlasEngine: { arranging(): number } }).atlasEngine.arranging() === 0,
        undefined,
        { timeout: 300_000 },
      );
      await settle(page);
      await page.screenshot({ path: join(SHOTS, 'large-graph.png') });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`Screenshots written to ${SHOTS}\n`);
}

void main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
