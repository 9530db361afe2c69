import { indexGraph } from '../model/graph-index';
import { edgeSentence } from '../model/sentences';
import type { Graph, GraphEdge } from '../model/schema';
import { relationInfo } from '../model/vocabulary';

export interface GraphPath {
  /** Node ids from start to end. */
  nodes: string[];
  /** The edges walked, in order; an edge may be walked against its direction. */
  edges: GraphEdge[];
  /** One sentence per edge, each in the edge's own direction. */
  sentences: string[];
  /** The chain told as one piece of prose. */
  story: string;
}

export interface PathOptions {
  maxPaths?: number;
  edgeKinds?: readonly string[];
}

/**
 * All shortest paths (up to `maxPaths`) between two nodes, ignoring edge direction, since
 * "EKS Distro is the base of EKS Anywhere" is as much a connection as the other way round.
 */
export function shortestPaths(
  graph: Graph,
  from: string,
  to: string,
  options: PathOptions = {},
): GraphPath[] {
  const index = indexGraph(graph);
  const maxPaths = options.maxPaths ?? 5;
  if (!index.node.has(from) || !index.node.has(to)) return [];
  if (from === to) return [{ nodes: [from], edges: [], sentences: [], story: index.node.get(from)!.label }];
  const allowed = options.edgeKinds?.length ? new Set(options.edgeKinds) : undefined;
  // Breadth-first search keeping every parent edge at the shortest depth.
  const depth = new Map<string, number>([[from, 0]]);
  const parents = new Map<string, GraphEdge[]>();
  let frontier = [from];
  while (frontier.length > 0 && !depth.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      const d = depth.get(id)!;
      for (const e of [...index.outgoing.get(id)!, ...index.incoming.get(id)!]) {
        if (allowed && !allowed.has(e.kind)) continue;
        const other = e.source === id ? e.target : e.source;
        const known = depth.get(other);
        if (known === undefined) {
          depth.set(other, d + 1);
          parents.set(other, [e]);
          next.push(other);
        } else if (known === d + 1 && !parents.get(other)!.includes(e)) {
          parents.get(other)!.push(e);
        }
      }
    }
    frontier = next;
  }
  if (!depth.has(to)) return [];
  const paths: GraphPath[] = [];
  const walk = (id: string, edgesBack: GraphEdge[], nodesBack: string[]) => {
    if (paths.length >= maxPaths) return;
    if (id === from) {
      const edges = [...edgesBack].reverse();
      const nodes = [...nodesBack].reverse();
      paths.push({
        nodes,
        edges,
        sentences: edges.map((e) => edgeSentence(index, e)),
        story: tell(index, nodes, edges),
      });
      return;
    }
    for (const e of parents.get(id) ?? []) {
      const prev = e.source === id ? e.target : e.source;
      walk(prev, [...edgesBack, e], [...nodesBack, prev]);
    }
  };
  walk(to, [], [to]);
  return paths;
}

function tell(index: ReturnType<typeof indexGraph>, nodes: string[], edges: GraphEdge[]): string {
  const label = (id: string) => index.node.get(id)!.label;
  const parts: string[] = [];
  edges.forEach((e, i) => {
    const here = nodes[i]!;
    const there = nodes[i + 1]!;
    const forward = e.source === here;
    const verb = relationInfo(e.kind)[forward ? 'verb' : 'inverse'];
    const qualifier = e.qualifier ? ` (${e.qualifier})` : '';
    parts.push(
      i === 0
        ? `${label(here)} ${verb} ${label(there)}${qualifier}`
        : `which ${verb} ${label(there)}${qualifier}`,
    );
  });
  return parts.join(', ') + '.';
}
