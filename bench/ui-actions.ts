import type { Page } from '@playwright/test';
import type { Sample, ProbeWindow } from './page-probe';
import type { Plain } from './plain-page';

/*
 * The interactions the UI benchmark measures, each done the same way in the app (through its real
 * event handlers: a Cytoscape tap or mouseover, the search box's input event, a filter checkbox) and
 * in the plain page (window.__plain). Every function returns the probe's samples.
 */

export type Side = 'app' | 'plain';
type W = ProbeWindow & { __plain: Plain };

/** Fixed counts, printed with the results. */
export interface Counts {
  warmup: number;
  runs: number;
}

/**
 * A selection: its own work until painted; the frame after it (where the app draws the details
 * panel); and the frames of the camera's move to it, if any.
 */
export interface SelectSample extends Sample {
  next: Sample;
  glide: number[];
}

/**
 * Select a node and light its neighbourhood, until painted, then the frame after it: the app renders
 * the details panel there, so that neither frame holds both, and both are measured. Where the camera
 * then glides to the neighbourhood (300 ms on a small graph), the next selection waits for it to end,
 * as a user watching it would: its frames are recorded as `glide`, not counted in the next selection.
 */
export function selectNodes(page: Page, side: Side, c: Counts): Promise<SelectSample[]> {
  return page.evaluate(
    async ([side, warmup, runs]) => {
      const w = window as unknown as W;
      const order = w.__bench.order();
      const samples: SelectSample[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const id = order[i % order.length]!;
        const s = await w.__bench.measure(() => {
          if (side === 'app') w.cy.$id(id).emit('tap');
          else w.__plain.select(id);
        });
        const next = await w.__bench.measure(() => {});
        const glide = await w.__bench.settleCamera();
        if (i >= warmup) samples.push({ ...s, next, glide });
      }
      return samples;
    },
    [side, c.warmup, c.runs] as const,
  );
}

/** Hover a node (its neighbourhood lit, the rest dimmed), then leave it; both are samples. */
export function hoverNodes(page: Page, side: Side, c: Counts): Promise<Sample[]> {
  return page.evaluate(
    ([side, warmup, runs]) => {
      const w = window as unknown as W;
      const order = w.__bench.order();
      return w.__bench.repeat(warmup, runs, (i) => () => {
        const id = order[Math.floor(i / 2) % order.length]!;
        const over = i % 2 === 0;
        if (side === 'app') w.cy.$id(id).emit(over ? 'mouseover' : 'mouseout');
        else w.__plain.hover(over ? id : null);
      });
    },
    [side, c.warmup, c.runs] as const,
  );
}

/** A keystroke in Search: `painted` when the first hits are shown, `settled` when all of them are. */
export interface SearchSample extends Sample {
  settled?: number;
}

/**
 * Types queries into the search box, one keystroke at a time when `eachKey`, else only the last
 * keystroke of each query is measured (the one that turns it into an exact, prefix or misspelt query).
 */
export function typeInSearch(
  page: Page,
  queries: readonly string[],
  c: Counts,
  eachKey: boolean,
): Promise<SearchSample[] | null> {
  return page.evaluate(
    async ([queries, warmup, runs, eachKey]) => {
      const w = window as unknown as W;
      const input = [...document.querySelectorAll<HTMLInputElement>('input')].find(
        (i) => i.getAttribute('aria-label') === 'Search',
      );
      if (!input) return null;
      input.focus();
      const steps: string[] = [];
      for (const q of queries) {
        if (eachKey) for (let k = 1; k <= q.length; k++) steps.push(q.slice(0, k));
        else steps.push(q);
      }
      const samples: SearchSample[] = [];
      for (let i = 0; i < warmup + runs; i++) {
        const value = steps[i % steps.length]!;
        // Unmeasured: the query as it stood before this keystroke.
        await w.__bench.measure(() => w.__bench.setInput(input, value.slice(0, -1)));
        const t0 = performance.now();
        const s: SearchSample = await w.__bench.measure(() => w.__bench.setInput(input, value));
        s.settled = s.painted;
        // On a large graph the app lists the name matches within the keystroke and the full-text
        // hits come from the search worker a little later (the list says aria-busy meanwhile):
        // "painted" is the first frame with hits in the list, "settled" the frame with the worker's.
        const busyList = () => document.querySelector('[role="listbox"][aria-busy="true"]');
        if (busyList()) {
          const listed = busyList()!.querySelector('[role="option"]') !== null;
          while (busyList()) await new Promise((r) => requestAnimationFrame(r));
          await new Promise((r) => requestAnimationFrame(r));
          s.settled = performance.now() - t0;
          if (!listed) s.painted = s.settled;
        }
        if (i >= warmup) samples.push(s);
      }
      await w.__bench.measure(() => w.__bench.setInput(input, ''));
      return samples;
    },
    [queries, c.warmup, c.runs, eachKey] as const,
  );
}

