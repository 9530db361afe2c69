import type { Graph, GraphEdge, GraphNode } from './schema';

/** Fast look-ups over a graph: nodes by id, edges by endpoint. Build once, reuse. */
export interface GraphIndex {
  graph: Graph;
  node: Map<string, GraphNode>;
  outgoing: Map<string, GraphEdge[]>;
  incoming: Map<string, GraphEdge[]>;
}

const cache = new WeakMap<Graph, GraphIndex>();

/** The index of a graph, built on first use and cached for the graph object. */
export function indexGraph(graph: Graph): GraphIndex {
  const cached = cache.get(graph);
  if (cached) return cached;
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, GraphEdge[]>();
  const incoming = new Map<string, GraphEdge[]>();
  for (const n of graph.nodes) {
    outgoing.set(n.id, []);
    incoming.set(n.id, []);
  }
  for (const e of graph.edges) {
    outgoing.get(e.source)?.push(e);
    incoming.get(e.target)?.push(e);
  }
  const index = { graph, node, outgoing, incoming };
  cache.set(graph, index);
  return index;
}

/** Finds a node by id or by label/alias, case-insensitively. */
export function resolveNode(graph: Graph, ref: string): GraphNode | undefined {
  const { node } = indexGraph(graph);
  const exact = node.get(ref) ?? node.get(ref.toLowerCase());
  if (exact) return exact;
  const wanted = ref.trim().toLowerCase();
  // "EKS Distro" names "Amazon EKS Distro": the vendor prefix is optional.
  const bare = (label: string) => label.toLowerCase().replace(/^(amazon|aws)\s+/, '');
  return (
    graph.nodes.find((n) => n.label.toLowerCase() === wanted) ??
    graph.nodes.find((n) => n.aliases.some((a) => a.toLowerCase() === wanted)) ??
    graph.nodes.find((n) => bare(n.label) === bare(wanted))
  );
}
