import { indexGraph } from '../model/graph-index';
import type { Graph } from '../model/schema';

export interface Neighbourhood {
  /** Node id -> number of hops from the centre. */
  distance: Map<string, number>;
  /** Ids of the edges between nodes of the neighbourhood that were walked. */
  edges: Set<string>;
}

/** Nodes within `depth` hops of a node, following edges either way, optionally only of some kinds. */
export function neighbourhood(
  graph: Graph,
  centre: string,
  depth: number,
  edgeKinds?: readonly string[],
): Neighbourhood {
  const index = indexGraph(graph);
  const distance = new Map<string, number>();
  const edges = new Set<string>();
  if (!index.node.has(centre)) return { distance, edges };
  const allowed = edgeKinds && edgeKinds.length > 0 ? new Set(edgeKinds) : undefined;
  distance.set(centre, 0);
  let frontier = [centre];
  for (let hop = 1; hop <= depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const id of frontier) {
      const around = [...index.outgoing.get(id)!, ...index.incoming.get(id)!];
      for (const e of around) {
        if (allowed && !allowed.has(e.kind)) continue;
        const other = e.source === id ? e.target : e.source;
        edges.add(e.id);
        if (!distance.has(other)) {
          distance.set(other, hop);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return { distance, edges };
}
