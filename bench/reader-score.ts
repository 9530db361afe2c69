/**
 * How well the plain-notes reader reads notes that a curated graph was written from: its nodes
 * matched to the curated graph's by resolved name, then precision and recall of services, of
 * relations by kind, of the compliance and hosting facets, of prices and of worked-example verdicts.
 * `npm run eval` (reader-eval.ts) prints it for the seed notes; reader-score.test.ts holds the reader
 * to its goals on them.
 */
import { resolveNode } from '../graph-data/model/graph-index';
import type { Graph, GraphNode } from '../graph-data/model/schema';
import { isSymmetric } from '../graph-data/model/vocabulary';
import { checkExample } from '../graph-data/pricing/estimate';
import { buildGraph } from '../graph-data/readers/build-graph';
import type { Draft, NoteFile } from '../graph-data/readers/draft';
import { normalise, singular } from '../graph-data/readers/plain/names';
import { readPlainNotes } from '../graph-data/readers/plain';

export const RELATION_KINDS = [
  'complies-with',
  'integrates-with',
  'runs-on',
  'priced-by',
  'has-component',
  'has-feature',
  'suited-for',
  'monitored-with',
  'audited-with',
  'encrypts-with',
];

// ---- matching the imported graph's nodes to the curated graph's, by resolved name ----

/**
 * The graph the import back end built from the seeds alone, with each node's id replaced by the id
 * of the curated node its label or aliases name (a node of the same kind first); prices by what they
 * charge and who pays them; comparisons by their subjects. Unmatched nodes keep "new:<id>".
 */
function toCuratedIds(g: Graph, base: Graph): Graph {
  const byKind = new Map<string, Graph>();
  const ofKind = (kind: string) => {
    let sub = byKind.get(kind);
    if (!sub) byKind.set(kind, (sub = { ...base, nodes: base.nodes.filter((n) => n.kind === kind) }));
    return sub;
  };
  const lookup = (names: string[], kind?: string): GraphNode | undefined => {
    const tries = names.flatMap((n) => [n, singular(n)]);
    for (const sub of kind ? [ofKind(kind), base] : [base])
      for (const n of tries) {
        const hit = resolveNode(sub, n);
        if (hit) return hit;
      }
    return undefined;
  };
  const idOf = new Map<string, string>();
  const payers = (id: string) =>
    g.edges
      .filter((e) => e.kind === 'priced-by' && e.target === id)
      .map((e) => idOf.get(e.source) ?? e.source);
  const ordered = [...g.nodes].sort((a, b) => Number(a.kind === 'pricing') - Number(b.kind === 'pricing'));
  for (const n of ordered) {
    let hit: GraphNode | undefined;
    if (n.kind === 'pricing') hit = matchPrice(n, payers(n.id), base);
    else if (n.kind === 'comparison') hit = matchComparison(n, base, (s) => idOf.get(s) ?? s);
    else hit = lookup([n.label, ...n.aliases], n.kind);
    idOf.set(n.id, hit?.id ?? `new:${n.id}`);
  }
  const id = (x: string) => idOf.get(x) ?? `new:${x}`;
  const nodes = new Map<string, GraphNode>();
  for (const n of g.nodes) {
    const nid = id(n.id);
    const examples = n.examples.map((e) => ({
      ...e,
      terms: e.terms.map((t) => ({ ...t, price: id(t.price) })),
    }));
    const have = nodes.get(nid);
    if (have) {
      have.hosting.push(...n.hosting);
      have.examples.push(...examples);
    } else nodes.set(nid, { ...n, id: nid, hosting: [...n.hosting], examples });
  }
  const edges = g.edges.map((e) => ({ ...e, source: id(e.source), target: id(e.target) }));
  return { ...g, nodes: [...nodes.values()], edges };
}

function matchPrice(n: GraphNode, payerIds: string[], base: Graph): GraphNode | undefined {
  const p = n.price;
  if (!p) return undefined;
  return base.nodes.find(
    (c) =>
      c.price &&
      c.price.model === p.model &&
      c.price.amount === p.amount &&
      base.edges.some((e) => e.kind === 'priced-by' && e.target === c.id && payerIds.includes(e.source)),
  );
}

function matchComparison(
  n: GraphNode,
  base: Graph,
  id: (s: string) => string | undefined,
): GraphNode | undefined {
  const mine = new Set((n.comparison?.subjects ?? []).map(id));
  let best: GraphNode | undefined;
  let bestCount = 0;
  for (const c of base.nodes.filter((x) => x.comparison)) {
    const shared = c.comparison!.subjects.filter((s) => mine.has(s)).length;
    if (shared > bestCount) [best, bestCount] = [c, shared];
  }
  return bestCount >= 2 ? best : undefined;
}

// ---- measuring ----

