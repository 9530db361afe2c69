import { filterByFacetsWithSilence, hasFacetQuery, neighbourhood, type MatchReason } from '../../graph-data';
import type { FilterState } from '../../contract/user-data';
import type { Focus } from '../state/store';
import type { LoadedGraph } from './loaded-graph';

/**
 * What the graph and the outline show for a set of filters and a focus:
 * - node-kind and edge-kind filters and focus HIDE what they exclude;
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
  view?: GraphView;
}

/** The derived view of a loaded graph; memoized on the (immutable) filters and focus objects. */
export function graphView(
  data: LoadedGraph,
  filters: FilterState,
  focus: Focus | null,
  hideInferred = false,
): GraphView {
  const memo = data.cached<Memo>('graph-view', () => ({}));
  if (memo.view && memo.filters === filters && memo.focus === focus && memo.hideInferred === hideInferred)
    return memo.view;
  memo.view = computeGraphView(data, filters, focus, hideInferred);
  memo.filters = filters;
  memo.focus = focus;
  memo.hideInferred = hideInferred;
  return memo.view;
}

function computeGraphView(
  data: LoadedGraph,
  filters: FilterState,
  focus: Focus | null,
  hideInferred: boolean,
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

/** Ids the outline lists: the visible nodes, narrowed to the matches when a facet filter is set. */
export function listedNodes(view: GraphView): string[] {
  const ids = view.matches ? [...view.matches.keys()] : [...view.visibleNodes];
  return ids;
}
