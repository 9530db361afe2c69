import { indexGraph, type GraphIndex } from '../model/graph-index';
import {
  ORCHESTRATOR_LABELS,
  NODE_KIND_INFO,
  type Hosting,
  type NodeKind,
  type Orchestrator,
} from '../model/kinds';
import type { Citation, Graph, GraphNode } from '../model/schema';

export interface FacetQuery {
  /** Compliance programme node ids; a match must comply with all of them. */
  compliance?: readonly string[];
  /** Hosting values; a match must support all of them. */
  hosting?: readonly string[];
  orchestrator?: readonly string[];
  /** Node kinds; a match must be one of them. */
  nodeKinds?: readonly string[];
}

export interface MatchReason {
  facet: 'compliance' | 'hosting' | 'orchestrator' | 'kind';
  value: string;
  /** "complies with FIPS 140-2 (in GovCloud)" */
  text: string;
  cite: Citation;
}

export interface FacetMatch {
  id: string;
  reasons: MatchReason[];
}

/** Whether any facet (other than node kind) is being asked for. */
export function hasFacetQuery(q: FacetQuery): boolean {
  return Boolean(q.compliance?.length || q.hosting?.length || q.orchestrator?.length);
}

/**
 * The nodes that satisfy every requested facet at once (HIPAA and on-premises and Kubernetes),
 * each with the reasons, cited, why it matches.
 */
export function filterByFacets(graph: Graph, q: FacetQuery): FacetMatch[] {
  const index = indexGraph(graph);
  const matches: FacetMatch[] = [];
  for (const node of graph.nodes) {
    const reasons = matchNode(index, node, q);
    if (reasons) matches.push({ id: node.id, reasons });
  }
  return matches;
}

/** The reasons `node` satisfies every facet in `q`, or undefined when it does not. */
function matchNode(index: GraphIndex, node: GraphNode, q: FacetQuery): MatchReason[] | undefined {
  if (q.nodeKinds?.length && !q.nodeKinds.includes(node.kind)) return undefined;
  const reasons: MatchReason[] = [];
  for (const programme of q.compliance ?? []) {
    const edge = (index.outgoing.get(node.id) ?? []).find(
      (e) => e.kind === 'complies-with' && e.target === programme,
    );
    if (!edge) return undefined;
    const label = index.node.get(programme)?.label ?? programme;
    reasons.push({
      facet: 'compliance',
      value: programme,
      text: `complies with ${label}${edge.qualifier ? ` (${edge.qualifier})` : ''}`,
      cite: edge.cite,
    });
  }
  if (!matchFacet(node, 'hosting', q.hosting, (v) => `runs ${hostingPhrase(v as Hosting)}`, reasons))
    return undefined;
  const orchestrated = (v: string) => `is built around ${ORCHESTRATOR_LABELS[v as Orchestrator]}`;
  if (!matchFacet(node, 'orchestrator', q.orchestrator, orchestrated, reasons)) return undefined;
  if (q.nodeKinds?.length)
    reasons.push({
      facet: 'kind',
      value: node.kind,
      text: `is a ${NODE_KIND_INFO[node.kind as NodeKind].label.toLowerCase()}`,
      cite: node.cite,
    });
  return reasons;
}

const HOSTING_PHRASES: Record<Hosting, string> = {
  'aws-cloud': 'in the AWS cloud',
  'on-premises': 'on-premises',
  edge: 'at the edge',
  hybrid: 'as a hybrid deployment',
  'air-gapped': 'air-gapped',
  'other-clouds': 'on other clouds',
};

function hostingPhrase(v: Hosting): string {
  return HOSTING_PHRASES[v];
}

function matchFacet(
  node: GraphNode,
  facet: 'hosting' | 'orchestrator',
  wanted: readonly string[] | undefined,
  phrase: (value: string) => string,
  reasons: MatchReason[],
): boolean {
  for (const value of wanted ?? []) {
    const claim = node[facet].find((c) => c.value === value);
    if (!claim) return false;
    reasons.push({
      facet,
      value,
      text: `${phrase(value)}${claim.qualifier ? ` (${claim.qualifier})` : ''}`,
      cite: claim.cite,
    });
  }
  return true;
}

