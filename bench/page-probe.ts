import type { Page } from '@playwright/test';

/** One interaction measured in the page: main-thread busy time and wall time until painted (ms). */
export interface Sample {
  busy: number;
  painted: number;
}

/** What a gesture recorder saw: the gaps between frames and the long tasks (ms). */
export interface GestureTrace {
  gaps: number[];
  longTasks: number[];
}

/** The measuring tools `installProbe` puts on `window.__bench` (they run in the page). */
export interface Probe {
  measure(action: () => void): Promise<Sample>;
  repeat(warmup: number, runs: number, step: (i: number) => () => void): Promise<Sample[]>;
  startGesture(): void;
  stopGesture(): Promise<GestureTrace>;
  setInput(input: HTMLInputElement, value: string): void;
  /** The core's node ids in a fixed order: every 7919th (a prime) of the sorted ids. */
  order(): string[];
  /** Waits, unmeasured, for the camera to stop moving; returns the gaps between the frames it drew. */
  settleCamera(): Promise<number[]>;
}

/** `window` as the measuring code sees it. */
export type ProbeWindow = Window & { __bench: Probe; cy: import('cytoscape').Core };

/**
 * Installs window.__bench in a page: the in-page measuring code, self-contained because it runs in
 * the browser. `measure` runs an action, lets every task it queued run (React may render in several
 * slices), then waits for the next frame: the animation-frame callbacks that ran before ours
 * (Cytoscape draws there) and the browser's own rendering of that frame (style, layout, paint,
 * commit), which ends before a message posted from our callback arrives. `busy` leaves out the idle
 * wait for that frame; `painted` is the wall time from the action until the frame is drawn.
 */
export async function installProbe(page: Page): Promise<void> {
  // tsx (esbuild keepNames) wraps named inner functions in __name(), which the page does not have.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(() => {
    const hop = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    const measure = async (action: () => void) => {
      const t0 = performance.now();
      action();
      let quiet = 0;
      for (let i = 0; i < 400 && quiet < 2; i++) {
        const h0 = performance.now();
        await hop();
        await new Promise((r) => setTimeout(r, 0));
        quiet = performance.now() - h0 < 1 ? quiet + 1 : 0;
      }
      const settled = performance.now();
      const frame = await new Promise<{ work: number; end: number }>((resolve) =>
        requestAnimationFrame((frameStart) => {
          const callbacks = Math.max(0, performance.now() - frameStart);
          const rendering = performance.now();
          void hop().then(() => {
            const end = performance.now();
            resolve({ work: callbacks + end - rendering, end });
          });
        }),
      );
      return { busy: settled - t0 + frame.work, painted: frame.end - t0 };
    };
    let gesture: {
      frames: number[];
      longTasks: number[];
      observer?: PerformanceObserver;
      on: boolean;
    } | null = null;
    (window as unknown as ProbeWindow).__bench = {
      measure,
      async repeat(warmup, runs, step) {
        const samples = [];
        for (let i = 0; i < warmup + runs; i++) {
          const s = await measure(step(i));
          if (i >= warmup) samples.push(s);
        }
        return samples;
      },
      startGesture() {
        const g = { frames: [] as number[], longTasks: [] as number[], on: true } as NonNullable<
          typeof gesture
        >;
        const tick = (t: number) => {
          if (!g.on) return;
          g.frames.push(t);
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
          g.observer = new PerformanceObserver((list) => {
            for (const e of list.getEntries()) g.longTasks.push(e.duration);
          });
          g.observer.observe({ type: 'longtask' });
        }
        gesture = g;
      },
      async stopGesture() {
        const g = gesture!;
        // One more frame, so that the last event's drawing is counted.
        await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        g.on = false;
        g.observer?.takeRecords().forEach((e) => g.longTasks.push(e.duration));
        g.observer?.disconnect();
        gesture = null;
        return { gaps: g.frames.slice(1).map((t, i) => t - g.frames[i]!), longTasks: g.longTasks };
      },
      order() {
        const ids = (window as unknown as ProbeWindow).cy
          .nodes()
          .map((n) => n.id())
          .sort();
        return ids.map((_, i) => ids[(i * 7919) % ids.length]!);
      },
      async settleCamera() {
        const cy = (window as unknown as ProbeWindow).cy;
        const frames: number[] = [];
        while (cy.animated() && frames.length < 600)
          frames.push(await new Promise<number>((r) => requestAnimationFrame(r)));
        return frames.slice(1).map((t, i) => t - frames[i]!);
      },
      setInput(input, value) {
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
        input.dispatchEvent(
          new InputEvent('input', { bubbles: true, data: value.slice(-1), inputType: 'insertText' }),
        );
      },
    };
  });
}

/**
 * Drags across the middle of the core's canvas and then zooms in and out with the wheel, through real
 * input events (so Cytoscape's gesture handling runs), while the page records its frames.
 */
export async function panAndZoom(page: Page): Promise<GestureTrace> {
  // A point of the canvas that no node covers, near its middle, so that the drag pans.
  const spot = await page.evaluate(() => {
    const cy = (window as unknown as ProbeWindow).cy;
    const box = cy.container()!.getBoundingClientRect();
    const boxes = cy.nodes(':visible').map((n) => n.renderedBoundingBox({}));
    for (let r = 0; r < 40; r++) {
      for (let a = 0; a < 8; a++) {
        const x = cy.width() / 2 + r * 8 * Math.cos((a * Math.PI) / 4);
        const y = cy.height() / 2 + r * 8 * Math.sin((a * Math.PI) / 4);
        if (!boxes.some((b) => x >= b.x1 - 4 && x <= b.x2 + 4 && y >= b.y1 - 4 && y <= b.y2 + 4))
          return { x: box.x + x, y: box.y + y };
      }
    }
    return { x: box.x + 5, y: box.y + 5 };
  });
  const { x, y } = spot;
  await page.mouse.move(x, y);
  await page.evaluate(() => (window as unknown as ProbeWindow).__bench.startGesture());
  await page.mouse.down();
  // Each event waits for the page to take it, so a slow frame slows the gesture: few, long steps.
  await page.mouse.move(x + 200, y + 120, { steps: 12 });
  await page.mouse.move(x, y, { steps: 12 });
  await page.mouse.up();
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, i < 4 ? -120 : 120);
  return page.evaluate(() => (window as unknown as ProbeWindow).__bench.stopGesture());
}
