import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser';
import { startServer } from '../scripts/serve-web';
import { timingRow, type Row } from './stats';

const REPO = join(import.meta.dirname, '..');
// Under node_modules/.cache so that git, eslint and prettier never see the build.
const OUT_DIR = join(REPO, 'node_modules', '.cache', 'service-atlas-bench', 'dist-web');
const WARMUP = 5;
const RUNS = 20;
const FRAME_GOAL_MS = 16;
const LAYOUT_GOAL_MS = 1000;

/** Either rows, or the reason the UI timings were skipped. */
export type UiResult = { rows: Row[]; notes: string[] } | { skipped: string };

/**
 * Builds the web UI into node_modules/.cache/service-atlas-bench, serves it locally and measures, inside Chromium, how long
 * the main thread is busy after an interaction: from the action until its tasks have run and the
 * next frame has been drawn (its animation-frame callbacks and the browser's style, layout, paint
 * and commit), leaving out idle time spent waiting for that frame. Chromium runs headless with
 * --disable-gpu here, so canvases and pages are rasterised in software: the numbers are an upper
 * bound for a machine that draws with its GPU.
 */
export async function uiTimings(): Promise<UiResult> {
  if (!existsSync(join(REPO, 'renderer', 'index.html')))
    return { skipped: 'renderer/index.html does not exist yet' };
  if (!existsSync(join(REPO, 'graph-data', 'generated', 'graph.json'))) {
    return { skipped: 'graph-data/generated/ is missing; run `npm run build:data` first' };
  }
  const { build } = await import('vite');
  await build({
    configFile: join(REPO, 'vite.web.config.ts'),
    logLevel: 'error',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });

  const server = await startServer({ port: 0, root: OUT_DIR });
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    await context.route(
      (url) => !url.href.startsWith(`${server.url}/`) && !/^(data|blob):/.test(url.href),
      (r) => r.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/`);
    const ready = await page
      .waitForFunction(
        () => ((window as unknown as { cy?: { nodes(): { length: number } } }).cy?.nodes().length ?? 0) > 0,
        undefined,
        {
          timeout: 20_000,
        },
      )
      .then(() => true)
      .catch(() => false);
    if (!ready)
      return {
        skipped: `the built UI did not expose window.cy with nodes within 20 s${errors.length ? ` (page error: ${errors[0]})` : ''}`,
      };
    // Let the first layout and any entrance animation finish before measuring.
    await page.waitForTimeout(2000);
    await installProbe(page);

    const rows: Row[] = [];
    const notes: string[] = [];
    // Start-up: the first force-directed layout, measured by the app itself (a user-timing entry).
    const layout = await page.evaluate(() =>
      performance.getEntriesByName('layout fcose').map((e) => e.duration),
    );
    if (layout.length)
      rows.push(timingRow('UI: first force-directed layout (start-up)', layout, LAYOUT_GOAL_MS));
    if (CHROMIUM_ARGS.includes('--disable-gpu')) {
      notes.push(
        'UI: Chromium draws in software here (--disable-gpu), canvases included: read these as upper bounds.',
      );
    }
    // Calibration: what the method reports when the interaction does nothing at all.
    const idle = await page.evaluate(
      ([warmup, runs]) => (window as unknown as BenchWindow).__bench.nothing(warmup, runs),
      [WARMUP, RUNS] as const,
    );
    rows.push(timingRow('UI: no-op (measuring overhead)', idle, FRAME_GOAL_MS));
    const select = await page.evaluate(
      ([warmup, runs]) => (window as unknown as BenchWindow).__bench.selectNodes(warmup, runs),
      [WARMUP, RUNS] as const,
    );
    rows.push(timingRow('UI: select a node (tap)', select, FRAME_GOAL_MS));

    const typed = await page.evaluate(
      ([warmup, runs]) => (window as unknown as BenchWindow).__bench.typeCharacters(warmup, runs),
      [WARMUP, RUNS] as const,
    );
    if (typed) rows.push(timingRow('UI: type a character in Search', typed, FRAME_GOAL_MS));
    else notes.push('UI: no search box named "Search" was found, so typing was not measured.');

    const toggled = await page.evaluate(
      ([warmup, runs]) => (window as unknown as BenchWindow).__bench.toggleFilter(warmup, runs),
      [WARMUP, RUNS] as const,
    );
    if (toggled) rows.push(timingRow('UI: toggle a filter checkbox', toggled, FRAME_GOAL_MS));
    else notes.push('UI: no filter checkbox was found, so toggling was not measured.');
    if (errors.length > 0) throw new Error(`the page reported errors while measuring: ${errors.join('; ')}`);
    return { rows, notes };
  } finally {
    await browser.close();
    await server.close();
  }
}

interface BenchWindow {
  __bench: {
    nothing(warmup: number, runs: number): Promise<number[]>;
    selectNodes(warmup: number, runs: number): Promise<number[]>;
    typeCharacters(warmup: number, runs: number): Promise<number[] | null>;
    toggleFilter(warmup: number, runs: number): Promise<number[] | null>;
  };
}

/** Installs window.__bench: the in-page measuring code (runs in the browser, so it is self-contained). */
async function installProbe(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps named inner functions in __name(), which the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(() => {
    type Cy = {
      nodes(): { map<T>(f: (n: { id(): string }) => T): T[] };
      $id(id: string): { emit(event: string): void };
    };
    const cy = (window as unknown as { cy: Cy }).cy;
    const hop = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    // Busy time of one interaction: run it, let every task it queued run (React may render in
    // several slices), then count the work of the next frame: the animation-frame callbacks that ran
    // before ours (both Cytoscape canvases draw there), and then the browser's own rendering of that
    // frame (style, layout, paint and commit of what changed), which runs after the callbacks and
    // before the next task; a message posted from our callback arrives once it is done.
    const measure = async (action: () => void): Promise<number> => {
      const t0 = performance.now();
      action();
      let quiet = 0;
      for (let i = 0; i < 200 && quiet < 2; i++) {
        const h0 = performance.now();
        await hop();
        await new Promise((r) => setTimeout(r, 0));
        quiet = performance.now() - h0 < 1 ? quiet + 1 : 0;
      }
      const settled = performance.now();
      const frame = await new Promise<number>((resolve) =>
        requestAnimationFrame((frameStart) => {
          const callbacks = Math.max(0, performance.now() - frameStart);
          const rendering = performance.now();
          void hop().then(() => resolve(callbacks + performance.now() - rendering));
        }),
      );
      return settled - t0 + frame;
    };
    const repeat = async (warmup: number, runs: number, step: (i: number) => () => void) => {
      const samples: number[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const t = await measure(step(i));
        if (i >= warmup) samples.push(t);
      }
      return samples;
    };
    const searchBox = (): HTMLInputElement | null => {
      const inputs = [...document.querySelectorAll<HTMLInputElement>('input')];
      const named = (i: HTMLInputElement) =>
        i.getAttribute('aria-label')?.trim() === 'Search' ||
        [...(i.labels ?? [])].some((l) => l.textContent?.trim() === 'Search');
      return (
        inputs.find((i) => (i.type === 'search' || i.getAttribute('role') === 'searchbox') && named(i)) ??
        inputs.find(named) ??
        null
      );
    };
    const setValue = (input: HTMLInputElement, value: string, data: string | null) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
      input.dispatchEvent(
        new InputEvent('input', {
          bubbles: true,
          data,
          inputType: data ? 'insertText' : 'deleteContentBackward',
        }),
      );
    };
    (window as unknown as BenchWindow).__bench = {
      nothing: (warmup, runs) => repeat(warmup, runs, () => () => undefined),
      selectNodes: (warmup, runs) => {
        const ids = cy
          .nodes()
          .map((n) => n.id())
          .sort();
        return repeat(warmup, runs, (i) => () => cy.$id(ids[(i * 7) % ids.length]!).emit('tap'));
      },
      typeCharacters: async (warmup, runs) => {
        const input = searchBox();
        if (!input) return null;
        input.focus();
        const word = 'fargate';
        const samples = await repeat(warmup, runs, (i) => () => {
          const at = i % word.length;
          const ch = word[at]!;
          if (at === 0) setValue(input, '', null);
          input.dispatchEvent(new KeyboardEvent('keydown', { key: ch, bubbles: true }));
          setValue(input, word.slice(0, at + 1), ch);
          input.dispatchEvent(new KeyboardEvent('keyup', { key: ch, bubbles: true }));
        });
        setValue(input, '', null);
        return samples;
      },
      toggleFilter: async (warmup, runs) => {
        const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter(
          (b) => !b.disabled && b.offsetParent !== null,
        );
        const inFilters = boxes.find((b) =>
          /filter|compliance|hosting|kind/i.test(
            b.closest('fieldset, section, aside, [role="group"], form')?.textContent ?? '',
          ),
        );
        const box = inFilters ?? boxes[0];
        if (!box) return null;
        const before = box.checked;
        const samples = await repeat(warmup, runs, () => () => box.click());
        if (box.checked !== before) box.click();
        return samples;
      },
    };
  });
}
