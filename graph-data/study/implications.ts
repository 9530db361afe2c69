import { indexGraph, type GraphIndex } from '../model/graph-index';
import type { Hosting } from '../model/kinds';
import { buildContext, type Context } from './questions/context';
import { mayRunOn, PART_OF, reachable, STRUCTURAL } from './questions/distractors';
import type { Graph, GraphEdge, GraphNode } from '../model/schema';
import { isSymmetric } from '../model/vocabulary';

/**
 * What the graph says about a statement: stated by an edge or facet, implied by what the graph says
 * elsewhere, false by the notes (the node's own list for it is in the notes and rules it out), or unknown
 * (the notes are silent, and silence is never taken for "no").
 */
export type Truth = 'stated' | 'implied' | 'false' | 'unknown';

/** Whether a truth counts as "the graph supports it" (a second such option makes a question dishonest). */
export const supports = (t: Truth): boolean => t === 'stated' || t === 'implied';

/** Relations by which one node hands its workloads to another (whose bills and platforms then apply). */
const COMPUTE = new Set(['runs-workloads-on', 'provided-by', 'runs-on']);
/** Relations by which a node is made of parts whose own bills are its bills. */
const PARTS = new Set(['has-component', 'contains']);

/**
 * Relations whose lists in the notes are not exhaustive: a use case listed for one service says nothing
 * against another, so only a contradiction (below) can rule one out.
 */
const OPEN_WORLD = new Set(['suited-for', 'links-to']);

/** The hosting a use case needs, read from its name ("air-gapped deployments" needs air-gapped). */
export function hostingNeededBy(useCase: GraphNode): Hosting | undefined {
  const name = [useCase.label, ...useCase.aliases].join(' ').toLowerCase();
  if (/air-?gapped/.test(name)) return 'air-gapped';
  if (/\bedge\b/.test(name)) return 'edge';
  if (/\bhybrid\b/.test(name)) return 'hybrid';
  if (/on-?prem|existing .*hardware|own hardware/.test(name)) return 'on-premises';
  if (/other clouds|multi-?cloud/.test(name)) return 'other-clouds';
  return undefined;
}

/** Reasoning over one graph, cached per graph object. */
export interface Implications {
  index: GraphIndex;
  /** The truth of "<source> <kind> <target>". */
  relation(kind: string, source: string, target: string): Truth;
  /** The truth of "<node> has <facet> value <value>" (hosting or orchestrator). */
  facet(node: GraphNode, facet: 'hosting' | 'orchestrator', value: string): Truth;
}

const cache = new WeakMap<Graph, Implications>();

