import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/store';
import { seededRandom, type NodeKind } from '../../graph-data';
import { nodeDegrees } from './elements';
import { forceLayoutOptions } from './force-layout';
import { cachedLayout, storeLayout } from './layout-cache';
import { layoutInWorker } from './layout-client';
import { edgePairs, forceEffort } from './layout-protocol';
import { graphShapeKey, spiralPositions } from './quick-placement';
import type { LoadedGraph } from '../engine/loaded-graph';

const KIND_RANK: Record<NodeKind, number> = {
  service: 10,
  'compute-option': 8,
  component: 7,
  feature: 6,
  comparison: 5,
  integration: 4,
  platform: 3,
  compliance: 3,
  pricing: 2,
  'use-case': 2,
};

function options(name: LayoutName, cy: Core): LayoutOptions {
  switch (name) {
    case 'fcose':
      return { ...forceLayoutOptions(cy), ...forceEffort(cy.nodes().length) } as LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 40,
        minNodeSpacing: 28,
        nodeDimensionsIncludeLabels: true,
        concentric: (n: NodeSingular) => KIND_RANK[n.data('kind') as NodeKind] ?? 1,
        levelWidth: () => 1,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate: false,
        fit: true,
        padding: 40,
        directed: true,
        spacingFactor: 1.1,
        nodeDimensionsIncludeLabels: true,
        roots: 'node[kind = "service"], node[kind = "comparison"]',
      } as LayoutOptions;
  }
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Runs a layout with Math.random swapped for a seeded generator (the layouts here are synchronous),
 * so that the same graph is laid out the same way every time, under a user-timing mark so that
 * `npm run bench` (and the DevTools timeline) can show what it costs.
 */
function seeded(mark: string, run: () => void): void {
  const random = Math.random;
  Math.random = seededRandom(20250101);
  const start = performance.now();
  try {
    run();
  } finally {
    Math.random = random;
    performance.measure(mark, { start });
  }
}

/** Room per node in the hierarchical layout, in graph units: a label's width, and a row's height. */
const CELL = { w: 170, h: 120 };

/**
 * Positions for levels of a hierarchy (top level first, each in its left-to-right order), each
 * level wrapped into as many rows as make the whole about `aspect` times as wide as it is high.
 * A plain hierarchy puts the hundred neighbours of seven services in one row, a strip that cannot be
 * read at any zoom that shows it whole. Alternate rows are offset by half a cell so that edges
 * coming down from above pass between the nodes of a row.
 */
export function wrapLevels(levels: readonly string[][], aspect: number): Positions {
  const widest = Math.max(1, ...levels.map((l) => l.length));
  const shape = (perRow: number) => {
    const rows = levels.reduce((sum, l) => sum + Math.max(1, Math.ceil(l.length / perRow)), 0);
    const gaps = Math.max(0, levels.length - 1) * 0.5;
    return (Math.min(perRow, widest) * CELL.w) / ((rows + gaps) * CELL.h);
  };
  let perRow = widest;
  for (let n = 1; n <= widest; n++) {
    if (Math.abs(Math.log(shape(n) / aspect)) < Math.abs(Math.log(shape(perRow) / aspect))) perRow = n;
  }
  const out: Positions = {};
  let y = 0;
  for (const level of levels) {
    for (let start = 0, row = 0; start < level.length; start += perRow, row++) {
      const ids = level.slice(start, start + perRow);
      const offset = row % 2 ? CELL.w / 2 : 0;
      // A short row (the few services at the top) spreads out, giving its names room.
      const step =
        ids.length < perRow
          ? Math.min(3 * CELL.w, ((perRow - 1) * CELL.w) / Math.max(1, ids.length - 1))
          : CELL.w;
      ids.forEach((id, i) => (out[id] = { x: (i - (ids.length - 1) / 2) * step + offset, y }));
      y += CELL.h;
    }
    y += CELL.h * 0.5;
  }
  return out;
}

/** The levels breadthfirst found (rows of equal y, top first), each in its left-to-right order. */
function levelsOf(cy: Core): string[][] {
  const rows = new Map<number, { id: string; x: number }[]>();
  cy.nodes().forEach((n) => {
    const y = Math.round(n.position('y'));
    const row = rows.get(y) ?? [];
    row.push({ id: n.id(), x: n.position('x') });
    rows.set(y, row);
  });
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.sort((a, b) => a.x - b.x).map((n) => n.id));
}

/**
 * Computes a layout of every element in `cy`, deterministically: Math.random is swapped for a seeded
 * generator for the length of the (non-animated, synchronous) run. `aspect` is the window's width over
 * its height (the hierarchy wraps its levels to it). `headless` leaves labels out of node sizes (the
 * layout worker has no canvas to measure them with). The same code runs in the page and in the worker.
 */
export function computeLayout(cy: Core, name: LayoutName, aspect: number, headless = false): Positions {
  seeded(`layout ${name}`, () => {
    cy.layout({ ...options(name, cy), ...(headless ? { nodeDimensionsIncludeLabels: false } : {}) }).run();
    if (name === 'breadthfirst') {
      const wrapped = wrapLevels(levelsOf(cy), Math.max(0.5, aspect));
      cy.batch(() => cy.nodes().forEach((n) => void n.position(wrapped[n.id()]!)));
    }
  });
  const positions: Positions = {};
  cy.nodes().forEach((n) => void (positions[n.id()] = { ...n.position() }));
  return positions;
}

