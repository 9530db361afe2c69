import { indexGraph } from '../model/graph-index';
import type { Citation, Graph, GraphEdge, GraphNode } from '../model/schema';
import { relationInfo } from '../model/vocabulary';
import { allExampleChecks, formatUsd } from '../pricing/estimate';

/** Which check found an inconsistency. */
export type InconsistencyCheck = 'noted' | 'worked-example' | 'air-gapped-but-connected';

/** A place where the notes contradict or strain each other, with both passages cited. */
export interface Inconsistency {
  /** Stable id (for keys and deep links). */
  id: string;
  check: InconsistencyCheck;
  /** The nodes involved; the first is the one the details panel shows it on first. */
  nodes: string[];
  /** What does not fit, in one or two sentences. */
  sentence: string;
  /** The two passages that do not fit together. */
  cites: [Citation, Citation];
}

/** Tensions written into the notes themselves (`tensions:` in a note's front matter). */
function notedTensions(graph: Graph): Inconsistency[] {
  return graph.nodes.flatMap((n) =>
    (n.tensions ?? []).map((t, i) => ({
      id: `noted:${n.id}:${i}`,
      check: 'noted' as const,
      nodes: t.with ? [n.id, t.with] : [n.id],
      sentence: t.text,
      cites: [t.cite, t.against] as [Citation, Citation],
    })),
  );
}

/** Worked examples whose stated total is not what their own inputs and unit prices give. */
function exampleArithmetic(graph: Graph): Inconsistency[] {
  const index = indexGraph(graph);
  return allExampleChecks(graph)
    .filter(({ check }) => !check.agrees)
    .map(({ node, check }) => {
      const price = index.node.get(check.example.terms[0]!.price);
      const owner = index.node.get(node);
      return {
        id: `example:${node}:${check.example.id}`,
        check: 'worked-example' as const,
        nodes: [node, ...new Set(check.example.terms.map((t) => t.price))],
        sentence:
          `${owner?.label ?? node}'s worked example "${check.example.title}" says ${check.example.stated.text}, ` +
          `but its own inputs and unit prices give ${formatUsd(check.computed)}.`,
        cites: [check.example.cite, price?.cite ?? check.example.cite] as [Citation, Citation],
      };
    });
}

/**
 * An AWS service, by its name ("AWS Security Hub", "Amazon CloudWatch"). A distribution ("AWS Distro for
 * OpenTelemetry") is software you run yourself, so it needs no connection to AWS and is left out.
 */
function isAwsService(n: GraphNode): boolean {
  return /^(AWS|Amazon)\s/.test(n.label) && !/\bDistro\b/i.test(n.label) && n.kind !== 'service';
}

const CONNECTED = /connect|online|link to aws/i;
const DEPENDS_ON_AWS = new Set(['audited-with', 'monitored-with', 'encrypts-with', 'controls-access-with']);

/**
 * A node documented as running air-gapped that is audited, monitored, encrypted or access-controlled with
 * an AWS service without the qualifier that it then has to be connected ("if AWS-connected").
 */
function airGappedButConnected(graph: Graph): Inconsistency[] {
  const index = indexGraph(graph);
  const out: Inconsistency[] = [];
  for (const n of graph.nodes) {
    const gapped = n.hosting.find((h) => h.value === 'air-gapped');
    if (!gapped) continue;
    const unqualified = (index.outgoing.get(n.id) ?? []).filter(
      (e: GraphEdge) =>
        DEPENDS_ON_AWS.has(e.kind) &&
        !CONNECTED.test(e.qualifier ?? '') &&
        isAwsService(index.node.get(e.target)!),
    );
    for (const e of unqualified) {
      const target = index.node.get(e.target)!;
      out.push({
        id: `air-gapped:${e.id}`,
        check: 'air-gapped-but-connected',
        nodes: [n.id, target.id],
        sentence:
          `${n.label} is described as running air-gapped${gapped.qualifier ? ` (${gapped.qualifier})` : ''}, ` +
          `yet ${relationInfo(e.kind).verb} ${target.label}${e.qualifier ? ` (${e.qualifier})` : ''}, an AWS service, ` +
          `without saying it must then be connected to AWS.`,
        cites: [gapped.cite, e.cite],
      });
    }
  }
  return out;
}

/**
 * Every place where the notes contradict or strain each other, on any graph (the built-in one or a user's
 * imported notes): tensions the notes mark themselves, worked examples that do not add up, and air-gapped
 * nodes that rely on AWS services without a connection qualifier. An automatic finding about the same
 * nodes as a noted tension is left out, since the noted one already explains it.
 */
export function findInconsistencies(graph: Graph): Inconsistency[] {
  const noted = notedTensions(graph);
  const pairKey = (nodes: string[]) => [...nodes].sort().join('|');
  const notedPairs = new Set(noted.map((i) => pairKey(i.nodes)));
  const automatic = [...exampleArithmetic(graph), ...airGappedButConnected(graph)].filter(
    (i) => !notedPairs.has(pairKey(i.nodes)),
  );
  return [...noted, ...automatic];
}

/** The inconsistencies that involve one node, for its details panel. */
export function inconsistenciesOf(all: readonly Inconsistency[], nodeId: string): Inconsistency[] {
  return all.filter((i) => i.nodes.includes(nodeId));
}
