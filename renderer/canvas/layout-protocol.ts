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
  edges: { id: string; source: string; target: string }[];
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
