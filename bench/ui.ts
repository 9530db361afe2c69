import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser';
import { startServer } from '../scripts/serve-web';
import type { Graph } from '../graph-data';
import { installProbe, panAndZoom, type GestureTrace, type Sample } from './page-probe';
import { installPlain, plainDocs, plainElements, writePlainPage, PLAIN_PATH } from './plain-page';
import { syntheticGraph } from './synthetic-graph';
import {
  heapMb,
  hoverNodes,
  openGraph,
  rendererInfo,
  selectNodes,
  toggleFilter,
  typeInSearch,
  type Counts,
  type OpenSample,
  type SelectSample,
  type Side,
} from './ui-actions';
import { importInAppRows } from './ui-import';
import { uiRows, type SizeResult, type UiMeasured } from './ui-rows';
import type { Report } from './stats';

const REPO = join(import.meta.dirname, '..');
// Under node_modules/.cache so that git, eslint and prettier never see the build.
const OUT_DIR = join(REPO, 'node_modules', '.cache', 'service-atlas-bench', 'dist-web');

/** Queries typed at scale: words the generated notes use, whole, cut short and misspelt. */
export const SCALE_QUERIES = {
  exact: ['karpenter', 'registry', 'sidecar'],
  prefix: ['karpen', 'regis', 'sideca'],
  misspelt: ['karpneter', 'regsitry', 'sidcar'],
} as const;

/** How much the UI benchmark does; printed with the results so that two runs compare. */
export interface UiPlan {
  sizes: number[];
  builtIn: Counts;
  scale: Counts;
  /** Each query class: warm-up and runs over its three queries. */
  search: Counts;
  gestures: number;
  /** Generated notes opened through the app's Open notes dialog, at each of these sizes. */
  importSizes: number[];
  /** Also open the 1,000-node graph with the app's default force-directed layout (slow). */
  forceLayout: boolean;
  seed: number;
}

type Positions = Record<string, { x: number; y: number }>;

/**
 * Builds the web UI, serves it with a bare Cytoscape page beside it, and measures in Chromium the
 * app and the plain core doing the same work: the four interactions on the built-in graph, then
 * open, select, pan and zoom, search and heap on generated graphs loaded through the engine.
 * Adds its tables to `report`; returns a reason when it cannot run at all.
 */
export async function uiBenchmark(report: Report, plan: UiPlan): Promise<string | undefined> {
  if (!existsSync(join(REPO, 'renderer', 'index.html'))) return 'renderer/index.html does not exist yet';
  if (!existsSync(join(REPO, 'graph-data', 'generated', 'graph.json')))
    return 'graph-data/generated/ is missing; run `npm run build:data` first';
  const { build } = await import('vite');
  await build({
    configFile: join(REPO, 'vite.web.config.ts'),
    logLevel: 'error',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });
  writePlainPage(OUT_DIR);
  await settle();
  const server = await startServer({ port: 0, root: OUT_DIR });
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const graphs = new Map(plan.sizes.map((n) => [n, syntheticGraph({ nodes: n, seed: plan.seed })]));
    const app = await measureApp(browser, server.url, plan, graphs);
    const plain = await measurePlain(browser, server.url, plan, graphs, app);
    const force =
      plan.forceLayout && graphs.has(1000)
        ? await forceOpen(browser, server.url, graphs.get(1000)!)
        : undefined;
    const measured: UiMeasured = { app, plain, force, plan };
    uiRows(report, measured);
    await importInAppRows(browser, server.url, plan.importSizes, report);
    return undefined;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Waits (up to a minute) for the machine to settle after the build: until the one-minute load
 * average is under one busy core, so that the first interactions are not measured beside the
 * build's tail.
 */
async function settle(): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until && loadavg()[0]! >= 1) await new Promise((r) => setTimeout(r, 2_000));
}

