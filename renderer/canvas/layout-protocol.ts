import type { LayoutName } from '../state/store';

/** A node as the layout worker needs it: its id, kind and degree (which the force layout weighs). */
export interface LayoutNode {
  id: string;
  kind: string;
  degree: number;
}

/** What the page asks the layout worker for: one layout of one graph. */
export interface LayoutRequest {
  seq: number;
  name: LayoutName;
  nodes: LayoutNode[];
  /**
   * The relations as pairs of indices into `nodes` (source, target, source, target...): one buffer,
   * handed over without a copy, where 125,000 relation objects took the page a quarter of a second.
   */
  edges: Int32Array;
  /** The window's width over its height, which the hierarchy wraps its levels to. */
  aspect: number;
}

/** The worker's answer: a position per node id, or why there is none. */
export type LayoutReply =
  { seq: number; positions: Record<string, { x: number; y: number }> } | { seq: number; error: string };

/**
 * fcose's quality and iterations for a graph of `n` nodes: its most careful pass for the notes of a
 * course, less as graphs grow (that pass costs minutes at a thousand nodes), and only its spectral
 * draft, which takes seconds, at several thousand.
 */
export function forceEffort(n: number): { quality: 'proof' | 'default' | 'draft'; numIter: number } {
  if (n <= 400) return { quality: 'proof', numIter: 4000 };
  if (n <= 2500) return { quality: 'default', numIter: Math.round(1200 - n / 3) };
  return { quality: 'draft', numIter: 0 };
}

/** Relations as the index pairs a LayoutRequest carries; relations with an end not in `nodes` are left out. */
export function edgePairs(
  nodes: readonly { id: string }[],
  edges: readonly { source: string; target: string }[],
): Int32Array {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const pairs = new Int32Array(edges.length * 2);
  let k = 0;
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined) continue;
    pairs[k++] = s;
    pairs[k++] = t;
  }
  return pairs.subarray(0, k);
}

/** The index pairs back as edges between the nodes' ids (ids of their own: the layout needs none). */
export function pairEdges(
  nodes: readonly { id: string }[],
  pairs: Int32Array,
): { id: string; source: string; target: string }[] {
  const out: { id: string; source: string; target: string }[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2)
    out.push({ id: `e${i / 2}`, source: nodes[pairs[i]!]!.id, target: nodes[pairs[i + 1]!]!.id });
  return out;
}
