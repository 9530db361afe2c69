import type { Graph, GraphEdge, GraphNode } from '../model/schema';
import { relationInfo } from '../model/vocabulary';

/*
 * One flat, typed description of what a node and an edge carry, shared by every tabular or
 * attribute-based format (Cytoscape JSON, GraphML, GEXF, Neo4j, CSV) and by the readers that bring
 * those files back, so that a field added here reaches every format and comes back from each.
 * Lists of plain strings are `list`; structured values (facts with their citations, facets with their
 * qualifiers, worked examples, comparison tables) are `json`: one exact JSON text per cell.
 */

export type ColumnType = 'string' | 'double' | 'int' | 'boolean' | 'list' | 'json';

export interface Column<T> {
  name: string;
  type: ColumnType;
  /** The cell for one item; undefined when the item has no value there. */
  get(item: T): unknown;
  /** A plain list of strings for formats meant for people or queries (Neo4j, Kumu): hosting values... */
  plain?(item: T): string[] | undefined;
}

const nonEmpty = <T>(list: T[] | undefined) => (list && list.length > 0 ? list : undefined);
const text = (s: string | undefined) => (s === undefined || s === '' ? undefined : s);

const NODE_COLUMNS: Column<GraphNode>[] = [
  { name: 'label', type: 'string', get: (n) => n.label },
  // Cytoscape desktop shows `name`; yEd and Gephi show `label`.
  { name: 'name', type: 'string', get: (n) => n.label },
  { name: 'kind', type: 'string', get: (n) => n.kind },
  { name: 'summary', type: 'string', get: (n) => text(n.summary) },
  { name: 'description', type: 'string', get: (n) => text(n.description) },
  { name: 'aliases', type: 'list', get: (n) => nonEmpty(n.aliases) },
  { name: 'tags', type: 'list', get: (n) => nonEmpty(n.tags) },
  {
    name: 'hosting',
    type: 'json',
    get: (n) => nonEmpty(n.hosting),
    plain: (n) => nonEmpty(n.hosting.map((h) => h.value)),
  },
  {
    name: 'orchestrator',
    type: 'json',
    get: (n) => nonEmpty(n.orchestrator),
    plain: (n) => nonEmpty(n.orchestrator.map((o) => o.value)),
  },
  {
    name: 'facts',
    type: 'json',
    get: (n) => nonEmpty(n.facts),
    plain: (n) => nonEmpty(n.facts.map((f) => f.text)),
  },
  { name: 'examples', type: 'json', get: (n) => nonEmpty(n.examples) },
  { name: 'comparison', type: 'json', get: (n) => n.comparison },
  { name: 'priceModel', type: 'string', get: (n) => n.price?.model },
  { name: 'priceAmount', type: 'double', get: (n) => n.price?.amount },
  { name: 'priceCurrency', type: 'string', get: (n) => n.price?.currency },
  { name: 'priceUnit', type: 'string', get: (n) => n.price?.unit },
  { name: 'priceUnitText', type: 'string', get: (n) => n.price?.unitText },
  { name: 'priceRegion', type: 'string', get: (n) => n.price?.region },
  { name: 'priceFreeTier', type: 'string', get: (n) => n.price?.freeTier },
  { name: 'note', type: 'string', get: (n) => n.cite.note },
  { name: 'section', type: 'string', get: (n) => n.cite.section },
  { name: 'citeFile', type: 'string', get: (n) => n.cite.file },
  { name: 'citeLine', type: 'int', get: (n) => n.cite.line },
  { name: 'file', type: 'string', get: (n) => text(n.file) },
  { name: 'origin', type: 'string', get: (n) => n.origin },
  { name: 'placeholder', type: 'boolean', get: (n) => n.placeholder },
  { name: 'inferredRule', type: 'string', get: (n) => n.inferred?.rule },
  { name: 'inferredWords', type: 'string', get: (n) => n.inferred?.words },
  {
    name: 'tensions',
    type: 'json',
    get: (n) => nonEmpty(n.tensions),
    plain: (n) => nonEmpty(n.tensions?.map((t) => t.text)),
  },
];

