import { assemble, nodeOption } from './assemble';
import { linked, type Context } from './context';
import { lookAlikesOf, pickLookAlikes } from './distractors';
import { MAX_OPTIONS, MIN_DISTRACTORS, type Question } from './types';

function listLabels(labels: string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** "Which of these does NOT comply with X?": three services that do (unqualified), one with a compliance list without X. */
export function notCompliantQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  const { index, graph } = ctx;
  const compliesEdges = graph.edges.filter((e) => e.kind === 'complies-with');
  const documented = new Set(compliesEdges.map((e) => e.source));
  for (const programme of graph.nodes.filter((n) => n.kind === 'compliance')) {
    const toProgramme = compliesEdges.filter((e) => e.target === programme.id);
    const anyEdge = linked(ctx, programme.id);
    // Only unqualified claims are shown as "complies": "FIPS 140-2 in GovCloud" is too narrow to be a fair foil.
    const compliers = new Set(toProgramme.filter((e) => !e.qualifier).map((e) => e.source));
    const complierNodes = graph.nodes.filter((n) => compliers.has(n.id));
    if (complierNodes.length < MIN_DISTRACTORS) continue;
    for (const odd of graph.nodes) {
      if (!documented.has(odd.id) || anyEdge.has(odd.id)) continue;
      const id = `not-complies:${programme.id}:${odd.id}`;
      const sameKind = complierNodes.filter((n) => n.kind === odd.kind);
      const used = new Set([odd.label.trim().toLowerCase()]);
      const shown = pickLookAlikes(ctx, id, odd.id, sameKind, used, MAX_OPTIONS - 1);
      const oddProgrammes = compliesEdges
        .filter((e) => e.source === odd.id)
        .map((e) => index.node.get(e.target)?.label ?? e.target);
      const oddCite = compliesEdges.find((e) => e.source === odd.id)!.cite;
      const q = assemble(
        {
          id,
          kind: 'not-compliant',
          prompt: `Which of these does NOT comply with ${programme.label}?`,
          explanation:
            `${odd.label} is not listed as complying with ${programme.label} (its notes list ${listLabels([...new Set(oddProgrammes)])}); ` +
            `${listLabels(shown.map((s) => s.label))} ${shown.length === 1 ? 'complies' : 'comply'} with ${programme.label}.`,
          cite: oddCite,
          focusNodes: [programme.id, odd.id],
          basis: { type: 'not-compliant', compliance: programme.id },
        },
        nodeOption(odd),
        shown.map(nodeOption),
      );
      if (q) out.push(q);
    }
  }
  return out;
}

/**
 * "Which of these complies with FIPS 140-2 only in GovCloud?": a qualified complies-with edge against
 * services that comply with the same programme without any condition.
 */
export function qualifiedComplianceQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  const { graph, index } = ctx;
  for (const edge of graph.edges) {
    if (edge.kind !== 'complies-with' || !edge.qualifier) continue;
    const service = index.node.get(edge.source);
    const programme = index.node.get(edge.target);
    if (!service || !programme) continue;
    const toProgramme = graph.edges.filter((e) => e.kind === 'complies-with' && e.target === programme.id);
    if (toProgramme.some((e) => e.source === service.id && !e.qualifier)) continue;
    const unconditional = new Set(toProgramme.filter((e) => !e.qualifier).map((e) => e.source));
    const candidates = graph.nodes.filter(
      (n) => n.kind === service.kind && n.id !== service.id && unconditional.has(n.id),
    );
    const id = `comply-only:${edge.id}`;
    const wrong = lookAlikesOf(ctx, id, service, candidates);
    const q = assemble(
      {
        id,
        kind: 'compliance',
        prompt: `Which of these complies with ${programme.label} only ${edge.qualifier}?`,
        explanation:
          `${service.label} complies with ${programme.label} only ${edge.qualifier}; ` +
          `${listLabels(wrong.map((w) => w.label))} comply with it without that condition.`,
        cite: edge.cite,
        focusNodes: [service.id, programme.id],
        basis: {
          type: 'qualified-compliance',
          edge: edge.id,
          compliance: programme.id,
          qualifier: edge.qualifier,
        },
      },
      nodeOption(service),
      wrong.map(nodeOption),
    );
    if (q) out.push(q);
  }
  return out;
}
