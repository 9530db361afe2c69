import type { GestureTrace, Sample } from './page-probe';
import type { OpenSample, SearchSample, SelectSample } from './ui-actions';
import { compareRow, type Report, type Row } from './stats';
import type { SideResult, UiPlan } from './ui';

/** What one side measured on one generated graph. */
export interface SizeResult {
  open: OpenSample;
  reopen: OpenSample;
  select: SelectSample[];
  gesture: GestureTrace;
  search: Record<'exact' | 'prefix' | 'misspelt', SearchSample[]>;
  /** JavaScript heap in MB after garbage collection: before any generated graph, and with this one drawn. */
  heap?: { base: number; loaded: number };
}

export interface UiMeasured {
  app: SideResult;
  plain: SideResult;
  force?: { open: OpenSample };
  plan: UiPlan;
}

/*
 * Why a goal is missed and what would meet it, one line each. They name what the numbers point at:
 * the benchmark cannot see inside the app, so each says where the time goes on this machine.
 */
const WHY = {
  builtIn:
    "within a few milliseconds of the plain core, which lands at or near the frame itself on this machine: most of the time is the software raster of the canvas and the panels' DOM layout, not JavaScript; compare the ratio, and read the figure again on a machine with a GPU",
  builtInSelect:
    "the click's frame redraws the canvas in software and restyles every lit neighbour and its name (a service lights most of the graph); the details panel (hundreds of DOM elements) is drawn in the frame after; the plain core only recolours its nodes; a GPU for the canvas",
  select:
    "a selection frames its neighbourhood close up, so every node then on screen is drawn afresh at a new zoom in software (and, leaving a large graph's overview, its relations come back); the plain peer only recolours in place; meeting it needs WebGL on a real GPU (here WebGL runs on SwiftShader, slower than the 2D canvas)",
  gap: 'pans and zooms move a picture of the graph without its edges (textureOnViewport, hideEdgesOnViewport); the slow frames are the first picture of a gesture and the full redraw when it ends, each one software frame of every element; a GPU',
  task: "the first and the last frame of a gesture draw every node in software; Cytoscape's renderer cannot draw a frame in slices, so only fewer elements (the overview) or a GPU shorten it",
  search:
    "the name matches are listed within the keystroke; a miss here is a keystroke whose query no name matches, which waits for lunr's full-text answer from the worker (tens of milliseconds at this size: its prefix and edit-distance expansion scores every matching fact); an index with a prefix tree, or fewer terms expanded per query",
  searchBusy:
    'the keystroke looks its words up among the names (a few milliseconds) and renders the search box with up to 20 matches on the main thread; render the list in a later frame and keep fewer rows mounted',
  open: "the layout (worker), the search index (on first use) and the labels (near the window) are already off this path; what is left is building the elements' styles and the first software frame, which the plain core pays too",
  reopen:
    "the layout is remembered by the graph's shape (in memory and IndexedDB), so it is not computed again; building the elements and the first software frame remain, as on the first open",
  heap: 'the graph is held several times (zod output, index, elements, node views); keep one copy and drop what the canvas does not draw',
  force:
    'the graph is drawn at once on a quick placement while the force layout runs in the layout worker (its effort scaled to the size); what is left is building the elements and the first software frame',
} as const;

const k = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));
const busy = (s: readonly Sample[] | null | undefined) => (s ?? []).map((x) => x.busy);
const painted = (s: readonly Sample[] | null | undefined) => (s ?? []).map((x) => x.painted);
const settled = (s: readonly SearchSample[]) => s.map((x) => x.settled ?? x.painted);
/** A gesture's longest task, 0 when there was none over 50 ms (the browser reports no shorter ones). */
const longest = (g: GestureTrace) => [g.longTasks.length ? Math.max(...g.longTasks) : 0];

