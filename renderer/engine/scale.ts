import type { Core } from 'cytoscape';

/**
 * Elements (nodes and edges) beyond which a graph is drawn with the large-graph shortcuts: a frame
 * of it takes Cytoscape's canvas renderer hundreds of milliseconds in software, so the view jumps
 * instead of animating, pans on a picture of itself, and labels are measured only where seen.
 */
export const LARGE_GRAPH = 3000;

/** Whether the graph on this core is large (see {@link LARGE_GRAPH}). */
export function isLargeGraph(cy: Core): boolean {
  return cy.elements().length > LARGE_GRAPH;
}
