import {
  Graph,
  relationAllows,
  RELATION_KINDS,
  HOSTING_VALUES,
  NODE_KINDS,
  ORCHESTRATOR_VALUES,
  seededRandom,
} from '../graph-data';
import type { GraphEdge, GraphNode, NodeKind, RelationKind } from '../graph-data';

const WORDS = (
  'cluster task service pod node karpenter fargate capacity provider scaling autoscaling container image registry ' +
  'network load balancer ingress gateway mesh sidecar proxy secret key encryption audit trail metric log trace ' +
  'dashboard alarm policy role identity federation compliance hipaa fips gdpr pci sovereign region zone outpost ' +
  'on-premises edge hybrid air-gapped bare metal vsphere nutanix snowball gpu spot reserved savings plan billing ' +
  'instance vcpu memory storage volume snapshot backup restore deployment rollout blue green canary pipeline build ' +
  'artifact scanning vulnerability patch upgrade version control plane data plane worker operator controller'
).split(' ');

/**
 * Share of each kind among the nodes, as in the built-in notes (127 nodes: 38 components, 24
 * integrations, 17 use cases, 13 prices, 12 features, 7 services, 7 platforms, 4 programmes, 3
 * compute options, 2 comparisons).
 */
const KIND_SHARE: Record<NodeKind, number> = {
  component: 0.3,
  integration: 0.19,
  'use-case': 0.13,
  pricing: 0.1,
  feature: 0.094,
  service: 0.055,
  platform: 0.055,
  compliance: 0.032,
  'compute-option': 0.024,
  comparison: 0.02,
};
const NAMED_COMPLIANCE = ['hipaa', 'fips-140-2', 'pci-dss', 'gdpr', 'soc-2', 'fedramp'];
const CITE = { note: 'synthetic', section: 'Benchmark' };
/** Relations per node in the built-in notes (303 / 127). */
const EDGES_PER_NODE = 2.4;
/** Share of the relations that stay inside a note's own service, as the notes' sections do. */
const LOCAL = 0.7;

/** What shapes a generated graph; every field has a default, so `{}` gives the 5,000-node graph. */
export interface SyntheticOptions {
  /** Number of nodes (at least 20). */
  nodes?: number;
  /** Relations per node (the built-in notes have 2.4). */
  edgesPerNode?: number;
  seed?: number;
}

/** Node counts per kind for `total` nodes, summing exactly to `total`, each kind at least 1. */
export function kindCounts(total: number): Record<NodeKind, number> {
  const counts = Object.fromEntries(
    NODE_KINDS.map((k) => [k, Math.max(1, Math.floor(total * KIND_SHARE[k]))]),
  ) as Record<NodeKind, number>;
  const sum = NODE_KINDS.reduce((s, k) => s + counts[k], 0);
  counts.component += total - sum;
  return counts;
}

/**
 * A graph in the shape of real study notes, which the schema accepts and whose every relation is
 * one the vocabulary allows between its kinds: the built-in notes' mix of kinds and relations per
 * node, each node belonging to one service's note (most relations stay inside it, the rest reach
 * across), hubs that many notes share (an IAM, a CloudWatch), and text drawn from the notes' words.
 * The same options always give the same graph.
 */