export interface Score {
  what: string;
  curated: number;
  read: number;
  matched: number;
  precision: number;
  recall: number;
  /** Recall over the curated items whose target the cited section names. */
  recallNamed?: number;
  interpretations?: string[];
  missed: string[];
  extra: string[];
}

function score(what: string, want: Set<string>, got: Set<string>, named?: (key: string) => boolean): Score {
  const matched = [...got].filter((k) => want.has(k)).length;
  const missed = [...want].filter((k) => !got.has(k));
  const s: Score = {
    what,
    curated: want.size,
    read: got.size,
    matched,
    precision: got.size ? matched / got.size : 1,
    recall: want.size ? matched / want.size : 1,
    missed,
    extra: [...got].filter((k) => !want.has(k)),
  };
  if (named) {
    const interpretations = missed.filter((k) => !named(k));
    const wantNamed = want.size - interpretations.length;
    s.recallNamed = wantNamed ? matched / wantNamed : 1;
    s.interpretations = interpretations;
  }
  return s;
}

export const edgeKey = (e: { source: string; target: string; kind: string }) =>
  isSymmetric(e.kind) && e.target < e.source
    ? `${e.target} ~ ${e.source}`
    : `${e.source} ${isSymmetric(e.kind) ? '~' : '->'} ${e.target}`;
const edgesOf = (g: Graph, kind: string) => new Set(g.edges.filter((e) => e.kind === kind).map(edgeKey));

/** What the reader made of `files`, and how it scores against `curated`. */
export interface ReaderScore {
  draft: Draft;
  /** The reader's graph with its nodes renamed to the curated ids they match ("new:<id>" otherwise). */
  read: Graph;
  scores: Score[];
  /** Over the relation kinds of RELATION_KINDS. */
  totals: { curated: number; read: number; matched: number; interpretations: number };
  overall: { precision: number; recall: number; recallNamed: number };
  /** Prices whose unit the reader read otherwise. */
  unitNotes: string[];
}

