import type { Positions } from './layouts';

/*
 * A picture at once for a graph too large to lay out before the first frame: nodes on a sunflower
 * spiral, the best-connected in the middle, so hubs are seen first while the real layout is computed
 * in the layout worker. Linear after one sort, and deterministic.
 */

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Spiral positions for `nodes`, hubs (by degree, then id) first, `spacing` apart on average. */
export function spiralPositions(nodes: readonly { id: string; degree: number }[], spacing = 60): Positions {
  const order = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Positions = {};
  order.forEach((n, i) => {
    const r = spacing * Math.sqrt(i + 0.5);
    out[n.id] = {
      x: Math.round(r * Math.cos(i * GOLDEN_ANGLE)),
      y: Math.round(r * Math.sin(i * GOLDEN_ANGLE)),
    };
  });
  return out;
}

/**
 * Moves nodes apart that a quick layout (fcose's spectral draft, at thousands of nodes) heaps on one
 * another, keeping the picture's shape: the layout is first scaled so that each node has about a
 * `cell` square of room, then each node, hubs first, keeps its place if its cell is free and otherwise
 * goes to the nearest free cell. Deterministic, and near linear for layouts that are already apart.
 */
export function spreadOverlaps(
  positions: Positions,
  nodes: readonly { id: string; degree: number }[],
  cell = 60,
): Positions {
  const placed = nodes.filter((n) => positions[n.id]);
  if (placed.length < 2) return { ...positions };
  const xs = placed.map((n) => positions[n.id]!.x);
  const ys = placed.map((n) => positions[n.id]!.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  // Room for every node, with half as much again to spare, over the box the layout spans now.
  const needed = Math.sqrt((1.5 * placed.length * cell * cell) / Math.max(1, (x1 - x0) * (y1 - y0)));
  const scale = Math.max(1, Math.min(needed, 1e4));
  const order = [...placed].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const taken = new Set<string>();
  const out: Positions = { ...positions };
  for (const n of order) {
    const p = positions[n.id]!;
    const x = cx + (p.x - cx) * scale;
    const y = cy + (p.y - cy) * scale;
    const gx = Math.floor(x / cell);
    const gy = Math.floor(y / cell);
    if (!taken.has(`${gx},${gy}`)) {
      taken.add(`${gx},${gy}`);
      out[n.id] = { x: Math.round(x), y: Math.round(y) };
      continue;
    }
    const free = nearestFree(taken, gx, gy, x / cell, y / cell);
    taken.add(`${free.x},${free.y}`);
    out[n.id] = { x: Math.round((free.x + 0.5) * cell), y: Math.round((free.y + 0.5) * cell) };
  }
  return out;
}

/** The free grid cell nearest to (fx, fy), searched ring by ring around (gx, gy). */
function nearestFree(taken: Set<string>, gx: number, gy: number, fx: number, fy: number) {
  for (let ring = 1; ; ring++) {
    let best: { x: number; y: number; d: number } | null = null;
    for (let dx = -ring; dx <= ring; dx++) {
      for (let dy = -ring; dy <= ring; dy++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        const x = gx + dx;
        const y = gy + dy;
        if (taken.has(`${x},${y}`)) continue;
        const d = (x + 0.5 - fx) ** 2 + (y + 0.5 - fy) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    if (best) return best;
  }
}

/**
 * A short fingerprint of a graph's shape (its node ids and relations), so that computed positions can
 * be kept and found again when the same notes are opened next time. FNV-1a over a canonical listing.
 */
export function graphShapeKey(
  nodes: readonly { id: string }[],
  edges: readonly { source: string; target: string; kind?: string }[],
): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    }
    h1 = Math.imul(h1 ^ 0x0a, 0x01000193);
  };
  for (const id of nodes.map((n) => n.id).sort()) feed(id);
  for (const e of edges.map((e) => `${e.source}>${e.kind ?? ''}>${e.target}`).sort()) feed(e);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${nodes.length}-${edges.length}-${hex(h1)}${hex(h2)}`;
}