const EDGE_COLUMNS: Column<GraphEdge>[] = [
  // The verb as the visible label; `interaction` is the column Cytoscape desktop styles edges by.
  { name: 'label', type: 'string', get: (e) => relationInfo(e.kind).verb },
  { name: 'interaction', type: 'string', get: (e) => e.kind },
  { name: 'kind', type: 'string', get: (e) => e.kind },
  { name: 'qualifier', type: 'string', get: (e) => e.qualifier },
  { name: 'note', type: 'string', get: (e) => e.cite.note },
  { name: 'section', type: 'string', get: (e) => e.cite.section },
  { name: 'citeFile', type: 'string', get: (e) => e.cite.file },
  { name: 'citeLine', type: 'int', get: (e) => e.cite.line },
  { name: 'inferredRule', type: 'string', get: (e) => e.inferred?.rule },
  { name: 'inferredWords', type: 'string', get: (e) => e.inferred?.words },
  { name: 'alsoCites', type: 'json', get: (e) => nonEmpty(e.alsoCites) },
];

/** Node attributes (`attributes.launchYear`) become their own columns, named with this prefix. */
export const ATTRIBUTE_PREFIX = 'attr.';

/** Where positions go in the formats that keep them as ordinary node columns. */
export const POSITION_COLUMNS: Column<{ x: number; y: number } | undefined>[] = [
  { name: 'x', type: 'double', get: (p) => p?.x },
  { name: 'y', type: 'double', get: (p) => p?.y },
];

/** One column per node attribute name: double or boolean when every value is, text otherwise. */
function attributeColumns(graph: Graph): Column<GraphNode>[] {
  const types = new Map<string, Set<string>>();
  for (const n of graph.nodes)
    for (const [k, v] of Object.entries(n.attributes)) {
      if (!types.has(k)) types.set(k, new Set());
      types.get(k)!.add(typeof v);
    }
  return [...types].map(([key, seen]): Column<GraphNode> => {
    const only = seen.size === 1 ? [...seen][0] : 'mixed';
    const type: ColumnType = only === 'number' ? 'double' : only === 'boolean' ? 'boolean' : 'string';
    return {
      name: `${ATTRIBUTE_PREFIX}${key}`,
      type,
      get: (n) => {
        const v = n.attributes[key];
        return v === undefined || type !== 'string' ? v : String(v);
      },
    };
  });
}

/** The node columns for this graph (fixed columns, then one per attribute). */
export function nodeColumns(graph: Graph): Column<GraphNode>[] {
  return [...NODE_COLUMNS, ...attributeColumns(graph)];
}

/** The edge columns (the same for every graph). */
export function edgeColumns(): Column<GraphEdge>[] {
  return EDGE_COLUMNS;
}

/** The fixed node and edge columns by name, for readers coercing cells back to their types. */
export const KNOWN_NODE_COLUMNS: ReadonlyMap<string, Column<GraphNode>> = new Map(
  NODE_COLUMNS.map((c) => [c.name, c]),
);
export const KNOWN_EDGE_COLUMNS: ReadonlyMap<string, Column<GraphEdge>> = new Map(
  EDGE_COLUMNS.map((c) => [c.name, c]),
);

/**
 * JSON text that needs no XML or HTML escaping: '&', '<', '>' and the line separators are written as
 * \\u escapes (they only ever occur inside JSON strings), so XML readers see one plain text run.
 */
export function inertJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[&<>\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A cell as one string, for formats whose values are all text: lists and structures as JSON. */
export function cellText(type: ColumnType, value: unknown): string {
  if (type === 'list' || type === 'json') return inertJson(value);
  return String(value);
}

/** The graph-level `sources` registry travels as one JSON cell where a format has graph attributes. */
export const SOURCES_COLUMN = 'sources';

/** The columns that have a value for `item`, with the value. */
export function cells<T>(columns: readonly Column<T>[], item: T): [Column<T>, unknown][] {
  const out: [Column<T>, unknown][] = [];
  for (const c of columns) {
    const v = c.get(item);
    if (v !== undefined) out.push([c, v]);
  }
  return out;
}
