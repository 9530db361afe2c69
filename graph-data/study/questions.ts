import { indexGraph, type GraphIndex } from '../model/graph-index';
import {
  HOSTING_LABELS,
  HOSTING_VALUES,
  NODE_KIND_INFO,
  ORCHESTRATOR_VALUES,
  type Hosting,
  type Orchestrator,
} from '../model/kinds';
import type { Citation, Graph, GraphEdge, GraphNode, Price, PriceUnit } from '../model/schema';
import { PRICE_UNITS } from '../model/schema';
import { edgeSentence } from '../model/sentences';
import { RELATIONS, type RelationKind } from '../model/vocabulary';
import { formatPrice } from '../pricing/estimate';
import { hashString, seededShuffle } from '../model/seeded';

/**
 * Quiz questions generated purely from the graph: every typed relation, compliance list, facet and price
 * in the notes becomes one or more multiple-choice questions, so adding a fact to the notes adds questions.
 *
 * Correctness rule: exactly one option is supported by the graph, and every distractor is provably false
 * in the graph (for relations, a distractor has no edge at all with the node asked about, and is not
 * reachable from it through a chain of related "structural" relations; for "Which X <verb> Y?" the
 * distractor's own list for that relation must be in the notes; platforms named after a hosting class,
 * such as "On-premises servers", count as covering every platform of that class). Questions that cannot get at
 * least two such distractors are skipped. Distractors are look-alikes: nodes of the same kind that share
 * words in their names, neighbours, relation roles and facets with the right answer.
 */

/**
 * The type of a question (used to group the session summary):
 * - `relation`: a typed edge, asked in either direction ("Which service is built on EKS Distro?");
 * - `compliance`: a complies-with edge ("Which service complies with HIPAA?"), or its qualifier
 *   ("Which of these complies with FIPS 140-2 only in GovCloud?");
 * - `not-compliant`: "Which of these does NOT comply with X?" (three that do, one that doesn't);
 * - `runs-on`: "Which of these platforms does X run on?";
 * - `price`: "What does <pricing item> cost?";
 * - `facet`: a hosting or orchestrator facet ("Which of these can run air-gapped?");
 * - `definition`: "Which service is this?" from a definition fact with the name hidden.
 */