/**
 * Graphs above this many nodes, or this many nodes and relations together, are laid out in the layout
 * worker, drawn on a quick placement meanwhile: a course's notes (the built-in 127 nodes and 294
 * relations, a fifth of a second) are laid out at once in the page, but fcose's careful pass over a
 * couple of hundred notes, or a hundred densely linked ones (117 nodes and 780 relations from a
 * 100-note vault: 1.5 s), would hold the page for over a second.
 */
export const WORKER_LAYOUT_NODES = 150;
export const WORKER_LAYOUT_ELEMENTS = 600;

/** Whether the graph on this core is laid out in the layout worker (see WORKER_LAYOUT_NODES). */
export function layoutsInWorker(cy: Core): boolean {
  const nodes = cy.nodes().length;
  return nodes > WORKER_LAYOUT_NODES || nodes + cy.edges().length > WORKER_LAYOUT_ELEMENTS;
}

/** Layouts computed in this session by graph shape, so that opening the same notes again draws at once. */
const recent = new Map<string, Positions>();
const RECENT_LAYOUTS = 4;

function remember(key: string, positions: Positions): void {
  recent.delete(key);
  recent.set(key, positions);
  for (const old of [...recent.keys()].slice(0, Math.max(0, recent.size - RECENT_LAYOUTS)))
    recent.delete(old);
}

function place(cy: Core, positions: Positions): void {
  cy.batch(() => cy.nodes().forEach((n) => void (positions[n.id()] && n.position(positions[n.id()]!))));
}

/** Puts a computed layout on the canvas, then the user's dragged positions over it. */
export function placeLayout(cy: Core, positions: Positions, saved: Positions | undefined): void {
  place(cy, positions);
  if (saved) place(cy, saved);
}

/**
 * Lays the whole graph out and puts the user's dragged positions for this layout back; the engine
 * fits the result in the window. Computed positions are kept with the graph, so that switching back
 * or resetting gives the very same picture (fcose's helper library also keeps a global counter that
 * would make a second run differ).
 *
 * A large or densely linked graph (layoutsInWorker) is drawn at once on a sunflower placement and
 * laid out in the layout worker, or taken from the layouts kept from an earlier session; the returned promise resolves to its positions (null
 * when a newer layout superseded it), which the caller puts on the canvas with `placeLayout` if the
 * graph is still the one shown. Other graphs are laid out here and now.
 */
export function runLayout(
  cy: Core,
  data: LoadedGraph,
  name: LayoutName,
  saved: Positions | undefined,
): Promise<Positions | null> | null {
  const computed = data.cached('layouts', () => new Map<LayoutName, Positions>());
  const restore = () => {
    if (saved) place(cy, saved);
  };
  const known = computed.get(name);
  if (known) {
    place(cy, known);
    restore();
    return null;
  }
  const aspect = cy.width() / Math.max(1, cy.height());
  if (!layoutsInWorker(cy)) {
    computed.set(name, computeLayout(cy, name, aspect));
    restore();
    return null;
  }
  const { graph } = data;
  const shape = data.cached('shape-key', () => graphShapeKey(graph.nodes, graph.edges));
  // Counted over the graph's relations once: asking each canvas node for its degree builds a
  // collection per node (half a second at 20,000 nodes).
  const degrees = data.cached('degrees-without-loops', () => nodeDegrees(graph.edges, { loops: false }));
  const degree = (id: string) => degrees.get(id) ?? 0;
  const key = `${shape}:${name}:${name === 'breadthfirst' ? aspect.toFixed(1) : ''}`;
  const again = recent.get(key);
  if (again) {
    computed.set(name, again);
    place(cy, again);
    restore();
    return null;
  }
  place(
    cy,
    data.cached('quick-placement', () =>
      spiralPositions(graph.nodes.map((n) => ({ id: n.id, degree: degree(n.id) }))),
    ),
  );
  restore();
  // Taken now: by the time the cache answers, the canvas may hold another graph.
  const nodes = graph.nodes.map((n) => ({ id: n.id, kind: n.kind, degree: degree(n.id) }));
  const edges = edgePairs(nodes, graph.edges);
  return (async () => {
    let positions = await cachedLayout(key);
    if (!positions) {
      const answer = await layoutInWorker(name, nodes, edges, aspect);
      if (!answer) return null;
      positions = answer;
      void storeLayout(key, positions);
    }
    computed.set(name, positions);
    remember(key, positions);
    return positions;
  })();
}

/**
 * Lays out only what is visible (a focused neighbourhood) afresh, around its centre, which stays
 * where it is; seeded like the global layouts so the same focus gives the same picture.
 */
export function runFocusLayout(cy: Core, centre: string) {
  const eles = cy.elements(':visible');
  const node = cy.getElementById(centre);
  if (eles.nodes().length < 2 || node.empty()) return;
  seeded('layout focus', () =>
    eles
      .layout({
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        animate: false,
        fit: false,
        nodeDimensionsIncludeLabels: true,
        packComponents: true,
        numIter: 2500,
        gravity: 0.2,
        nodeSeparation: 90,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 30000,
        fixedNodeConstraint: [{ nodeId: centre, position: { ...node.position() } }],
      } as LayoutOptions)
      .run(),
  );
}
