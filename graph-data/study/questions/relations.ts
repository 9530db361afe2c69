import type { GraphEdge, GraphNode } from '../../model/schema';
import { edgeSentence } from '../../model/sentences';
import { relationInfo, type RelationKind } from '../../model/vocabulary';
import { assemble, kindWord, nodeOption, withQualifier } from './assemble';
import { linked, type Context } from './context';
import { documentedFor, mayRunOn, pickLookAlikes, reachable, STRUCTURAL, SYMMETRIC } from './distractors';
import { MAX_OPTIONS, type Question, type QuestionKind } from './types';
import { implications } from '../implications';

type Template = (subject: string, what: string) => string;

/** How each relation kind is asked. `target` asks for the edge's target, `source` for its source. */
const TEMPLATES: Partial<Record<RelationKind, { target?: Template; source?: Template } | null>> = {
  compares: null,
  'has-component': {
    target: (s) => `Which of these is a component of ${s}?`,
    source: (t, w) => `Which ${w} has ${t} as a component?`,
  },
  'has-feature': {
    target: (s) => `Which of these is a feature of ${s}?`,
    source: (t, w) => `Which ${w} has the feature ${t}?`,
  },
  'runs-on': {
    target: (s) => `Which of these platforms does ${s} run on?`,
    source: (t, w) => `Which ${w} runs on ${t}?`,
  },
  'alternative-to': {
    target: (s, w) => `Which ${w} is an alternative to ${s}?`,
    source: (t, w) => `Which ${w} is an alternative to ${t}?`,
  },
};

function template(kind: string, ask: 'target' | 'source'): Template | undefined {
  const custom = TEMPLATES[kind as RelationKind];
  if (custom === null) return undefined;
  const own = custom?.[ask];
  if (own) return own;
  const verb = relationInfo(kind).verb;
  return ask === 'target' ? (s, w) => `${s} ${verb} which ${w}?` : (t, w) => `Which ${w} ${verb} ${t}?`;
}

/** Questions on every typed edge (runs-on and complies-with too), asking for its target and for its source. */
export function relationQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  const { index } = ctx;
  for (const edge of ctx.graph.edges) {
    const source = index.node.get(edge.source);
    const target = index.node.get(edge.target);
    if (!source || !target || source.id === target.id) continue;
    for (const ask of ['target', 'source'] as const) {
      const make = template(edge.kind, ask);
      if (!make) continue;
      const anchor = ask === 'target' ? source : target;
      const answer = ask === 'target' ? target : source;
      const q = relationQuestion(ctx, edge, anchor, answer, ask, make);
      if (q) out.push(q);
    }
  }
  return out;
}

function relationQuestion(
  ctx: Context,
  edge: GraphEdge,
  anchor: GraphNode,
  answer: GraphNode,
  ask: 'target' | 'source',
  make: Template,
): Question | undefined {
  const id = `rel:${edge.id}:${ask}`;
  const imp = implications(ctx.graph);
  // "Which platforms does X run on?" needs X's hosting in the notes to rule platforms out.
  if (edge.kind === 'runs-on' && ask === 'target' && anchor.hosting.length === 0) return undefined;
  const excluded = new Set<string>([anchor.id, answer.id, ...linked(ctx, anchor.id)]);
  const chainKinds: ReadonlySet<string> = STRUCTURAL.has(edge.kind) ? STRUCTURAL : new Set([edge.kind]);
  const chainDirection = SYMMETRIC.has(edge.kind) ? undefined : ask === 'target' ? 'out' : 'in';
  if (chainDirection)
    for (const r of reachable(ctx.index, anchor.id, chainDirection, chainKinds)) excluded.add(r);
  else {
    for (const r of reachable(ctx.index, anchor.id, 'out', chainKinds)) excluded.add(r);
    for (const r of reachable(ctx.index, anchor.id, 'in', chainKinds)) excluded.add(r);
  }
  const candidates = ctx.graph.nodes.filter(
    (n) =>
      n.kind === answer.kind &&
      !excluded.has(n.id) &&
      (ask === 'target' || documentedFor(ctx, n, edge.kind)) &&
      (edge.kind !== 'runs-on' ||
        (ask === 'target' ? !mayRunOn(ctx, anchor, n) : !mayRunOn(ctx, n, anchor))) &&
      // Only an option the graph and its implications show false may be offered as wrong.
      (ask === 'target'
        ? imp.relation(edge.kind, anchor.id, n.id)
        : imp.relation(edge.kind, n.id, anchor.id)) === 'false',
  );
  const used = new Set([answer.label.trim().toLowerCase(), anchor.label.trim().toLowerCase()]);
  // Prefer nodes that play the same part in this relation elsewhere (other things built on, other platforms).
  const role = `${ask === 'target' ? 'in' : 'out'}:${edge.kind}`;
  const wrong = pickLookAlikes(ctx, id, answer.id, candidates, used, MAX_OPTIONS - 1, role);
  const kind: QuestionKind =
    edge.kind === 'complies-with' ? 'compliance' : edge.kind === 'runs-on' ? 'runs-on' : 'relation';
  return assemble(
    {
      id,
      kind,
      prompt: withQualifier(make(anchor.label, kindWord(answer)), edge.qualifier),
      explanation: `${edgeSentence(ctx.index, edge)}.`,
      cite: edge.cite,
      focusNodes: [anchor.id, answer.id],
      basis: { type: 'relation', relation: edge.kind, edge: edge.id, anchor: anchor.id, ask },
    },
    nodeOption(answer),
    wrong.map(nodeOption),
  );
}