/** The implications of a graph: what its edges and facets state, and what they imply. */
export function implications(graph: Graph): Implications {
  const cached = cache.get(graph);
  if (cached) return cached;
  const index = indexGraph(graph);
  let ctx: Context | undefined;
  // Reachable sets are asked for again and again (once per candidate option): remember them.
  const memo = new Map<string, Set<string>>();
  const follow = (_: GraphIndex, start: string, kinds: ReadonlySet<string>, dir: 'out' | 'in') => {
    const key = `${dir}|${[...kinds].join(',')}|${start}`;
    let found = memo.get(key);
    if (!found) memo.set(key, (found = reachable(index, start, dir, kinds)));
    return found;
  };
  const out = (id: string) => index.outgoing.get(id) ?? [];
  const inc = (id: string) => index.incoming.get(id) ?? [];
  const direct = (kind: string, s: string, t: string) =>
    out(s).some((e) => e.kind === kind && e.target === t) ||
    (isSymmetric(kind) && out(t).some((e) => e.kind === kind && e.target === s));
  const anyEdge = (a: string, b: string) =>
    out(a).some((e) => e.target === b) || inc(a).some((e: GraphEdge) => e.source === b);

  /** Nodes whose compute `id` uses: what it runs workloads on, transitively, and what provides that. */
  const computeOf = (id: string) => follow(index, id, COMPUTE, 'out');
  /** A compute option named after another node ("Fargate Spot", "EC2 Spot Instances") is capacity of it. */
  const variantsOf = (id: string): GraphNode[] => {
    const base = index.node.get(id);
    if (!base) return [];
    const names = [base.label, ...base.aliases].map((n) => n.replace(/^(Amazon|AWS)\s+/i, '').toLowerCase());
    return graph.nodes.filter(
      (n) =>
        n.id !== id &&
        n.kind === 'compute-option' &&
        names.some(
          (name) => name.length > 2 && n.label.toLowerCase().includes(name) && /spot/i.test(n.label),
        ),
    );
  };

  const hostingOf = (n: GraphNode): Set<string> => {
    const values = new Set<string>(n.hosting.map((h) => h.value));
    // Running both in the AWS cloud and on your own hardware is a hybrid deployment.
    if (values.has('aws-cloud') && (values.has('on-premises') || values.has('edge'))) values.add('hybrid');
    return values;
  };

  const facet: Implications['facet'] = (node, which, value) => {
    if (node[which].some((f) => f.value === value)) return 'stated';
    if (which === 'hosting' && hostingOf(node).has(value)) return 'implied';
    return node[which].length > 0 ? 'false' : 'unknown';
  };

  const relation: Implications['relation'] = (kind, s, t) => {
    if (s === t) return 'unknown';
    if (direct(kind, s, t)) return 'stated';
    // Structural chains: made of, built on, part of... carry the statement.
    if (STRUCTURAL.has(kind) && follow(index, s, STRUCTURAL, 'out').has(t)) return 'implied';
    if (kind === 'priced-by') {
      // A service is billed by what it runs its workloads on and by its parts' bills (EKS on Fargate pays
      // Fargate's GB-hours; ECS Anywhere pays for its external instances).
      const payers = new Set([...computeOf(s), ...follow(index, s, PARTS, 'out')]);
      for (const p of payers)
        if (p !== s && out(p).some((e) => e.kind === 'priced-by' && e.target === t)) return 'implied';
    }
    if (kind === 'runs-workloads-on' || kind === 'runs-on') {
      const reach = computeOf(s);
      if (reach.has(t)) return 'implied';
      const source = index.node.get(s);
      const target = index.node.get(t);
      // A platform whose hosting the notes give (EC2: the AWS cloud) is ruled out for a node whose
      // documented hosting has none of it; a hybrid node may reach the cloud, so it is not ruled out.
      if (source && target && source.hosting.length > 0 && target.hosting.length > 0) {
        const own = hostingOf(source);
        if (own.has('hybrid')) own.add('aws-cloud');
        if (!target.hosting.some((h) => own.has(h.value))) return 'false';
      }
      for (const r of reach) if (variantsOf(r).some((v) => v.id === t)) return 'unknown';
      // What a service is made of or built on may run where it does.
      for (const rel of follow(index, s, STRUCTURAL, 'out'))
        if (rel !== s && out(rel).some((e) => COMPUTE.has(e.kind) && e.target === t)) return 'unknown';
      for (const rel of follow(index, s, PART_OF, 'in'))
        if (rel !== s && out(rel).some((e) => COMPUTE.has(e.kind) && e.target === t)) return 'unknown';
    }
    // Any other relation between the two: the statement may hold in some reading; never a fair "no".
    if (anyEdge(s, t)) return 'unknown';
    if (OPEN_WORLD.has(kind)) {
      const target = index.node.get(t);
      const source = index.node.get(s);
      const needed = target && target.kind === 'use-case' ? hostingNeededBy(target) : undefined;
      if (source && needed && facet(source, 'hosting', needed) === 'false') return 'false';
      return 'unknown';
    }
    // Otherwise "no" only where the notes give the source's own list for this relation.
    const listed =
      out(s).some((e) => e.kind === kind) || (isSymmetric(kind) && inc(s).some((e) => e.kind === kind));
    if (kind === 'runs-on' || kind === 'runs-workloads-on') {
      // A platform of a class it runs on ("on-premises servers" covers vSphere) may be one it runs on.
      const source = index.node.get(s);
      const target = index.node.get(t);
      if (source && target?.kind === 'platform' && mayRunOn((ctx ??= buildContext(graph)), source, target))
        return 'unknown';
    }
    if (listed) return 'false';
    if (kind === 'runs-on') {
      const source = index.node.get(s);
      if (source && source.hosting.length > 0 && source.hosting.every((h) => h.value === 'aws-cloud'))
        return 'false';
    }
    return 'unknown';
  };

  const result = { index, relation, facet };
  cache.set(graph, result);
  return result;
}