/** Toggles a filter: the app's first visible filter checkbox; the plain page hides or shows a kind. */
export function toggleFilter(page: Page, side: Side, c: Counts): Promise<Sample[] | null> {
  return page.evaluate(
    async ([side, warmup, runs]) => {
      const w = window as unknown as W;
      if (side === 'plain')
        return w.__bench.repeat(warmup, runs, () => () => w.__plain.toggleKind('component'));
      const boxes = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].filter(
        (b) => !b.disabled && b.offsetParent !== null,
      );
      const box =
        boxes.find((b) =>
          /filter|compliance|hosting|kind/i.test(
            b.closest('fieldset, section, aside, [role="group"], form')?.textContent ?? '',
          ),
        ) ?? boxes[0];
      if (!box) return null;
      const before = box.checked;
      const samples = await w.__bench.repeat(warmup, runs, () => () => box.click());
      if (box.checked !== before) box.click();
      return samples;
    },
    [side, c.warmup, c.runs] as const,
  );
}

/** An open: until its first frame is drawn, and (`arranged`, the app) until its layout is in place. */
export type OpenSample = Sample & { arranged: number };

/**
 * Opens the graph held in `window.__g` (app: engine.load) or `window.__elements` (plain), until
 * drawn; then waits until the app's layout worker has put the nodes in their places (a large graph
 * is drawn first on a quick placement), so that what is measured next is done on the laid-out
 * graph, as the plain core's is, and a second open finds the layout kept.
 */
export function openGraph(page: Page, side: Side, webgl = false): Promise<OpenSample> {
  return page.evaluate(
    async ([side, webgl]) => {
      const w = window as unknown as W & {
        atlasEngine: {
          load(g: unknown): { ok: boolean; message?: string };
          arranging(): number;
          onArranging(listener: () => void): () => void;
        };
      };
      let problem: string | undefined;
      const t0 = performance.now();
      const s = await w.__bench.measure(() => {
        if (side === 'plain') return w.__plain.open(webgl);
        const result = w.atlasEngine.load((w as unknown as { __g: unknown }).__g);
        if (!result.ok) problem = result.message;
      });
      if (problem) throw new Error(problem);
      if (side === 'app' && w.atlasEngine.arranging() > 0) {
        await new Promise<void>((resolve, reject) => {
          const late = setTimeout(() => {
            stop();
            reject(new Error('the layout was not in place after 5 minutes'));
          }, 300_000);
          const stop = w.atlasEngine.onArranging(() => {
            if (w.atlasEngine.arranging() > 0) return;
            stop();
            clearTimeout(late);
            resolve();
          });
        });
        // The frame that draws the nodes in their places.
        await w.__bench.measure(() => undefined);
      }
      return { ...s, arranged: performance.now() - t0 };
    },
    [side, webgl] as const,
  );
}

/** The JavaScript heap in use after garbage collection, in MB (Chrome DevTools Protocol). */
export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    let used = Number.POSITIVE_INFINITY;
    // Until it stops shrinking: one collection can leave garbage that the next one frees.
    for (let i = 0; i < 4; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      const now = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      if (now >= used - 256 * 1024) break;
      used = now;
    }
    return Math.min(used, (await cdp.send('Runtime.getHeapUsage')).usedSize) / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

/** Which Cytoscape renderer a page's core uses, and which GL the browser offers. */
export function rendererInfo(page: Page): Promise<{ cytoscape: string; gl: string }> {
  return page.evaluate(() => {
    const w = window as unknown as {
      cy?: { _private?: { options?: { renderer?: { name?: string; webgl?: boolean } } } };
    };
    const r = w.cy?._private?.options?.renderer;
    const cytoscape = `${r?.name ?? 'canvas'} renderer, webgl: ${r?.webgl ? 'true' : 'false'}`;
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { cytoscape, gl: 'no WebGL 2' };
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return { cytoscape, gl: `${renderer} (${String(gl.getParameter(gl.VERSION))})` };
  });
}
