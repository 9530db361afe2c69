import { indexGraph, type GraphIndex } from '../../model/graph-index';
import type { Graph } from '../../model/schema';

const STOP_WORDS = new Set(['amazon', 'aws', 'the', 'of', 'for', 'and', 'a', 'an', 'on', 'in', 'with', 'to']);

/** Pre-computed look-alike signals for every node. */
export interface Context {
  graph: Graph;
  index: GraphIndex;
  neighbours: Map<string, Set<string>>;
  roles: Map<string, Set<string>>;
  tokens: Map<string, Set<string>>;
  facets: Map<string, Set<string>>;
}

/** Indexes the graph and pre-computes every node's name words, neighbours, relation roles and facets. */
export function buildContext(graph: Graph): Context {
  const index = indexGraph(graph);
  const neighbours = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  const tokens = new Map<string, Set<string>>();
  const facets = new Map<string, Set<string>>();
  for (const n of graph.nodes) {
    neighbours.set(n.id, new Set());
    roles.set(n.id, new Set());
    const words = [n.label, ...n.aliases]
      .join(' ')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
    tokens.set(n.id, new Set(words));
    facets.set(
      n.id,
      new Set([...n.hosting.map((h) => `h:${h.value}`), ...n.orchestrator.map((o) => `o:${o.value}`)]),
    );
  }
  for (const e of graph.edges) {
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
    roles.get(e.source)?.add(`out:${e.kind}`);
    roles.get(e.target)?.add(`in:${e.kind}`);
  }
  return { graph, index, neighbours, roles, tokens, facets };
}

/** Every node with an edge of any kind, in either direction, to `id`. */
export function linked(ctx: Context, id: string): Set<string> {
  return ctx.neighbours.get(id) ?? new Set();
}
