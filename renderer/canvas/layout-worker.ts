/// <reference lib="webworker" />
/* global DedicatedWorkerGlobalScope */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { computeLayout } from './layouts';
import { forceEffort, pairEdges, type LayoutReply, type LayoutRequest } from './layout-protocol';
import { spreadOverlaps } from './quick-placement';

/*
 * Lays out a large graph off the main thread, on a headless Cytoscape core with the very layout code
 * the page uses (computeLayout), so that a vault of thousands of notes opens at once on a quick
 * placement and settles when this answers. The force layout's effort is scaled to the graph's size
 * (forceEffort), since its most careful pass costs minutes at a thousand nodes; its quickest pass
 * heaps nodes together, which spreadOverlaps undoes.
 */

cytoscape.use(fcose);
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { seq, name, nodes, edges, aspect } = event.data;
  const post = (reply: LayoutReply) => scope.postMessage(reply);
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [
        ...nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
        ...pairEdges(nodes, edges).map((e) => ({ group: 'edges' as const, data: e })),
      ],
    });
    let positions = computeLayout(cy, name, aspect, true);
    // fcose's spectral draft heaps thousands of nodes on one another: they are moved apart.
    if (name === 'fcose' && forceEffort(nodes.length).quality === 'draft')
      positions = spreadOverlaps(positions, nodes);
    for (const p of Object.values(positions)) {
      p.x = Math.round(p.x);
      p.y = Math.round(p.y);
    }
    post({ seq, positions });
  } catch (err) {
    post({ seq, error: (err as Error).message || String(err) });
  }
};
