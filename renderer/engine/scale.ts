import type { Core } from 'cytoscape';

/**
 * Elements (nodes and edges) beyond which a graph is drawn with the large-graph shortcuts: a frame
 * of it takes Cytoscape's canvas renderer hundreds of milliseconds in software, so the view jumps
 * instead of animating, pans on a picture of itself, and labels are measured only where seen.
 */
export const LARGE_GRAPH = 3000;

/**
 * Below this zoom a large graph is an overview: its relations are drawn only where something lights
 * them (a node's neighbourhood, a path), and come back as the user zooms in.
 */
export const OVERVIEW_ZOOM = 0.5;

/** Whether each core's graph is large, as measured when its elements last changed. */
const large = new WeakMap<Core, boolean>();

/**
 * Measures the graph on this core (call when its elements change): asking every time would build a
 * collection of every element on each zoom event.
 */
export function measureScale(cy: Core): boolean {
  const answer = isLargeCount(cy.elements().length);
  large.set(cy, answer);
  return answer;
}

/** Whether a graph of this many elements (nodes and relations) is large (see {@link LARGE_GRAPH}). */
export function isLargeCount(elements: number): boolean {
  return elements > LARGE_GRAPH;
}

/** Whether the graph on this core is large (see {@link LARGE_GRAPH}). */
export function isLargeGraph(cy: Core): boolean {
  return large.get(cy) ?? measureScale(cy);
}

/** Whether this core shows a large graph from far enough out to leave its unlit relations undrawn. */
export function isOverview(cy: Core): boolean {
  return isLargeGraph(cy) && cy.zoom() < OVERVIEW_ZOOM;
}
