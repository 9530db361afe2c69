import type { Graph } from '../model/schema';
import type { ImportProblem } from './draft';

/** What an import read, counted for `graph import` and the app's import summary. */
export interface ImportStats {
  files: number;
  nodes: number;
  relations: number;
  nodesByKind: Record<string, number>;
  relationsByKind: Record<string, number>;
  /** Relations read from a typed field (front matter, an inline field) versus inferred from prose. */
  statedRelations: number;
  inferredRelations: number;
  inferredNodes: number;
  /** Nodes that notes link to but that no note defines. */
  placeholders: number;
  /** Built-in nodes that the notes added to (only when merging). */
  builtInNodesExtended: number;
  embeds: number;
  errors: number;
  warnings: number;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** Counts what an imported graph holds; with a base graph, only what the notes brought. */
export function importStats(
  graph: Graph,
  files: number,
  problems: readonly ImportProblem[],
  embeds: number,
  base: Graph | undefined,
  builtInNodesExtended: number,
): ImportStats {
  const baseEdges = new Set(base?.edges.map((e) => e.id));
  const nodes = graph.nodes.filter((n) => n.origin === 'notes');
  const edges = graph.edges.filter((e) => !baseEdges.has(e.id));
  return {
    files,
    nodes: nodes.length,
    relations: edges.length,
    nodesByKind: countBy(nodes, (n) => n.kind),
    relationsByKind: countBy(edges, (e) => e.kind),
    statedRelations: edges.filter((e) => !e.inferred).length,
    inferredRelations: edges.filter((e) => e.inferred).length,
    inferredNodes: nodes.filter((n) => n.inferred).length,
    placeholders: nodes.filter((n) => n.placeholder).length,
    builtInNodesExtended,
    embeds,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}
