import type lunr from 'lunr';
import {
  FACT_CATEGORIES,
  FACT_CATEGORY_LABELS,
  NODE_KINDS,
  relationInfo,
  isSymmetric,
  indexGraph,
  buildSearchIndex,
  loadSearchIndex,
  type Fact,
  type FactCategory,
  type Graph,
  type GraphEdge,
  type GraphIndex,
  type GraphNode,
  type NodeKind,
  type Tour,
} from '../../graph-data';

/** One relation as seen from one end, ready for the details panel. */
export interface RelationLine {
  edge: GraphEdge;
  /** The node at the other end. */
  other: string;
  direction: 'out' | 'in';
}

/** Relations of one node grouped by the phrase that reads from it ("is built on", "is used by"). */
export interface RelationGroup {
  phrase: string;
  kind: string;
  direction: 'out' | 'in';
  lines: RelationLine[];
}

export interface FactGroup {
  category: FactCategory;
  label: string;
  facts: Fact[];
}

/** Everything the panels need about one node, computed once on first use. */
export interface NodeView {
  node: GraphNode;
  relationGroups: RelationGroup[];
  factGroups: FactGroup[];
  /** Ids of all neighbours (either direction). */
  neighbours: Set<string>;
  /** Ids of edges touching the node. */
  edgeIds: Set<string>;
}

/**
 * A graph loaded into the engine, with the look-ups the UI reuses on every click. Everything derived
 * from the graph (search index, node views, layouts, calculators...) hangs off this object, so that
 * loading another graph drops all of it at once.
 */
export interface LoadedGraph {
  /** Tells loaded graphs apart (a new one per load), e.g. to key React subtrees and caches. */
  id: number;
  graph: Graph;
  index: GraphIndex;
  /** The lunr index, built (or loaded) the first time it is asked for. */
  readonly searchIndex: lunr.Index;
  edgeById: Map<string, GraphEdge>;
  /** Node count per kind, in NODE_KINDS order, only kinds that occur. */
  kindCounts: { kind: NodeKind; count: number }[];
  /** Relation kinds that occur, with counts. */
  edgeKindCounts: { kind: string; count: number }[];
  view(id: string): NodeView | undefined;
  label(id: string): string;
  /** A value derived from this graph, computed on first use and kept as long as the graph is loaded. */
  cached<T>(key: string, make: () => T): T;
  /** The guided tours written for this graph (the built-in ones, or those in the user's notes). */
  tours: readonly Tour[];
}

let loads = 0;

/** Builds the look-ups for a (validated) graph; the search index is loaded if given, else built when first used. */
export function loadedGraph(
  graph: Graph,
  serializedIndex?: object,
  tours: readonly Tour[] = [],
): LoadedGraph {
  const index = indexGraph(graph);
  // Built on first use: a large graph is searched in the search worker, which builds its own.
  let searchIndex: lunr.Index | undefined;
  const derived = new Map<string, unknown>();
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const kindCount = new Map<NodeKind, number>();
  for (const n of graph.nodes) kindCount.set(n.kind, (kindCount.get(n.kind) ?? 0) + 1);
  const edgeCount = new Map<string, number>();
  for (const e of graph.edges) edgeCount.set(e.kind, (edgeCount.get(e.kind) ?? 0) + 1);
  const views = new Map<string, NodeView>();

  function view(id: string): NodeView | undefined {
    const cached = views.get(id);
    if (cached) return cached;
    const node = index.node.get(id);
    if (!node) return undefined;
    const groups = new Map<string, RelationGroup>();
    const neighbours = new Set<string>();
    const edgeIds = new Set<string>();
    const add = (edge: GraphEdge, direction: 'out' | 'in') => {
      const other = direction === 'out' ? edge.target : edge.source;
      const phrase = direction === 'out' ? relationInfo(edge.kind).verb : relationInfo(edge.kind).inverse;
      // A relation that reads the same both ways ("integrates with") is one group, whichever end stored it.
      const key = isSymmetric(edge.kind) ? `both:${edge.kind}` : `${direction}:${edge.kind}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { phrase, kind: edge.kind, direction, lines: [] }));
      if (!group.lines.some((l) => l.other === other && l.edge.qualifier === edge.qualifier))
        group.lines.push({ edge, other, direction });
      neighbours.add(other);
      edgeIds.add(edge.id);
    };
    for (const e of index.outgoing.get(id) ?? []) add(e, 'out');
    for (const e of index.incoming.get(id) ?? []) add(e, 'in');
    const relationGroups = [...groups.values()].sort(
      (a, b) =>
        (a.direction === b.direction ? 0 : a.direction === 'out' ? -1 : 1) ||
        a.phrase.localeCompare(b.phrase),
    );
    for (const g of relationGroups) g.lines.sort((a, b) => label(a.other).localeCompare(label(b.other)));
    const factGroups: FactGroup[] = FACT_CATEGORIES.map((category) => ({
      category,
      label: FACT_CATEGORY_LABELS[category],
      facts: node.facts.filter((f) => f.category === category),
    })).filter((g) => g.facts.length > 0);
    const v = { node, relationGroups, factGroups, neighbours, edgeIds };
    views.set(id, v);
    return v;
  }

  function label(id: string): string {
    return index.node.get(id)?.label ?? id;
  }

  return {
    id: ++loads,
    graph,
    tours,
    index,
    get searchIndex() {
      searchIndex ??= serializedIndex ? loadSearchIndex(serializedIndex) : buildSearchIndex(graph);
      return searchIndex;
    },
    edgeById,
    kindCounts: NODE_KINDS.filter((k) => kindCount.has(k)).map((kind) => ({
      kind,
      count: kindCount.get(kind)!,
    })),
    edgeKindCounts: [...edgeCount.entries()]
      .map(([kind, count]) => ({ kind, count }))
      .sort((a, b) => relationInfo(a.kind).verb.localeCompare(relationInfo(b.kind).verb)),
    view,
    label,
    cached<T>(key: string, make: () => T): T {
      if (!derived.has(key)) derived.set(key, make());
      return derived.get(key) as T;
    },
  };
}
