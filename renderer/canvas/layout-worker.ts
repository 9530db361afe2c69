/// <reference lib="webworker" />
/* global DedicatedWorkerGlobalScope */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { seededRandom } from '../../graph-data';
import { forceLayoutOptions } from './force-layout';
import { forceEffort, type LayoutReply, type LayoutRequest } from './layout-protocol';

/*
 * Lays out a large graph off the main thread, on a headless Cytoscape core with the very options the
 * canvas uses, so that a vault of thousands of notes opens at once (on a quick placement) and settles
 * when this answers. The force layout's effort is scaled to the graph: fcose's most careful pass
 * costs minutes at a thousand nodes, its spectral draft seconds at ten thousand.
 */

cytoscape.use(fcose);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { seq, name, nodes, edges } = event.data;
  const post = (reply: LayoutReply) => scope.postMessage(reply);
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
        ...edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
      ],
    });
    const options: LayoutOptions =
      name === 'fcose'
        ? ({
            ...forceLayoutOptions(cy),
            ...forceEffort(nodes.length),
            nodeDimensionsIncludeLabels: false,
          } as LayoutOptions)
        : ({ name: name === 'concentric' ? 'concentric' : 'breadthfirst', animate: false } as LayoutOptions);
    const random = Math.random;
    Math.random = seededRandom(20250101);
    try {
      cy.layout(options).run();
    } finally {
      Math.random = random;
    }
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((n) => {
      const p = n.position();
      positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
    });
    post({ seq, positions });
  } catch (err) {
    post({ seq, error: (err as Error).message || String(err) });
  }
};
