import { HOSTING_LABELS, HOSTING_VALUES, type Hosting } from '../../model/kinds';
import type { GraphIndex } from '../../model/graph-index';
import type { GraphEdge, GraphNode } from '../../model/schema';
import { hashString } from '../../model/seeded';
import type { RelationKind } from '../../model/vocabulary';
import type { Context } from './context';
import { MAX_OPTIONS } from './types';

/**
 * Relations that say one thing is made of, built from or depends on another. A distractor for one of
 * these may not be reachable from the node asked about through any chain of them: if EKS Anywhere is
 * built on EKS Distro, a distribution of Kubernetes, "Kubernetes" is not offered as a wrong answer to
 * "EKS Anywhere is built on which component?".
 */
export const STRUCTURAL: ReadonlySet<string> = new Set<RelationKind>([
  'extends',
  'deployment-option-of',
  'built-on',
  'distribution-of',
  'uses',
  'has-component',
  'contains',
  'instance-of',
  'built-from',
  'requires',
  'has-feature',
  'provided-by',
]);

/**
 * Relations that make the target a part of the source. Followed backwards they lead from a part to what it
 * is part of (an EKS Anywhere cluster to EKS Anywhere), whose platforms are the part's; "is used by" is not
 * followed backwards, since being used by something says nothing of where you run.
 */
export const PART_OF: ReadonlySet<string> = new Set<RelationKind>([
  'has-component',
  'contains',
  'has-feature',
  'instance-of',
]);

/** Relations that read the same both ways: an edge in either direction makes the statement true. */
export const SYMMETRIC: ReadonlySet<string> = new Set<RelationKind>(['alternative-to', 'integrates-with']);

/** Documented as running only in the AWS cloud, so not on any customer platform. */
const cloudOnly = (n: GraphNode) => n.hosting.length > 0 && n.hosting.every((h) => h.value === 'aws-cloud');

/**
 * For "Which service <verb> X?", the absence of an edge only proves something about a node whose own list
 * for that relation is in the notes: a distractor must have at least one edge of the kind (for symmetric
 * relations, in either direction), or, for platforms, be documented as running only in the AWS cloud.
 */
export function documentedFor(ctx: Context, n: GraphNode, kind: string): boolean {
  const has = (edges: GraphEdge[] | undefined) => (edges ?? []).some((e) => e.kind === kind);
  if (has(ctx.index.outgoing.get(n.id))) return true;
  if (SYMMETRIC.has(kind) && has(ctx.index.incoming.get(n.id))) return true;
  return kind === 'runs-on' && cloudOnly(n);
}