export const QUESTION_KINDS = [
  'relation',
  'compliance',
  'not-compliant',
  'runs-on',
  'price',
  'facet',
  'definition',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionOption {
  id: string;
  label: string;
  /** The graph node this option names, when it names one. */
  node?: string;
}

/** What a question tests, in structured form (for the UI and for checking answers against the graph). */
export type QuestionBasis =
  | { type: 'relation'; relation: RelationKind; edge: string; anchor: string; ask: 'target' | 'source' }
  | { type: 'not-compliant'; compliance: string }
  | { type: 'qualified-compliance'; edge: string; compliance: string; qualifier: string }
  | { type: 'price'; node: string }
  | { type: 'facet'; facet: 'hosting' | 'orchestrator'; value: string }
  | { type: 'definition'; node: string };

export interface Question {
  /** Stable id derived from what is tested (e.g. `rel:<edgeId>:target`); the spaced-repetition key. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** 3-4 options in a fixed, seeded order. */
  options: QuestionOption[];
  /** The id of the right option. */
  answer: string;
  /** A sentence stating the fact, e.g. "Amazon EKS Anywhere is built on Amazon EKS Distro." */
  explanation: string;
  cite: Citation;
  /** Nodes to show in the graph after answering: the fact's own nodes first, then the other options. */
  focusNodes: string[];
  /** The nodes the tested fact is about (a prefix of `focusNodes`); mastery of a node aggregates these. */
  subjects: string[];
  basis: QuestionBasis;
}

/** The most options a question has (the right one and up to three distractors). */
export const MAX_OPTIONS = 4;
/** Questions with fewer distractors than this are not asked. */
export const MIN_DISTRACTORS = 2;

/**
 * Relations that say one thing is made of, built from or depends on another. A distractor for one of
 * these may not be reachable from the node asked about through any chain of them: if EKS Anywhere is
 * built on EKS Distro, a distribution of Kubernetes, "Kubernetes" is not offered as a wrong answer to
 * "EKS Anywhere is built on which component?".
 */
const STRUCTURAL: ReadonlySet<RelationKind> = new Set<RelationKind>([
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

/** Documented as running only in the AWS cloud, so not on any customer platform. */
const cloudOnly = (n: GraphNode) => n.hosting.length > 0 && n.hosting.every((h) => h.value === 'aws-cloud');

/**
 * For "Which service <verb> X?", the absence of an edge only proves something about a node whose own list
 * for that relation is in the notes: a distractor must have at least one edge of the kind (for symmetric
 * relations, in either direction), or, for platforms, be documented as running only in the AWS cloud.
 */
function documentedFor(ctx: Context, n: GraphNode, kind: RelationKind): boolean {
  const has = (edges: GraphEdge[] | undefined) => (edges ?? []).some((e) => e.kind === kind);
  if (has(ctx.index.outgoing.get(n.id))) return true;
  if (SYMMETRIC.has(kind) && has(ctx.index.incoming.get(n.id))) return true;
  return kind === 'runs-on' && cloudOnly(n);
}

/** Relations that read the same both ways: an edge in either direction makes the statement true. */
const SYMMETRIC: ReadonlySet<RelationKind> = new Set<RelationKind>(['alternative-to', 'integrates-with']);

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

function template(kind: RelationKind, ask: 'target' | 'source'): Template | undefined {
  const custom = TEMPLATES[kind];
  if (custom === null) return undefined;
  const own = custom?.[ask];
  if (own) return own;
  const verb = RELATIONS[kind].verb;
  return ask === 'target' ? (s, w) => `${s} ${verb} which ${w}?` : (t, w) => `Which ${w} ${verb} ${t}?`;
}

const HOSTING_PHRASES: Record<Hosting, string> = {
  'aws-cloud': 'runs in the AWS cloud',
  'on-premises': 'can run on-premises',
  edge: 'can run at the edge',
  hybrid: 'supports hybrid deployments',
  'air-gapped': 'can run air-gapped',
  'other-clouds': 'can run on other clouds',
};
const ORCHESTRATOR_PHRASES: Record<Orchestrator, string> = {
  ecs: 'is built around Amazon ECS',
  kubernetes: 'is built around Kubernetes',
  none: 'runs without a container orchestrator',
};

const STOP_WORDS = new Set(['amazon', 'aws', 'the', 'of', 'for', 'and', 'a', 'an', 'on', 'in', 'with', 'to']);

/** Pre-computed look-alike signals for every node. */
interface Context {
  graph: Graph;
  index: GraphIndex;
  neighbours: Map<string, Set<string>>;
  roles: Map<string, Set<string>>;
  tokens: Map<string, Set<string>>;
  facets: Map<string, Set<string>>;
}

function buildContext(graph: Graph): Context {
  const index = indexGraph(graph);
  const neighbours = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  const tokens = new Map<string, Set<string>>();
  const facets = new Map<string, Set<string>>();
  for (const n of graph.nodes) {
    neighbours.set(n.id, new Set());
    roles.set(n.id, new Set());
    const words = [n.label, ...n.aliases]
      .join(' ')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !STOP_WORDS.has(w));
    tokens.set(n.id, new Set(words));
    facets.set(
      n.id,
      new Set([...n.hosting.map((h) => `h:${h.value}`), ...n.orchestrator.map((o) => `o:${o.value}`)]),
    );
  }
  for (const e of graph.edges) {
    neighbours.get(e.source)?.add(e.target);
    neighbours.get(e.target)?.add(e.source);
    roles.get(e.source)?.add(`out:${e.kind}`);
    roles.get(e.target)?.add(`in:${e.kind}`);
  }
  return { graph, index, neighbours, roles, tokens, facets };
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
function pickLookAlikes(
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
function reachable(
  index: GraphIndex,
  start: string,
  direction: 'out' | 'in',
  kinds: ReadonlySet<RelationKind>,
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

/** The hosting classes a platform belongs to: its own class, and the hosting of the services that run on it. */
function platformHosting(ctx: Context, p: GraphNode): Set<Hosting> {
  const out = new Set<Hosting>();
  const cls = platformClass(p);
  if (cls) out.add(cls);
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
function mayRunOn(ctx: Context, n: GraphNode, p: GraphNode): boolean {
  // What n is made of or part of (EKS Anywhere for an EKS Anywhere cluster, ECS Anywhere for ECS) counts too.
  const relatives = new Set([
    ...reachable(ctx.index, n.id, 'out', STRUCTURAL),
    ...reachable(ctx.index, n.id, 'in', STRUCTURAL),
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

/** Every node with an edge of any kind, in either direction, to `id`. */
function linked(ctx: Context, id: string): Set<string> {
  return ctx.neighbours.get(id) ?? new Set();
}

function nodeOption(n: GraphNode): QuestionOption {
  return { id: n.id, label: n.label, node: n.id };
}

function textOption(text: string): QuestionOption {
  return { id: `o${hashString(text).toString(36)}`, label: text };
}

function withQualifier(prompt: string, qualifier: string | undefined): string {
  return qualifier ? prompt.replace(/\?$/, ` (${qualifier})?`) : prompt;
}

function kindWord(n: GraphNode): string {
  return NODE_KIND_INFO[n.kind].label.toLowerCase();
}

/** Builds the question, or nothing when there are too few distractors. */
function assemble(
  q: Omit<Question, 'options' | 'answer' | 'focusNodes' | 'subjects'> & { focusNodes: string[] },
  right: QuestionOption,
  wrong: QuestionOption[],
): Question | undefined {
  if (wrong.length < MIN_DISTRACTORS) return undefined;
  const options = seededShuffle([right, ...wrong.slice(0, MAX_OPTIONS - 1)], q.id);
  const focus = [...q.focusNodes];
  for (const o of options) if (o.node && !focus.includes(o.node)) focus.push(o.node);
  return { ...q, options, answer: right.id, focusNodes: focus, subjects: [...q.focusNodes] };
}

function relationQuestions(ctx: Context): Question[] {
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
  // "Which platforms does X run on?" needs X's hosting in the notes to rule platforms out.
  if (edge.kind === 'runs-on' && ask === 'target' && anchor.hosting.length === 0) return undefined;
  const excluded = new Set<string>([anchor.id, answer.id, ...linked(ctx, anchor.id)]);
  const chainKinds: ReadonlySet<RelationKind> = STRUCTURAL.has(edge.kind) ? STRUCTURAL : new Set([edge.kind]);
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
      (edge.kind !== 'runs-on' || (ask === 'target' ? !mayRunOn(ctx, anchor, n) : !mayRunOn(ctx, n, anchor))),
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

function listLabels(labels: string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** "Which of these does NOT comply with X?": three services that do (unqualified), one with a compliance list without X. */
function notCompliantQuestions(ctx: Context): Question[] {
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
function qualifiedComplianceQuestions(ctx: Context): Question[] {
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
    const wrong = pickLookAlikes(
      ctx,
      id,
      service.id,
      candidates,
      new Set([service.label.trim().toLowerCase()]),
      MAX_OPTIONS - 1,
    );
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

/** "What does <pricing item> cost?" with the formatted price and look-alike wrong prices. */
function priceQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  const priced = ctx.graph.nodes.filter((n) => n.price);
  const perUnit = priced.filter((n) => n.price!.model === 'per-unit' && n.price!.amount !== undefined);
  const unitsInUse = new Set<PriceUnit>(perUnit.map((n) => n.price!.unit));
  for (const node of priced) {
    const price = node.price!;
    const id = `price:${node.id}`;
    const right = formatPrice(price);
    const pool: string[][] = [];
    const others = seededShuffle(
      perUnit.filter((n) => n.id !== node.id),
      id,
    ).map((n) => n.price!);
    const region = price.model === 'per-unit' ? price.region : undefined;
    const asOurs = (p: Price): Price => ({ ...p, region });
    if (price.model === 'per-unit' && price.amount !== undefined) {
      // Look-alikes first: the same unit at another amount, then the same amount in another unit.
      pool.push(
        others
          .filter((p) => p.unit === price.unit && p.amount !== price.amount)
          .map((p) => formatPrice(asOurs(p))),
      );
      const wrongUnits = seededShuffle(
        PRICE_UNITS.filter((u) => u !== 'none' && u !== price.unit),
        `${id}|units`,
      ).sort((a, b) => Number(unitsInUse.has(b)) - Number(unitsInUse.has(a)));
      pool.push(wrongUnits.slice(0, 1).map((unit) => formatPrice({ ...price, unit })));
      pool.push(
        others
          .filter((p) => p.unit !== price.unit && p.amount !== price.amount)
          .map((p) => formatPrice(asOurs(p))),
      );
      pool.push(wrongUnits.slice(1).map((unit) => formatPrice({ ...price, unit })));
    } else {
      // Free / contact sales / underlying resources: only clearly wrong per-unit amounts as foils.
      pool.push(others.map((p) => formatPrice(p)));
    }
    const seen = new Set([right]);
    const wrong: QuestionOption[] = [];
    for (const text of pool.flat()) {
      if (wrong.length >= MAX_OPTIONS - 1) break;
      if (seen.has(text)) continue;
      seen.add(text);
      wrong.push(textOption(text));
    }
    const payers = (ctx.index.incoming.get(node.id) ?? [])
      .filter((e) => e.kind === 'priced-by')
      .map((e) => e.source);
    const freeTier = price.freeTier ? ` Free tier: ${price.freeTier}.` : '';
    const q = assemble(
      {
        id,
        kind: 'price',
        prompt: `What does ${node.label} cost?`,
        explanation: `${node.label}: ${right}.${freeTier}`,
        cite: node.cite,
        focusNodes: [node.id, ...payers],
        basis: { type: 'price', node: node.id },
      },
      textOption(right),
      wrong,
    );
    if (q) out.push(q);
  }
  return out;
}

/** "Which of these can run air-gapped?": one node with the facet value, look-alikes whose facet list lacks it. */
function facetQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  const { graph } = ctx;
  const facets = [
    {
      facet: 'hosting' as const,
      values: HOSTING_VALUES as readonly string[],
      phrase: HOSTING_PHRASES as Record<string, string>,
    },
    {
      facet: 'orchestrator' as const,
      values: ORCHESTRATOR_VALUES as readonly string[],
      phrase: ORCHESTRATOR_PHRASES as Record<string, string>,
    },
  ];
  for (const { facet, values, phrase } of facets) {
    for (const value of values) {
      for (const node of graph.nodes) {
        const claim = node[facet].find((f) => f.value === value);
        if (!claim) continue;
        const id = `facet:${facet}:${value}:${node.id}`;
        const candidates = graph.nodes.filter(
          (n) =>
            n.kind === node.kind &&
            n.id !== node.id &&
            n[facet].length > 0 &&
            !n[facet].some((f) => f.value === value),
        );
        const wrong = pickLookAlikes(
          ctx,
          id,
          node.id,
          candidates,
          new Set([node.label.trim().toLowerCase()]),
          MAX_OPTIONS - 1,
        );
        const q = assemble(
          {
            id,
            kind: 'facet',
            prompt: withQualifier(`Which of these ${phrase[value]}?`, claim.qualifier),
            explanation: `${node.label} ${phrase[value]}${claim.qualifier ? ` (${claim.qualifier})` : ''}.`,
            cite: claim.cite,
            focusNodes: [node.id],
            basis: { type: 'facet', facet, value },
          },
          nodeOption(node),
          wrong.map(nodeOption),
        );
        if (q) out.push(q);
      }
    }
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with every name of the node (label, aliases, label without "Amazon"/"AWS") replaced by "…". */
export function hideNames(text: string, node: GraphNode): string {
  const names = new Set<string>();
  for (const name of [node.label, ...node.aliases]) {
    names.add(name);
    const short = name.replace(/^(Amazon|AWS)\s+/i, '');
    if (short.length > 2) names.add(short);
  }
  let out = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(name)}(?![A-Za-z0-9])`, 'gi'), '…');
  }
  return out;
}

/** "Which service is this? “…”" from each node's definition fact, with its names hidden. */
function definitionQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  for (const node of ctx.graph.nodes) {
    const definitions = node.facts.filter((f) => f.category === 'definition');
    definitions.forEach((fact, i) => {
      const id = `def:${node.id}${i > 0 ? `:${i}` : ''}`;
      const candidates = ctx.graph.nodes.filter((n) => n.kind === node.kind && n.id !== node.id);
      const wrong = pickLookAlikes(
        ctx,
        id,
        node.id,
        candidates,
        new Set([node.label.trim().toLowerCase()]),
        MAX_OPTIONS - 1,
      );
      const q = assemble(
        {
          id,
          kind: 'definition',
          prompt: `Which ${kindWord(node)} is this? \u201c${hideNames(fact.text, node)}\u201d`,
          explanation: `That is ${node.label}: ${fact.text}`,
          cite: fact.cite,
          focusNodes: [node.id],
          basis: { type: 'definition', node: node.id },
        },
        nodeOption(node),
        wrong.map(nodeOption),
      );
      if (q) out.push(q);
    });
  }
  return out;
}

/**
 * Every question the graph supports, in a fixed order (relations, compliance, prices, facets, definitions).
 * Pure and deterministic: the same graph always gives the same questions with the same option order.
 */
export function generateQuestions(graph: Graph): Question[] {
  const ctx = buildContext(graph);
  const all = [
    ...relationQuestions(ctx),
    ...qualifiedComplianceQuestions(ctx),
    ...notCompliantQuestions(ctx),
    ...priceQuestions(ctx),
    ...facetQuestions(ctx),
    ...definitionQuestions(ctx),
  ];
  const seen = new Set<string>();
  return all.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true)));
}

/** Whether `optionId` is the right answer to `question`. */
export function isCorrect(question: Question, optionId: string): boolean {
  return question.answer === optionId;
}