/** A node the requested facets cannot be decided for: the notes say nothing about one of them. */
export interface FacetSilence {
  id: string;
  /** The facets the notes are silent on for this node (it satisfies every other one asked for). */
  facets: { facet: 'compliance' | 'hosting' | 'orchestrator'; value: string }[];
  /** "The notes do not say which compliance programmes cover AWS Fargate." */
  sentence: string;
  /** The reasons it satisfies the facets the notes do speak to. */
  reasons: MatchReason[];
}

/** What a facet filter found: the matches with reasons, and the nodes the notes are silent about. */
export interface FacetFilterResult {
  matches: FacetMatch[];
  /** Not matches, and not "no" either: the renderer shows them apart (not faded as non-compliant). */
  notInNotes: FacetSilence[];
}

const SILENCE_PHRASES = {
  compliance: (label: string) => `which compliance programmes cover ${label}`,
  hosting: (label: string) => `where ${label} runs (on-premises, edge, air-gapped...)`,
  orchestrator: (label: string) => `which orchestrator ${label} is built around`,
} as const;

type Facet = keyof typeof SILENCE_PHRASES;

/**
 * Node kinds whose nodes normally document a facet (most nodes of the kind do): only for these does an
 * empty list mean "the notes do not say" rather than "the question does not apply" (a use case has no
 * compliance list, and that is no silence).
 */
function kindsDocumenting(graph: Graph, documented: (n: GraphNode) => boolean): Set<string> {
  const total = new Map<string, number>();
  const withFacet = new Map<string, number>();
  for (const n of graph.nodes) {
    total.set(n.kind, (total.get(n.kind) ?? 0) + 1);
    if (documented(n)) withFacet.set(n.kind, (withFacet.get(n.kind) ?? 0) + 1);
  }
  return new Set([...withFacet].filter(([k, c]) => c * 2 > total.get(k)!).map(([k]) => k));
}

/**
 * Like `filterByFacets`, and also names the nodes for which the notes say nothing about a requested facet
 * (no compliance list at all, no hosting, no orchestrator), each with a sentence; a node whose documented
 * list lacks a value is a plain "no" and is in neither list.
 */
export function filterByFacetsWithSilence(graph: Graph, q: FacetQuery): FacetFilterResult {
  const matches = filterByFacets(graph, q);
  const matched = new Set(matches.map((m) => m.id));
  const index = indexGraph(graph);
  const compliesOf = (n: GraphNode) =>
    (index.outgoing.get(n.id) ?? []).filter((e) => e.kind === 'complies-with');
  const documented: Record<Facet, (n: GraphNode) => boolean> = {
    compliance: (n) => compliesOf(n).length > 0,
    hosting: (n) => n.hosting.length > 0,
    orchestrator: (n) => n.orchestrator.length > 0,
  };
  const asked: [Facet, readonly string[]][] = (
    [
      ['compliance', q.compliance ?? []],
      ['hosting', q.hosting ?? []],
      ['orchestrator', q.orchestrator ?? []],
    ] as [Facet, readonly string[]][]
  ).filter(([, values]) => values.length > 0);
  const applies = new Map(asked.map(([f]) => [f, kindsDocumenting(graph, documented[f])]));
  const notInNotes: FacetSilence[] = [];
  for (const node of graph.nodes) {
    if (matched.has(node.id) || (q.nodeKinds?.length && !q.nodeKinds.includes(node.kind))) continue;
    const silent: FacetSilence['facets'] = [];
    const known: FacetQuery = {};
    let decided = true;
    for (const [facet, values] of asked) {
      if (documented[facet](node)) {
        known[facet] = values;
        continue;
      }
      if (!applies.get(facet)!.has(node.kind)) decided = false;
      for (const value of values) silent.push({ facet, value });
    }
    if (!decided || silent.length === 0) continue;
    // It must satisfy every facet the notes do speak to, or it is simply a "no".
    const rest = matchNode(index, node, { ...known, nodeKinds: q.nodeKinds });
    if (!rest) continue;
    const facets = [...new Set(silent.map((s) => s.facet))];
    notInNotes.push({
      id: node.id,
      facets: silent,
      sentence: `The notes do not say ${facets.map((f) => SILENCE_PHRASES[f](node.label)).join(', or ')}.`,
      reasons: rest,
    });
  }
  return { matches, notInNotes };
}