function overlap(a: Set<string> | undefined, b: Set<string> | undefined): number {
  if (!a || !b) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** How much `other` looks like `node`: shared name words weigh most, then shared neighbours, roles, facets. */
function similarity(ctx: Context, node: string, other: string): number {
  return (
    4 * overlap(ctx.tokens.get(node), ctx.tokens.get(other)) +
    2 * overlap(ctx.neighbours.get(node), ctx.neighbours.get(other)) +
    overlap(ctx.roles.get(node), ctx.roles.get(other)) +
    0.5 * overlap(ctx.facets.get(node), ctx.facets.get(other))
  );
}

/**
 * The most look-alike candidates for `like`, at most `count`, skipping labels already used. Ties are broken
 * by a hash of the question id, so different questions drill different look-alikes but the order is fixed.
 */
export function pickLookAlikes(
  ctx: Context,
  questionId: string,
  like: string,
  candidates: readonly GraphNode[],
  usedLabels: Set<string>,
  count: number,
  role?: string,
): GraphNode[] {
  const scored = candidates.map((c) => ({
    node: c,
    score: similarity(ctx, like, c.id) + (role && ctx.roles.get(c.id)?.has(role) ? 5 : 0),
    tie: hashString(`${questionId}|${c.id}`),
  }));
  scored.sort((a, b) => b.score - a.score || a.tie - b.tie || (a.node.id < b.node.id ? -1 : 1));
  const out: GraphNode[] = [];
  for (const { node } of scored) {
    if (out.length >= count) break;
    const key = node.label.trim().toLowerCase();
    if (usedLabels.has(key)) continue;
    usedLabels.add(key);
    out.push(node);
  }
  return out;
}

/** Every node connected to `start` by a chain of `kinds` edges, following edges forwards or backwards. */
export function reachable(
  index: GraphIndex,
  start: string,
  direction: 'out' | 'in',
  kinds: ReadonlySet<string>,
): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    const edges = (direction === 'out' ? index.outgoing : index.incoming).get(at) ?? [];
    for (const e of edges) {
      if (!kinds.has(e.kind)) continue;
      const next = direction === 'out' ? e.target : e.source;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * A platform that names a hosting class rather than a product ("On-premises servers", alias "on-premises")
 * stands for every platform of that class: it is the class value, else undefined.
 */
function platformClass(p: GraphNode): Hosting | undefined {
  if (p.kind !== 'platform') return undefined;
  const names = [p.id, p.label, ...p.aliases].map((n) => n.trim().toLowerCase());
  return HOSTING_VALUES.find((h) => names.includes(h) || names.includes(HOSTING_LABELS[h].toLowerCase()));
}

/**
 * The hosting classes a platform belongs to: its own class and hosting facet, else the hosting of the
 * services that run on it.
 */
function platformHosting(ctx: Context, p: GraphNode): Set<Hosting> {
  const out = new Set<Hosting>();
  const cls = platformClass(p);
  if (cls) out.add(cls);
  // A platform whose own hosting is in the notes (EC2: the AWS cloud) is that and nothing else.
  if (p.hosting.length > 0) {
    for (const h of p.hosting) out.add(h.value);
    return out;
  }
  for (const e of ctx.index.incoming.get(p.id) ?? []) {
    if (e.kind !== 'runs-on') continue;
    for (const h of ctx.index.node.get(e.source)?.hosting ?? []) out.add(h.value);
  }
  return out;
}

/**
 * Whether the graph leaves room for `n` running on platform `p` even without a runs-on edge: `p` is a
 * hosting class (on-premises servers) and `n` runs that way (its hosting, or a platform of that class); or
 * `n` runs on a hosting-class platform and `p` is a platform of that class (EKS Distro "runs on on-premises
 * servers", so it is never claimed not to run on vSphere). The platforms of what `n` is structurally related
 * to (EKS Anywhere for an EKS Anywhere cluster) count as `n`'s own.
 */
export function mayRunOn(ctx: Context, n: GraphNode, p: GraphNode): boolean {
  // What n is made of or part of (EKS Anywhere for an EKS Anywhere cluster, ECS Anywhere for ECS) counts too.
  const relatives = new Set([
    ...reachable(ctx.index, n.id, 'out', STRUCTURAL),
    ...reachable(ctx.index, n.id, 'in', PART_OF),
  ]);
  const platforms = [...relatives]
    .flatMap((id) => ctx.index.outgoing.get(id) ?? [])
    .filter((e) => e.kind === 'runs-on')
    .map((e) => ctx.index.node.get(e.target))
    .filter((x): x is GraphNode => x !== undefined);
  if (platforms.some((x) => x.id === p.id)) return true;
  const cls = platformClass(p);
  if (
    cls &&
    (n.hosting.some((h) => h.value === cls) || platforms.some((x) => platformHosting(ctx, x).has(cls)))
  )
    return true;
  const pHosting = platformHosting(ctx, p);
  return platforms.some((x) => {
    const xc = platformClass(x);
    return xc !== undefined && pHosting.has(xc);
  });
}

/** Wrong options for a question whose answer is `answer` itself: its look-alikes, never its own label. */
export function lookAlikesOf(
  ctx: Context,
  questionId: string,
  answer: GraphNode,
  candidates: readonly GraphNode[],
): GraphNode[] {
  return pickLookAlikes(
    ctx,
    questionId,
    answer.id,
    candidates,
    new Set([answer.label.trim().toLowerCase()]),
    MAX_OPTIONS - 1,
  );
}
