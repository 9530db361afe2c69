import { Graph, type GraphEdge, type GraphNode, type WorkedExample } from '../model/schema';
import { checkExample } from '../pricing/estimate';
import { relationInfo } from '../model/vocabulary';

/** The `format` marker of the app's own JSON, by which readGraphFile knows it. */
export const APP_JSON_FORMAT = 'service-atlas-graph';

/** Node positions by node id, as the canvas holds them. */
export type Positions = Record<string, { x: number; y: number }>;

/** A node as exported: every field of the model; worked examples also carry their computed totals. */
export type ExportNode = Omit<GraphNode, 'examples'> & {
  examples: (WorkedExample & { computed: { amount: number; formula: string }; statedDiffersBy: number })[];
};
/** An edge as exported: every field of the model, plus the verb it reads with. */
export type ExportEdge = GraphEdge & { verb: string };

/** The app's own JSON: the whole graph, re-importable; derived values (verbs, totals) ride along. */
export interface AppJson {
  format: typeof APP_JSON_FORMAT;
  version: 1;
  sources: Graph['sources'];
  nodes: ExportNode[];
  edges: ExportEdge[];
  positions?: Positions;
}

/** The graph as the app's own JSON; worked examples carry their computed totals beside the stated ones. */
export function toJsonExport(input: Graph, positions?: Positions): AppJson {
  // Fields in the schema's order, whichever reader or compiler built the graph, so that the file a
  // graph exports to is the file it exports to again after readGraphFile brings it back.
  const ordered = Graph.safeParse(input);
  const graph = ordered.success ? ordered.data : input;
  return {
    format: APP_JSON_FORMAT,
    version: 1,
    sources: graph.sources,
    nodes: graph.nodes.map((n) => ({
      ...n,
      examples: n.examples.map((ex) => {
        const check = checkExample(graph, ex);
        return {
          ...ex,
          computed: { amount: check.computed, formula: check.estimate.formula },
          statedDiffersBy: check.difference,
        };
      }),
    })),
    edges: graph.edges.map((e) => ({ ...e, verb: relationInfo(e.kind).verb })),
    ...(positions ? { positions } : {}),
  };
}
