import { indexGraph } from '../model/graph-index';
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
  const kinds = q.nodeKinds?.length ? new Set(q.nodeKinds) : undefined;
  const matches: FacetMatch[] = [];
  for (const node of graph.nodes) {
    if (kinds && !kinds.has(node.kind)) continue;
    const reasons: MatchReason[] = [];
    let ok = true;
    for (const programme of q.compliance ?? []) {
      const edge = index.outgoing
        .get(node.id)!
        .find((e) => e.kind === 'complies-with' && e.target === programme);
      if (!edge) {
        ok = false;
        break;
      }
      const label = index.node.get(programme)?.label ?? programme;
      reasons.push({
        facet: 'compliance',
        value: programme,
        text: `complies with ${label}${edge.qualifier ? ` (${edge.qualifier})` : ''}`,
        cite: edge.cite,
      });
    }
    ok = ok && matchFacet(node, 'hosting', q.hosting, (v) => `runs ${hostingPhrase(v as Hosting)}`, reasons);
    ok =
      ok &&
      matchFacet(
        node,
        'orchestrator',
        q.orchestrator,
        (v) => `is built around ${ORCHESTRATOR_LABELS[v as Orchestrator]}`,
        reasons,
      );
    if (!ok) continue;
    if (kinds)
      reasons.push({
        facet: 'kind',
        value: node.kind,
        text: `is a ${NODE_KIND_INFO[node.kind as NodeKind].label.toLowerCase()}`,
        cite: node.cite,
      });
    matches.push({ id: node.id, reasons });
  }
  return matches;
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
