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

/**
 * Below this zoom a large graph is an overview: its relations are drawn only where something lights
 * them (a node's neighbourhood, a path), and come back as the user zooms in.
 */
export const OVERVIEW_ZOOM = 0.5;

/** Whether this core shows a large graph from far enough out to leave its unlit relations undrawn. */
export function isOverview(cy: Core): boolean {
  return isLargeGraph(cy) && cy.zoom() < OVERVIEW_ZOOM;
}
