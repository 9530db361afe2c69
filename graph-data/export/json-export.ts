import type { Graph, GraphNode } from '../model/schema';
import { checkExample } from '../pricing/estimate';
import { relationInfo } from '../model/vocabulary';

/** A node flattened for export: id, kind, label first, then every attribute. */
export type ExportNode = Record<string, unknown> & { id: string; kind: string; label: string };
export type ExportEdge = Record<string, unknown> & {
  id: string;
  source: string;
  target: string;
  kind: string;
};

/** The graph as `{ nodes, edges }`, each carrying all its attributes; worked examples carry their computed totals. */
export function toJsonExport(graph: Graph): { nodes: ExportNode[]; edges: ExportEdge[] } {
  return {
    nodes: graph.nodes.map((n) => exportNode(graph, n)),
    edges: graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      kind: e.kind,
      verb: relationInfo(e.kind).verb,
      ...(e.qualifier ? { qualifier: e.qualifier } : {}),
      cite: { ...e.cite, file: graph.sources[e.cite.note]?.file ?? e.cite.note },
    })),
  };
}

function exportNode(graph: Graph, n: GraphNode): ExportNode {
  const { id, kind, label, examples, cite, ...rest } = n;
  return {
    id,
    kind,
    label,
    ...rest,
    cite: { ...cite, file: graph.sources[cite.note]?.file ?? cite.note },
    examples: examples.map((ex) => {
      const check = checkExample(graph, ex);
      return {
        ...ex,
        computed: { amount: check.computed, formula: check.estimate.formula },
        statedDiffersBy: check.difference,
      };
    }),
  };
}