/** Adds the UI tables and notes to the report. */
export function uiRows(report: Report, m: UiMeasured): void {
  const { app, plain, plan } = m;
  const frame = { stat: 'p95', limit: 16 } as const;
  const a = app.builtIn;
  const p = plain.builtIn;
  const builtIn: Row[] = [
    compareRow('no-op (what measuring costs)', busy(a.idle)),
    compareRow('select a node (tap)', busy(a.select), {
      peer: busy(p.select),
      goal: frame,
      why: WHY.builtInSelect,
    }),
    compareRow('select: the frame after (the details panel)', busy(a.select.map((x) => x.next)), {
      peer: busy(p.select.map((x) => x.next)),
      goal: frame,
      why: WHY.builtInSelect,
    }),
    // The frames of the camera's glide to each selection (none where the neighbourhood is in view).
    compareRow(
      'select: the camera glides to it, frame gap',
      a.select.flatMap((x) => x.glide),
      {
        peer: p.select.flatMap((x) => x.glide),
      },
    ),
    compareRow('hover a node, then leave it', busy(a.hover), {
      peer: busy(p.hover),
      goal: frame,
      why: WHY.builtIn,
    }),
    compareRow('type a character in Search', busy(a.type), {
      peer: busy(p.type),
      goal: frame,
      why: WHY.builtIn,
    }),
    compareRow('toggle a filter', busy(a.filter), { peer: busy(p.filter), goal: frame, why: WHY.builtIn }),
  ];
  report.table(
    `UI on the built-in graph (${app.builtInGraph.nodes.length} nodes): main-thread busy time per interaction, next frame included (warm-up ${plan.builtIn.warmup}, runs ${plan.builtIn.runs})`,
    builtIn,
  );

  const scale: Row[] = [];
  for (const n of plan.sizes) {
    const s = app.sizes.get(n);
    const q = plain.sizes.get(n);
    if (!s || !q) continue;
    const big = n >= 10_000;
    scale.push(
      compareRow(`${k(n)}: open -> first drawn frame`, [s.open.painted], {
        peer: [q.open.painted],
        goal: { stat: 'max', limit: big ? 4000 : 1000 },
        why: WHY.open,
      }),
      compareRow(`${k(n)}: open -> laid out (the layout worker's positions drawn)`, [s.open.arranged]),
      compareRow(`${k(n)}: open the same graph again`, [s.reopen.painted], {
        peer: [q.reopen.painted],
        goal: { stat: 'max', limit: big ? 4000 : 1000 },
        why: WHY.reopen,
      }),
      compareRow(`${k(n)}: select + light neighbours -> painted`, painted(s.select), {
        peer: painted(q.select),
        goal: { stat: 'p95', limit: big ? 100 : 50 },
        why: WHY.select,
      }),
      compareRow(`${k(n)}: pan and zoom, frame gap`, s.gesture.gaps, {
        peer: q.gesture.gaps,
        goal: { stat: 'p95', limit: 20 },
        why: WHY.gap,
      }),
      compareRow(`${k(n)}: pan and zoom, longest task`, longest(s.gesture), {
        peer: longest(q.gesture),
        goal: { stat: 'max', limit: 50 },
        why: WHY.task,
      }),
    );
    for (const kind of ['exact', 'prefix', 'misspelt'] as const)
      scale.push(
        compareRow(`${k(n)}: keystroke -> results painted (${kind})`, painted(s.search[kind]), {
          peer: painted(q.search[kind]),
          ...(big ? { goal: frame, why: WHY.search } : {}),
        }),
        // Where the name matches come first, the full-text hits that replace them.
        ...(s.search[kind].some((x) => x.settled !== undefined && x.settled > x.painted)
          ? [
              compareRow(`${k(n)}: keystroke -> full-text hits painted (${kind})`, settled(s.search[kind]), {
                peer: painted(q.search[kind]),
              }),
            ]
          : []),
        // The main thread's share: what a keystroke blocks while the worker searches.
        compareRow(`${k(n)}: keystroke, main-thread busy (${kind})`, busy(s.search[kind]), {
          peer: busy(q.search[kind]),
          ...(big ? { goal: frame, why: WHY.searchBusy } : {}),
        }),
      );
    if (s.heap && q.heap)
      scale.push(
        compareRow(`${k(n)}: JS heap for graph, canvas and index`, [s.heap.loaded - s.heap.base], {
          peer: [q.heap.loaded - q.heap.base],
          goal: { stat: 'max', limit: 200, unit: 'MB' },
          why: WHY.heap,
        }),
      );
  }
  if (m.force)
    scale.push(
      compareRow(
        '1k: open with the default force layout (fcose) -> first drawn frame',
        [m.force.open.painted],
        {
          peer: plain.sizes.get(1000) ? [plain.sizes.get(1000)!.open.painted] : undefined,
          goal: { stat: 'max', limit: 1000 },
          why: WHY.force,
        },
      ),
      compareRow('1k: the same, until the force layout is drawn', [m.force.open.arranged]),
    );
  report.table(
    `UI on generated graphs (seed ${plan.seed}), loaded through atlasEngine.load, concentric layout; peer: a plain Cytoscape core with the app's positions (warm-up ${plan.scale.warmup}, runs ${plan.scale.runs}; search: warm-up ${plan.search.warmup}, runs ${plan.search.runs} per class; ${plan.gestures} gestures)`,
    scale,
  );

  const gl = plain.webgl;
  const canvas = gl ? plain.sizes.get(gl.size) : undefined;
  if (gl && canvas)
    report.table(
      `Cytoscape's WebGL renderer at ${k(gl.size)} nodes: the plain core with webgl: true; peer: the same core drawing on a 2D canvas`,
      [
        compareRow('open -> first drawn frame', [gl.open.painted], { peer: [canvas.open.painted] }),
        compareRow('pan and zoom, frame gap', gl.gesture.gaps, { peer: canvas.gesture.gaps }),
        compareRow('pan and zoom, longest task', longest(gl.gesture), { peer: longest(canvas.gesture) }),
      ],
    );

  report.meta.renderers = { app: app.renderer, plain: plain.renderer, webgl: gl?.renderer };
  report.note(`App core: Cytoscape ${app.renderer.cytoscape}; plain core: ${plain.renderer.cytoscape}.`);
  report.note(`GL in this browser: ${app.renderer.gl}.`);
  if (/swiftshader|llvmpipe|software/i.test(app.renderer.gl))
    report.note('That GL is a software rasteriser: WebGL frame rates here are not what a GPU gives.');
  report.note(
    'Chromium runs headless with --disable-gpu: canvases are rasterised in software, so read the UI figures as upper bounds.',
  );
  report.note(
    'Heap: Chrome DevTools Protocol Runtime.getHeapUsage after HeapProfiler.collectGarbage (performance.measureUserAgentSpecificMemory needs a cross-origin-isolated page, which the app is not); canvas pixels live outside the JS heap.',
  );
}