async function newPage(
  browser: Browser,
  url: string,
  path: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await context.route(
    (u) => !u.href.startsWith(`${url}/`) && !/^(data|blob):/.test(u.href),
    (r) => r.abort(),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}${path}`);
  return { page, errors };
}

async function openApp(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await newPage(browser, url, '/');
  await opened.page
    .waitForFunction(
      () => ((window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length ?? 0) > 0,
      undefined,
      {
        timeout: 30_000,
      },
    )
    .catch(() => {
      throw new Error(
        `the built UI did not expose window.cy with nodes within 30 s${opened.errors.length ? ` (page error: ${opened.errors[0]})` : ''}`,
      );
    });
  await installProbe(opened.page);
  return opened;
}

/** Puts a graph into the page as `window.__g` (app) or as plain elements and search documents. */
async function hand(page: Page, side: Side, graph: Graph, positions?: Positions): Promise<void> {
  if (side === 'app')
    await page.evaluate((g) => void ((window as unknown as { __g: unknown }).__g = g), graph);
  else
    await page.evaluate(([elements, docs]) => Object.assign(window, { __elements: elements, __docs: docs }), [
      plainElements(graph, positions ?? {}),
      plainDocs(graph),
    ] as const);
}

async function gestures(page: Page, count: number): Promise<GestureTrace> {
  const all: GestureTrace = { gaps: [], longTasks: [] };
  for (let i = 0; i < count; i++) {
    const t = await panAndZoom(page);
    all.gaps.push(...t.gaps);
    all.longTasks.push(...t.longTasks);
  }
  return all;
}

async function searchClasses(page: Page, c: Counts): Promise<Record<keyof typeof SCALE_QUERIES, Sample[]>> {
  const out = {} as Record<keyof typeof SCALE_QUERIES, Sample[]>;
  for (const kind of Object.keys(SCALE_QUERIES) as (keyof typeof SCALE_QUERIES)[])
    out[kind] = (await typeInSearch(page, SCALE_QUERIES[kind], c, false)) ?? [];
  return out;
}

/** What one side measured: the built-in interactions and each generated size. */
export interface SideResult {
  builtIn: {
    idle?: Sample[];
    select: SelectSample[];
    hover: Sample[];
    type: Sample[] | null;
    filter: Sample[] | null;
  };
  sizes: Map<number, SizeResult>;
  renderer: { cytoscape: string; gl: string };
  builtInGraph: Graph;
  positions: Map<number | 'built-in', Positions>;
  webgl?: { size: number; open: Sample; gesture: GestureTrace; renderer: string };
}

async function measureApp(
  browser: Browser,
  url: string,
  plan: UiPlan,
  graphs: Map<number, Graph>,
): Promise<SideResult> {
  const { page, errors } = await openApp(browser, url);
  // Let the first layout and any entrance animation finish before measuring.
  await page.waitForTimeout(2000);
  const renderer = await rendererInfo(page);
  const idle = await page.evaluate(
    ([w, r]) =>
      (window as unknown as import('./page-probe').ProbeWindow).__bench.repeat(w, r, () => () => undefined),
    [plan.builtIn.warmup, plan.builtIn.runs] as const,
  );
  const builtIn = {
    idle,
    select: await selectNodes(page, 'app', plan.builtIn),
    hover: await hoverNodes(page, 'app', plan.builtIn),
    type: await typeInSearch(page, ['fargate'], plan.builtIn, true),
    filter: await toggleFilter(page, 'app', plan.builtIn),
  };
  const builtInGraph = await page.evaluate(() => window.atlasEngine!.data.graph);
  const positions = new Map<number | 'built-in', Positions>();
  positions.set('built-in', await page.evaluate(() => window.atlasEngine!.nodePositions()));
  // The force-directed layout takes minutes at these sizes (see forceOpen): measure with concentric.
  await page.getByRole('combobox', { name: 'Layout' }).selectOption('concentric');
  await page.waitForTimeout(500);
  const heapBase = await heapMb(page);
  const sizes = new Map<number, SizeResult>();
  for (const [n, graph] of graphs) {
    await hand(page, 'app', graph);
    const open = await openGraph(page, 'app');
    const reopen = await openGraph(page, 'app');
    await page.evaluate(() => delete (window as unknown as { __g?: unknown }).__g);
    const result: SizeResult = {
      open,
      reopen,
      select: await selectNodes(page, 'app', plan.scale),
      gesture: await gestures(page, plan.gestures),
      search: await searchClasses(page, plan.search),
    };
    positions.set(n, await page.evaluate(() => window.atlasEngine!.nodePositions()));
    if (n === Math.max(...plan.sizes)) {
      await page.evaluate(() => window.atlasEngine!.fit());
      result.heap = { base: heapBase, loaded: await heapMb(page) };
    }
    sizes.set(n, result);
  }
  if (errors.length > 0) throw new Error(`the app reported errors while measuring: ${errors.join('; ')}`);
  await page.context().close();
  return { builtIn, sizes, renderer, builtInGraph, positions };
}

async function measurePlain(
  browser: Browser,
  url: string,
  plan: UiPlan,
  graphs: Map<number, Graph>,
  app: SideResult,
): Promise<SideResult> {
  const { page, errors } = await newPage(browser, url, PLAIN_PATH);
  await installProbe(page);
  await installPlain(page);
  const plainOpen = async (graph: Graph, positions: Positions | undefined, webgl = false) => {
    await hand(page, 'plain', graph, positions);
    return openGraph(page, 'plain', webgl);
  };
  await plainOpen(app.builtInGraph, app.positions.get('built-in'));
  await page.evaluate(() => (window as unknown as { __plain: { index(): void } }).__plain.index());
  await page.waitForTimeout(300);
  const renderer = await rendererInfo(page);
  const builtIn = {
    select: await selectNodes(page, 'plain', plan.builtIn),
    hover: await hoverNodes(page, 'plain', plan.builtIn),
    type: await typeInSearch(page, ['fargate'], plan.builtIn, true),
    filter: await toggleFilter(page, 'plain', plan.builtIn),
  };
  const destroy = () =>
    page.evaluate(() => (window as unknown as { __plain: { destroy(): void } }).__plain.destroy());
  await destroy();
  const heapBase = await heapMb(page);
  const sizes = new Map<number, SizeResult>();
  const largest = Math.max(...plan.sizes);
  for (const [n, graph] of graphs) {
    const positions = app.positions.get(n);
    const open = await plainOpen(graph, positions);
    await destroy();
    const reopen = await plainOpen(graph, positions);
    await page.evaluate(() => (window as unknown as { __plain: { index(): void } }).__plain.index());
    const result: SizeResult = {
      open,
      reopen,
      select: await selectNodes(page, 'plain', plan.scale),
      gesture: await gestures(page, plan.gestures),
      search: await searchClasses(page, plan.search),
    };
    if (n === largest) {
      await page.evaluate(() => (window as unknown as import('./page-probe').ProbeWindow).cy.fit());
      result.heap = { base: heapBase, loaded: await heapMb(page) };
    }
    sizes.set(n, result);
    await destroy();
  }
  // The same core with Cytoscape's WebGL renderer, on the smallest graph (SwiftShader takes
  // seconds a frame beyond it): open, pan and zoom.
  const smallest = Math.min(...plan.sizes);
  const webglOpen = await plainOpen(graphs.get(smallest)!, app.positions.get(smallest), true);
  await page.waitForTimeout(300);
  const webgl = {
    size: smallest,
    open: webglOpen,
    gesture: await gestures(page, 1),
    renderer: (await rendererInfo(page)).cytoscape,
  };
  await destroy();
  if (errors.length > 0)
    throw new Error(`the plain page reported errors while measuring: ${errors.join('; ')}`);
  await page.context().close();
  return { builtIn, sizes, renderer, builtInGraph: app.builtInGraph, positions: app.positions, webgl };
}

/** The app opening the 1,000-node graph with its default force-directed layout (one run). */
async function forceOpen(browser: Browser, url: string, graph: Graph): Promise<{ open: OpenSample }> {
  const { page } = await openApp(browser, url);
  await page.waitForTimeout(1000);
  await hand(page, 'app', graph);
  const open = await openGraph(page, 'app');
  await page.context().close();
  return { open };
}
