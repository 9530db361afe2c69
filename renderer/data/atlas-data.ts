import type lunr from 'lunr';
import {
  FACT_CATEGORIES,
  FACT_CATEGORY_LABELS,
  NODE_KINDS,
  relationInfo,
  indexGraph,
  loadSearchIndex,
  type Fact,
  type FactCategory,
  type Graph,
  type GraphEdge,
  type GraphIndex,
  type GraphNode,
  type NodeKind,
} from '../../graph-data';

/*
 * The built-in graph and its prebuilt search index, written by `npm run build:data`.
 * They are pulled in through `import.meta.glob` rather than a static import so that a fresh clone
 * (before build:data has run) still type-checks; the app then says what to run instead of crashing.
 */
const generated = import.meta.glob<unknown>('../../graph-data/generated/*.json', {
  eager: true,
  import: 'default',
});
const graphJson = generated['../../graph-data/generated/graph.json'] as Graph | undefined;
const indexJson = generated['../../graph-data/generated/search-index.json'] as object | undefined;

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

/** The loaded graph with look-ups the UI reuses on every click. */
export interface AtlasData {
  graph: Graph;
  index: GraphIndex;
  searchIndex: lunr.Index;
  edgeById: Map<string, GraphEdge>;
  /** Node count per kind, in NODE_KINDS order, only kinds that occur. */
  kindCounts: { kind: NodeKind; count: number }[];
  /** Relation kinds that occur, with counts. */
  edgeKindCounts: { kind: string; count: number }[];
  view(id: string): NodeView | undefined;
  label(id: string): string;
}

function buildData(graph: Graph, serializedIndex: object): AtlasData {
  const index = indexGraph(graph);
  const searchIndex = loadSearchIndex(serializedIndex);
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
      const key = `${direction}:${edge.kind}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { phrase, kind: edge.kind, direction, lines: [] }));
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
    graph,
    index,
    searchIndex,
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
  };
}

let loaded: AtlasData | undefined;

/** The built-in graph, or a sentence saying why it is missing. */
export function loadAtlasData(): AtlasData | string {
  if (loaded) return loaded;
  if (!graphJson || !indexJson) {
    return 'The built-in graph has not been built. Run `npm run build:data`, then rebuild the app.';
  }
  loaded = buildData(graphJson, indexJson);
  return loaded;
}

/** The loaded data; only call after `loadAtlasData()` succeeded (the app does so before rendering). */
export function atlasData(): AtlasData {
  if (!loaded) throw new Error('atlasData() called before loadAtlasData()');
  return loaded;
}
