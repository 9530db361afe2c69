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