export function syntheticGraph(options: SyntheticOptions = {}): Graph {
  const total = options.nodes ?? 5000;
  if (!Number.isInteger(total) || total < 20)
    throw new Error(`a synthetic graph needs at least 20 nodes, not ${total}`);
  const edgeCount = Math.round(total * (options.edgesPerNode ?? EDGES_PER_NODE));
  const random = seededRandom(options.seed ?? 20240601);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  // Squaring the draw favours the first items of a list: they become the hubs everyone shares.
  const pickHub = <T>(list: readonly T[]): T => list[Math.floor(random() ** 2 * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const s = words(n);
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };

  const counts = kindCounts(total);
  const services = counts.service;
  const nodes: GraphNode[] = [];
  const byKind = new Map<NodeKind, GraphNode[]>(NODE_KINDS.map((k) => [k, []]));
  // The note (service) each node belongs to, and each note's nodes by kind.
  const home = new Map<string, number>();
  const inNote = Array.from({ length: services }, () => new Map<NodeKind, GraphNode[]>());
  for (const kind of NODE_KINDS) {
    for (let i = 0; i < counts[kind]; i++) {
      const named = kind === 'compliance' && i < NAMED_COMPLIANCE.length;
      const id = named ? NAMED_COMPLIANCE[i]! : `${kind}-${i}`;
      const label = named ? id.toUpperCase().replace(/-/g, ' ') : `${words(2)} ${i}`;
      const isService = kind === 'service';
      const node: GraphNode = {
        id,
        kind,
        label: label.replace(/^./, (c) => c.toUpperCase()),
        aliases: random() < 0.3 ? [words(1).toUpperCase()] : [],
        summary: sentence(10),
        description: `${sentence(14)} ${sentence(12)}`,
        cite: CITE,
        attributes: isService ? { launched: 2014 + Math.floor(random() * 11), managed: random() < 0.5 } : {},
        hosting: isService
          ? HOSTING_VALUES.filter(() => random() < 0.35).map((value) => ({ value, cite: CITE }))
          : [],
        orchestrator: isService ? [{ value: pick(ORCHESTRATOR_VALUES), cite: CITE }] : [],
        facts: Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
          category: pick(['feature', 'concept', 'security', 'pricing', 'exam-tip'] as const),
          text: sentence(16),
          cite: CITE,
        })),
        examples: [],
        file: `synthetic/${kind}/${id}.md`,
      };
      if (kind === 'pricing')
        node.price = {
          model: 'per-unit',
          amount: Math.round(random() * 1000) / 1000,
          currency: 'USD',
          unit: 'vcpu-hour',
        };
      nodes.push(node);
      byKind.get(kind)!.push(node);
      const note = isService ? i : Math.floor(random() * services);
      home.set(id, note);
      const mine = inNote[note]!;
      if (!mine.has(kind)) mine.set(kind, []);
      mine.get(kind)!.push(node);
    }
  }

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const kindsBetween = new Map<string, RelationKind[]>();
  const allowed = (from: NodeKind, to: NodeKind) => {
    const key = `${from}|${to}`;
    let kinds = kindsBetween.get(key);
    if (!kinds) {
      // links-to joins anything: keep it for the plain wikilinks below, not for typed relations.
      kinds = RELATION_KINDS.filter((k) => k !== 'links-to' && relationAllows(k, from, to));
      kindsBetween.set(key, kinds);
    }
    return kinds;
  };
  const add = (source: GraphNode, target: GraphNode, kind?: RelationKind): boolean => {
    if (source.id === target.id) return false;
    const kinds = kind ? [kind] : allowed(source.kind, target.kind);
    if (kinds.length === 0) return false;
    const k = pick(kinds);
    const id = `${source.id}:${k}:${target.id}`;
    if (seen.has(id)) return false;
    seen.add(id);
    edges.push({ id, source: source.id, target: target.id, kind: k, cite: CITE });
    return true;
  };
  const serviceNodes = byKind.get('service')!;
  // Every node is reached from its own note's service (or, if nothing allows that, from its first
  // neighbour below), so that the graph hangs together as notes do.
  for (const n of nodes) {
    if (n.kind === 'service') continue;
    const owner = serviceNodes[home.get(n.id)!]!;
    if (!add(owner, n)) add(n, owner);
  }
  // Every service complies with a few named programmes, so that facet filters have answers.
  for (const s of serviceNodes) {
    for (const c of byKind.get('compliance')!.slice(0, NAMED_COMPLIANCE.length))
      if (random() < 0.4) add(s, c, 'complies-with');
  }
  // One relation in twenty is a plain wikilink, as in a vault.
  const kinds = NODE_KINDS.filter((k) => byKind.get(k)!.length > 0);
  let guard = 0;
  while (edges.length < edgeCount && guard++ < edgeCount * 50) {
    const source = pick(nodes);
    const toKind = pick(kinds);
    const local = inNote[home.get(source.id)!]!.get(toKind);
    const target = random() < LOCAL && local ? pick(local) : pickHub(byKind.get(toKind)!);
    if (random() < 0.05) add(source, target, 'links-to');
    else add(source, target);
  }
  if (edges.length < edgeCount) throw new Error(`the synthetic graph reached only ${edges.length} relations`);
  return Graph.parse({
    sources: { synthetic: { file: 'synthetic.md', title: 'Synthetic benchmark notes' } },
    nodes,
    edges,
  });
}