/** Reads `files` with the plain reader and scores the graph against `curated`. */
export function scoreReader(files: NoteFile[], curated: Graph): ReaderScore {
  const draft = readPlainNotes(files);
  const built = buildGraph([draft]);
  const read = toCuratedIds(built.graph, curated);
  // The seeds' lines per cited section, to tell a curated relation the words state from an interpretation.
  const seedLines = new Map(files.map((f) => [f.path, f.text.split(/\r?\n/)]));
  const sectionLines = new Map<string, string[]>();
  const noteFile: Record<string, string> = Object.fromEntries(
    Object.entries(curated.sources).map(([k, v]) => [k, v.file]),
  );
  {
    const cites = [
      ...draft.nodes.flatMap((n) => [n.cite, ...n.facts.map((f) => f.cite)]),
      ...draft.relations.map((r) => r.cite),
    ];
    for (const c of cites) {
      const key = `${c.file}\u0001${c.section}`;
      const line = seedLines.get(c.file)?.[c.line - 1] ?? '';
      const have = sectionLines.get(key) ?? [];
      if (!have.includes(line)) sectionLines.set(key, [...have, line]);
    }
  }
  const curatedById = new Map(curated.nodes.map((n) => [n.id, n]));
  const stripVendor = (n: string) => n.replace(/^(?:Amazon|AWS)\s+/, '');

  /** The node a cited section is about: "Amazon ECS Anywhere › Overview", or a title that starts with its name. */
  function sectionSubject(section: string): GraphNode | undefined {
    const head = section.split(' › ')[0]!;
    const hit = resolveNode(curated, head);
    if (hit) return hit;
    let best: GraphNode | undefined;
    let bestLength = 0;
    for (const n of curated.nodes.filter((x) => x.kind === 'service'))
      for (const name of [n.label, ...n.aliases].map(stripVendor))
        if (name.length > bestLength && normalise(head).startsWith(`${normalise(name)} `))
          [best, bestLength] = [n, name.length];
    return best;
  }

  /**
   * The ways a line may name a node: label and aliases, without brackets or "Amazon"/"AWS", without the
   * section subject's own name in front ("EKS cluster" is "cluster" in the EKS section), and a price by
   * its amount ("$0.01025").
   */
  function namesOf(node: GraphNode | undefined, subject: GraphNode | undefined): string[] {
    if (!node) return [];
    const own = subject ? [subject.label, ...subject.aliases].map((n) => normalise(stripVendor(n))) : [];
    const names = [node.label, ...node.aliases]
      .flatMap((n) => [n, n.replace(/\s*\(.*\)$/, ''), stripVendor(n)])
      .map(normalise)
      .flatMap((n) => [n, ...own.filter((o) => n.startsWith(`${o} `)).map((o) => n.slice(o.length + 1))]);
    // "$0.10/hour" is the amount 0.1: written with cents as notes write prices.
    const amount = node.price?.amount;
    if (amount !== undefined) names.push(normalise(`$${amount}`), normalise(`$${amount.toFixed(2)}`));
    return [...new Set(names)].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);
  }

  /** The line with the first of `names` blanked out, or undefined when it names none of them. */
  function mask(line: string, names: string[]): string | undefined {
    for (const n of names) {
      const at = line.indexOf(` ${n} `);
      if (at >= 0) return `${line.slice(0, at)} ${' '.repeat(n.length)} ${line.slice(at + n.length + 2)}`;
    }
    return undefined;
  }

  /**
   * Whether the notes state a curated relation: one line of the section it cites names its target and,
   * unless the section is about the source itself, names its source too (apart from the target's own
   * words: "Kubernetes RBAC" does not name Kubernetes). A relation with no such line is an
   * interpretation, which a reader that claims only what lines say cannot find.
   */
  function namedInSection(kind: string, key: string): boolean {
    const [source, , target] = key.split(' ');
    const edge = curated.edges.find(
      (e) =>
        e.kind === kind &&
        ((e.source === source && e.target === target) || (e.source === target && e.target === source)),
    );
    if (!edge) return true;
    const lines = sectionLines.get(`${noteFile[edge.cite.note] ?? ''}\u0001${edge.cite.section}`);
    if (lines === undefined) return true;
    const subject = sectionSubject(edge.cite.section);
    const to = namesOf(curatedById.get(edge.target), subject);
    const from = namesOf(curatedById.get(edge.source), subject);
    return lines.some((raw) => {
      const rest = mask(` ${normalise(raw)} `, to);
      return rest !== undefined && (edge.source === subject?.id || mask(rest, from) !== undefined);
    });
  }

  const kindIds = (g: Graph, kind: string) =>
    new Set(g.nodes.filter((n) => n.kind === kind).map((n) => n.id));
  const scores: Score[] = [];
  scores.push(score('services', kindIds(curated, 'service'), kindIds(read, 'service')));
  for (const kind of RELATION_KINDS)
    scores.push(score(kind, edgesOf(curated, kind), edgesOf(read, kind), (k) => namedInSection(kind, k)));

  const services = kindIds(curated, 'service');
  const facet = (g: Graph, f: 'compliance' | 'hosting') =>
    new Set(
      g.nodes
        .filter((n) => services.has(n.id))
        .flatMap((n) =>
          f === 'hosting'
            ? n.hosting.map((h) => `${n.id}: ${h.value}`)
            : g.edges
                .filter((e) => e.kind === 'complies-with' && e.source === n.id)
                .map((e) => `${n.id}: ${e.target}`),
        ),
    );
  scores.push(score('facet: compliance', facet(curated, 'compliance'), facet(read, 'compliance')));
  scores.push(score('facet: hosting', facet(curated, 'hosting'), facet(read, 'hosting')));

  const priceKey = (n: GraphNode) =>
    `${n.id} = ${n.price!.model}${n.price!.amount !== undefined ? ` $${n.price!.amount}` : ''}`;
  scores.push(
    score(
      'prices',
      new Set(curated.nodes.filter((n) => n.price).map(priceKey)),
      new Set(read.nodes.filter((n) => n.price).map(priceKey)),
    ),
  );
  const unitNotes = read.nodes
    .filter((n) => n.price?.model === 'per-unit' && curatedById.get(n.id)?.price)
    .flatMap((n) => {
      const want = curatedById.get(n.id)!.price!.unit;
      const got = n.price!.unit === 'other' ? `other (${n.price!.unitText})` : n.price!.unit;
      return want === n.price!.unit ? [] : [`${n.id}: read ${got}, curated ${want}`];
    });

  const verdicts = (g: Graph) =>
    new Set(
      g.nodes.flatMap((n) =>
        n.examples.map(
          (ex) => `${n.id} $${ex.stated.amount}: ${checkExample(g, ex).agrees ? 'adds up' : 'flagged'}`,
        ),
      ),
    );
  scores.push(score('worked-example verdicts', verdicts(curated), verdicts(read)));

  const relationScores = scores.filter((s) => RELATION_KINDS.includes(s.what));
  const sum = (f: (s: Score) => number) => relationScores.reduce((t, s) => t + f(s), 0);
  const totals = {
    curated: sum((s) => s.curated),
    read: sum((s) => s.read),
    matched: sum((s) => s.matched),
    interpretations: sum((s) => s.interpretations?.length ?? 0),
  };
  const overall = {
    precision: totals.matched / totals.read,
    recall: totals.matched / totals.curated,
    recallNamed: totals.matched / (totals.curated - totals.interpretations),
  };
  return { draft, read, scores, totals, overall, unitNotes };
}
