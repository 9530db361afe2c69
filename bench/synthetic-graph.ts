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

const KIND_COUNTS: Record<NodeKind, number> = {
  service: 300,
  component: 1400,
  feature: 1000,
  integration: 600,
  compliance: 40,
  platform: 60,
  pricing: 600,
  'use-case': 500,
  'compute-option': 100,
  comparison: 400,
};
const NAMED_COMPLIANCE = ['hipaa', 'fips-140-2', 'pci-dss', 'gdpr', 'soc-2', 'fedramp'];
const CITE = { note: 'synthetic', section: 'Benchmark' };

/**
 * A graph of 5,000 nodes and 15,000 relations that the schema accepts and whose every relation is one
 * the vocabulary allows between its kinds; its text is drawn from the notes' own words.
 */
export function syntheticGraph(seed = 20240601, edgeCount = 15_000): Graph {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const s = words(n);
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };

  const nodes: GraphNode[] = [];
  const byKind = new Map<NodeKind, GraphNode[]>(NODE_KINDS.map((k) => [k, []]));
  for (const kind of NODE_KINDS) {
    for (let i = 0; i < KIND_COUNTS[kind]; i++) {
      const id = kind === 'compliance' && i < NAMED_COMPLIANCE.length ? NAMED_COMPLIANCE[i]! : `${kind}-${i}`;
      const label =
        kind === 'compliance' && i < NAMED_COMPLIANCE.length
          ? id.toUpperCase().replace(/-/g, ' ')
          : `${words(2)} ${i}`;
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
    }
  }

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const add = (source: GraphNode, kind: RelationKind, target: GraphNode) => {
    const id = `${source.id}:${kind}:${target.id}`;
    if (source.id === target.id || seen.has(id) || !relationAllows(kind, source.kind, target.kind))
      return false;
    seen.add(id);
    edges.push({ id, source: source.id, target: target.id, kind, cite: CITE });
    return true;
  };
  // Every service complies with a few programmes, so that facet queries have answers.
  for (const s of byKind.get('service')!) {
    for (const c of byKind.get('compliance')!.slice(0, NAMED_COMPLIANCE.length))
      if (random() < 0.4) add(s, 'complies-with', c);
  }
  const targetsFor = (kind: RelationKind, from: NodeKind) =>
    NODE_KINDS.filter((to) => relationAllows(kind, from, to)).flatMap((to) => byKind.get(to)!);
  const cache = new Map<string, GraphNode[]>();
  let guard = 0;
  while (edges.length < edgeCount && guard++ < edgeCount * 50) {
    const source = pick(nodes);
    const kind = pick(RELATION_KINDS);
    const key = `${kind}|${source.kind}`;
    let targets = cache.get(key);
    if (!targets) cache.set(key, (targets = targetsFor(kind, source.kind)));
    if (targets.length > 0) add(source, kind, pick(targets));
  }
  if (edges.length < edgeCount) throw new Error(`the synthetic graph reached only ${edges.length} relations`);
  return Graph.parse({
    sources: { synthetic: { file: 'synthetic.md', title: 'Synthetic benchmark notes' } },
    nodes,
    edges,
  });
}
