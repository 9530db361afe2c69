import { filterByFacetsWithSilence, hasFacetQuery, neighbourhood, type MatchReason } from '../../graph-data';
import type { FilterState } from '../../contract/user-data';
import type { Focus } from '../state/store';
import type { LoadedGraph } from './loaded-graph';

/**
 * What the graph and the outline show for a set of filters and a focus:
 * - node-kind and edge-kind filters and focus HIDE what they exclude;
 * - showing only some relation kinds also hides the nodes left with none of them (orphans), unless
 *   the user asked to keep them: a graph of "complies with" is the services and the programmes,
 *   not those plus a hundred unconnected dots;
 * - facet filters (compliance, hosting, orchestrator) keep the graph in view but FADE what does not
 *   match; the matches are highlighted and the nodes and edges that justify them (the compliance
 *   programmes and the "complies with" edges) are marked as reasons.
 */
export interface GraphView {
  visibleNodes: Set<string>;
  visibleEdges: Set<string>;
  /** Facet matches with their reasons; null when no facet filter is set. */
  matches: Map<string, MatchReason[]> | null;
  /**
   * Nodes the notes are silent about for a facet asked for (no compliance list at all, say), with the
   * sentence that says so: told apart from nodes the notes say do not match, and not faded.
   */
  silent: Map<string, string>;
  /** Nodes and edges that explain a match (shown, not faded). */
  reasonNodes: Set<string>;
  reasonEdges: Set<string>;
  /** Focus hop distance per node, when focused. */
  distance: Map<string, number> | null;
}

interface Memo {
  filters?: FilterState;
  focus?: Focus | null;
  hideInferred?: boolean;
  keepOrphans?: boolean;
  view?: GraphView;
}

/**
 * The derived view of a loaded graph; memoized on the (immutable) filters and focus objects.
 * `keepOrphans` keeps the nodes a relation-kind filter leaves without any shown relation.
 */
export function graphView(
  data: LoadedGraph,
  filters: FilterState,
  focus: Focus | null,
  hideInferred = false,
  keepOrphans = false,
): GraphView {
  const memo = data.cached<Memo>('graph-view', () => ({}));
  if (
    memo.view &&
    memo.filters === filters &&
    memo.focus === focus &&
    memo.hideInferred === hideInferred &&
    memo.keepOrphans === keepOrphans
  )
    return memo.view;
  memo.view = computeGraphView(data, filters, focus, hideInferred, keepOrphans);
  memo.filters = filters;
  memo.focus = focus;
  memo.hideInferred = hideInferred;
  memo.keepOrphans = keepOrphans;
  return memo.view;
}

function computeGraphView(
  data: LoadedGraph,
  filters: FilterState,
  focus: Focus | null,
  hideInferred: boolean,
  keepOrphans: boolean,
): GraphView {
  const { graph } = data;
  const kinds = filters.nodeKinds.length ? new Set(filters.nodeKinds) : null;
  const edgeKinds = filters.edgeKinds.length ? new Set(filters.edgeKinds) : null;
  const hood = focus
    ? neighbourhood(graph, focus.node, focus.depth, edgeKinds ? [...edgeKinds] : undefined)
    : null;

  const visibleNodes = new Set<string>();
  for (const n of graph.nodes) {
    if (kinds && !kinds.has(n.kind) && n.id !== focus?.node) continue;
    if (hood && !hood.distance.has(n.id)) continue;
    visibleNodes.add(n.id);
  }
  const visibleEdges = new Set<string>();
  for (const e of graph.edges) {
    if (edgeKinds && !edgeKinds.has(e.kind)) continue;
    // "Stated only": relations a reader inferred from prose are hidden, their nodes stay.
    if (hideInferred && e.inferred) continue;
    if (!visibleNodes.has(e.source) || !visibleNodes.has(e.target)) continue;
    visibleEdges.add(e.id);
  }
  if (edgeKinds && !keepOrphans) dropOrphans(data, visibleNodes, visibleEdges, focus?.node);

  let matches: Map<string, MatchReason[]> | null = null;
  const silent = new Map<string, string>();
  const reasonNodes = new Set<string>();
  const reasonEdges = new Set<string>();
  const facetQuery = {
    compliance: filters.compliance,
    hosting: filters.hosting,
    orchestrator: filters.orchestrator,
    nodeKinds: filters.nodeKinds,
  };
  if (hasFacetQuery(facetQuery)) {
    matches = new Map();
    const result = filterByFacetsWithSilence(graph, facetQuery);
    for (const s of result.notInNotes) if (visibleNodes.has(s.id)) silent.set(s.id, s.sentence);
    for (const m of result.matches) {
      if (!visibleNodes.has(m.id)) continue;
      matches.set(m.id, m.reasons);
      for (const programme of filters.compliance) {
        if (!visibleNodes.has(programme)) continue;
        reasonNodes.add(programme);
        for (const e of data.index.outgoing.get(m.id) ?? []) {
          if (e.kind === 'complies-with' && e.target === programme && visibleEdges.has(e.id))
            reasonEdges.add(e.id);
        }
      }
    }
  }
  return {
    visibleNodes,
    visibleEdges,
    matches,
    silent,
    reasonNodes,
    reasonEdges,
    distance: hood?.distance ?? null,
  };
}

/**
 * Removes from `nodes` those that touch none of `edges` (the focus centre stays: it is what the view
 * is about). One pass is enough: an orphan has no shown edge, so removing it removes no edge.
 */
function dropOrphans(data: LoadedGraph, nodes: Set<string>, edges: Set<string>, keep: string | undefined) {
  const touched = new Set<string>();
  for (const id of edges) {
    const e = data.edgeById.get(id)!;
    touched.add(e.source);
    touched.add(e.target);
  }
  for (const id of [...nodes]) if (!touched.has(id) && id !== keep) nodes.delete(id);
}

/** Ids the outline lists: the visible nodes, narrowed to the matches when a facet filter is set. */
export function listedNodes(view: GraphView): string[] {
  const ids = view.matches ? [...view.matches.keys()] : [...view.visibleNodes];
  return ids;
}
