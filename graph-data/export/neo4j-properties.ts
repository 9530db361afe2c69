import type { Graph, GraphEdge, GraphNode } from '../model/schema';
import { cells, edgeColumns, inertJson, nodeColumns, type Column } from './columns';

/*
 * The properties a node or relationship gets in Neo4j, shared by the Cypher script and the
 * neo4j-admin CSV files. Neo4j properties hold scalars and lists of scalars only, so structured values
 * are JSON text (`hostingDetail`, `factsDetail`, `examples`...) beside a plain list to query with
 * (`hosting`, `orchestrator`, `facts` as texts).
 */

export type PropertyType = 'string' | 'float' | 'int' | 'boolean' | 'string[]';
export interface Property {
  type: PropertyType;
  value: string | number | boolean | string[];
}

// Redundant in Neo4j: `name` repeats `label`; `interaction` repeats the relationship type and `kind`.
const SKIP = new Set(['name', 'interaction']);

function properties<T>(columns: readonly Column<T>[], item: T, id: string): Map<string, Property> {
  const out = new Map<string, Property>([['id', { type: 'string', value: id }]]);
  for (const [c, v] of cells(columns, item)) {
    if (SKIP.has(c.name)) continue;
    if (c.type === 'json') {
      const plain = c.plain?.(item);
      if (plain) out.set(c.name, { type: 'string[]', value: plain });
      out.set(plain ? `${c.name}Detail` : c.name, { type: 'string', value: inertJson(v) });
    } else if (c.type === 'list') out.set(c.name, { type: 'string[]', value: v as string[] });
    else if (c.type === 'double') out.set(c.name, { type: 'float', value: v as number });
    else out.set(c.name, { type: c.type, value: v as string | number | boolean });
  }
  return out;
}

/** The Neo4j properties of the graph's nodes, `id` first (columns worked out once per graph). */
export function nodePropertiesOf(graph: Graph): (node: GraphNode) => Map<string, Property> {
  const columns = nodeColumns(graph);
  return (node) => properties(columns, node, node.id);
}

/** A relationship's Neo4j properties, `id` first (the id keeps parallel relations apart). */
export function edgeProperties(edge: GraphEdge): Map<string, Property> {
  return properties(edgeColumns(), edge, edge.id);
}

/** "use-case" -> "UseCase": a Neo4j label per node kind (every node also has the label Atlas). */
export function kindLabel(kind: string): string {
  return kind.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

/** "complies-with" -> "COMPLIES_WITH": a Neo4j relationship type per relation kind. */
export function relationType(kind: string): string {
  return kind.toUpperCase().replace(/-/g, '_');
}
