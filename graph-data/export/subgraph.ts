import type { Graph } from '../model/schema';

/** The part of a graph made of the given nodes and the edges between them (for exporting what is visible). */
export function subgraph(graph: Graph, nodeIds: Iterable<string>): Graph {
  const keep = new Set(nodeIds);
  return {
    sources: graph.sources,
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}
