import { Graph, type Citation, type GraphEdge, type GraphNode, type Inference } from '../model/schema';
import type { NodeKind } from '../model/kinds';
import { isKnownRelation, relationAllows, relationInfo } from '../model/vocabulary';
import { hasLoneSurrogate } from '../compile/well-formed';
import type { Draft, DraftNode, DraftRelation, ImportProblem, SourceRef } from './draft';
import { LinkResolver, linkTargetName } from './link-resolver';
import { IdAllocator, nameKey, noteBaseName, slugify } from './names';
import { importStats, type ImportStats } from './import-stats';
import type { Tour } from '../tours/tour-schema';

/*
 * The one back end every reader shares. It merges what the readers found into nodes, resolves every
 * name to a node as Obsidian resolves links (see link-resolver.ts), makes placeholder nodes for links
 * to notes that do not exist, gives every node a unique slug id, keeps every citation's file and line,
 * validates the result with the zod Graph schema and reports every problem, per file, at once. An item
 * with a problem is left out or kept with a warning; the rest of the notes are still imported.
 */

export interface BuildOptions {
  /** A graph to merge into (the built-in one): notes that name its nodes join them. */
  base?: Graph;
  /** Checked between phases; an aborted build throws the signal's reason. */
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
}

/** An `![[embed]]` as the graph lists it: which node embeds what, and where. */
export interface ImportedEmbed {
  node: string;
  target: string;
  file: string;
  line: number;
}

/** What an import made: the graph, every problem, counts, and the embeds it listed. */
export interface ImportResult {
  graph: Graph;
  problems: ImportProblem[];
  stats: ImportStats;
  embeds: ImportedEmbed[];
  /** The guided tours written among the notes (typed-format files whose front matter opens with `tour:`). */
  tours: Tour[];
  /**
   * The graph passed the Graph schema here (and is the schema's output), so that the page that shows
   * it need not validate it again; absent when it did not, and then it is never shown.
   */
  validated?: true;
}

/** A node being assembled from one or more draft nodes (or a fixed node that notes add to). */
interface Entity {
  id?: string;
  wantedId: string;
  kind: NodeKind;
  label: string;
  aliases: string[];
  tags: string[];
  summary?: string;
  description?: string;
  facts: GraphNode['facts'];
  hosting: GraphNode['hosting'];
  orchestrator: GraphNode['orchestrator'];
  attributes: GraphNode['attributes'];
  price?: GraphNode['price'];
  examples: DraftNode['examples'];
  comparison?: GraphNode['comparison'];
  cite: Citation;
  file?: string;
  sourceFile: string;
  inferred?: Inference;
  placeholder?: boolean;
  /** A node of the base or typed graph: kept as it is, with what notes add appended. */
  fixed?: GraphNode;
  touched?: boolean;
}

const PROGRESS_STEP = 500;

/** Builds one validated graph from readers' drafts (and an optional base graph to merge into). */
export function buildGraph(drafts: readonly Draft[], options: BuildOptions = {}): ImportResult {
  const { base, signal } = options;
  const problems: ImportProblem[] = drafts.flatMap((d) => d.problems);
  const sources: Graph['sources'] = { ...(base?.sources ?? {}) };
  const total = drafts.reduce((n, d) => n + d.nodes.length + d.relations.length, 0);
  let done = 0;
  const progress = (step = 1) => {
    done += step;
    if (options.onProgress && (done % PROGRESS_STEP === 0 || done === total)) options.onProgress(done, total);
  };
  signal?.throwIfAborted();

  // Fixed nodes: the base graph's, then the typed format's, each kept exactly.
  const fixed = new Map<string, Entity>();
  const fixedEdges: GraphEdge[] = [];
  const ids = new IdAllocator();
  const resolver = new LinkResolver<Entity>(base, (id) => fixed.get(id), problems);
  const addFixed = (node: GraphNode, origin: 'built-in' | 'notes') => {
    if (ids.has(node.id)) return;
    ids.claim(node.id);
    const entity = fixedEntity({ ...node, origin: node.origin ?? origin });
    fixed.set(node.id, entity);
    resolver.addId(node.id, entity);
    if (origin === 'notes') {
      resolver.addName(node.label, entity);
      node.aliases.forEach((a) => resolver.addName(a, entity));
    }
  };
  for (const node of base?.nodes ?? []) addFixed(node, 'built-in');
  fixedEdges.push(...(base?.edges ?? []));
  for (const d of drafts) {
    if (!d.resolved) continue;
    Object.assign(sources, d.resolved.sources);
    d.resolved.nodes.forEach((n) => addFixed(n, 'notes'));
    fixedEdges.push(...d.resolved.edges);
  }

  // Draft nodes: note files first (so that names found elsewhere join them), then the rest.
  const entities: Entity[] = [];
  const byRef = new Map<string, Entity>();
  const ordered = drafts.flatMap((d) => d.nodes).sort((a, b) => Number(!a.file) - Number(!b.file));
  for (const d of ordered) {
    progress();
    if (!checkText(d, problems)) continue;
    sources[d.cite.file] ??= { file: d.cite.file, title: noteBaseName(d.cite.file) };
    const existing = (d.id && fixed.get(d.id)) || joinTarget(d, resolver, base, fixed);
    if (existing) {
      mergeInto(existing, d, problems);
      byRef.set(d.ref, existing);
      if (d.file) resolver.addFile(d.file, existing);
      continue;
    }
    const entity = newEntity(d);
    entities.push(entity);
    byRef.set(d.ref, entity);
    if (d.file) resolver.addFile(d.file, entity);
    resolver.addName(d.ref, entity);
    resolver.addName(d.label, entity);
    d.aliases.forEach((a) => resolver.addName(a, entity));
  }
  signal?.throwIfAborted();

  // Relations: both ends resolved; a name nothing answers to becomes a placeholder.
  const placeholders = new Map<string, Entity>();
  const pending: { from: Entity; to: Entity; r: DraftRelation; kind: string }[] = [];
  for (const r of drafts.flatMap((d) => d.relations)) {
    progress();
    const kind = isKnownRelation(r.kind) ? r.kind : slugify(r.kind);
    const from = byRef.get(r.from) ?? resolver.resolve(r.from, r.cite.file);
    if (!from) {
      problems.push(
        problemAt(r.cite, 'warning', `a relation starts from '${r.from}', which no note defines: left out`),
      );
      continue;
    }
    if (r.qualifier !== undefined && hasLoneSurrogate(r.qualifier)) {
      problems.push(problemAt(r.cite, 'error', LONE_SURROGATE));
      continue;
    }
    const to =
      byRef.get(r.to) ??
      resolver.resolve(r.to, r.cite.file) ??
      placeholder(r, kind, placeholders, resolver, entities);
    if (!to) continue;
    pending.push({ from, to, r, kind });
  }
  signal?.throwIfAborted();

  // Ids, in a stable order: note files by path, then the rest as read.
  for (const e of entities) e.id = ids.claim(e.wantedId);
  const nodes: GraphNode[] = [];
  for (const e of fixed.values()) nodes.push(e.touched ? toGraphNode(e, resolver) : e.fixed!);
  for (const e of entities) nodes.push(toGraphNode(e, resolver));

  const edges = assembleEdges(fixedEdges, pending, problems);
  for (const n of nodes) {
    if (n.comparison && n.origin === 'notes' && !n.file.endsWith('.yaml')) {
      for (const subject of n.comparison.subjects) addEdgeOnce(edges, n.id, 'compares', subject, n.cite);
    }
  }
  const embeds = drafts.flatMap((d) =>
    (d.embeds ?? []).flatMap((em) => {
      const node = byRef.get(em.from) ?? resolver.resolve(em.from, em.cite.file);
      return node?.id ? [{ node: node.id, target: em.target, file: em.cite.file, line: em.cite.line }] : [];
    }),
  );
  const graph: Graph = { sources, nodes, edges: [...edges.values()] };
  const checked = Graph.safeParse(graph);
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 50)) {
      problems.push({
        file: '(graph)',
        severity: 'error',
        message: `the graph does not validate at ${issue.path.join('.')}: ${issue.message}`,
      });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const files = new Set(drafts.flatMap((d) => d.files));
  const extended = [...fixed.values()].filter((e) => e.touched && e.fixed?.origin === 'built-in').length;
  options.onProgress?.(total, total);
  return {
    graph: checked.success ? checked.data : graph,
    problems,
    stats: importStats(graph, files.size, problems, embeds.length, base, extended),
    embeds,
    tours: drafts.flatMap((d) => d.tours ?? []),
    ...(checked.success ? { validated: true as const } : {}),
  };
}

const LONE_SURROGATE = 'the text holds a lone UTF-16 surrogate, which no file or export can hold: left out';

function problemAt(
  cite: SourceRef,
  severity: 'error' | 'warning',
  message: string,
  fix?: string,
): ImportProblem {
  return { file: cite.file, line: cite.line, severity, message, ...(fix ? { fix } : {}) };
}

/** Whether a draft node's text can be stored; reports the line when it cannot. */
function checkText(d: DraftNode, problems: ImportProblem[]): boolean {
  const texts = [d.label, d.summary ?? '', d.description ?? '', ...d.aliases, ...(d.tags ?? [])];
  if (texts.some(hasLoneSurrogate)) {
    problems.push(
      problemAt(d.cite, 'error', `'${d.label.replace(/[\uD800-\uDFFF]/g, '?')}': ${LONE_SURROGATE}`),
    );
    return false;
  }
  d.facts = d.facts.filter((f) => {
    if (!hasLoneSurrogate(f.text)) return true;
    problems.push(problemAt(f.cite, 'error', `a fact: ${LONE_SURROGATE}`));
    return false;
  });
  return true;
}

function citation(ref: SourceRef): Citation {
  return {
    note: ref.file,
    section: ref.section.trim() || noteBaseName(ref.file) || ref.file,
    file: ref.file,
    line: Math.max(1, Math.floor(ref.line)),
  };
}

function fixedEntity(node: GraphNode): Entity {
  return {
    id: node.id,
    wantedId: node.id,
    kind: node.kind,
    label: node.label,
    aliases: [...node.aliases],
    tags: [...(node.tags ?? [])],
    facts: [...node.facts],
    hosting: [...node.hosting],
    orchestrator: [...node.orchestrator],
    attributes: { ...node.attributes },
    examples: [],
    cite: node.cite,
    sourceFile: node.file,
    fixed: node,
  };
}

function newEntity(d: DraftNode): Entity {
  return {
    wantedId: d.id ?? d.label,
    kind: d.kind,
    label: d.label,
    aliases: [...new Set(d.aliases)],
    tags: [...new Set(d.tags ?? [])],
    ...(d.summary ? { summary: d.summary } : {}),
    ...(d.description ? { description: d.description } : {}),
    facts: d.facts.map((f) => ({
      category: f.category,
      text: f.text,
      ...(f.date ? { date: f.date } : {}),
      cite: citation(f.cite),
    })),
    hosting: d.hosting.map((h) => facet(h)),
    orchestrator: d.orchestrator.map((o) => facet(o)),
    attributes: { ...(d.attributes ?? {}) },
    ...(d.price ? { price: d.price } : {}),
    examples: d.examples ?? [],
    ...(d.comparison ? { comparison: d.comparison } : {}),
    cite: citation(d.cite),
    ...(d.file ? { file: d.file } : {}),
    sourceFile: d.cite.file,
    ...(d.inferred ? { inferred: d.inferred } : {}),
  };
}

function facet<T extends string>(f: { value: T; qualifier?: string; cite: SourceRef }) {
  return { value: f.value, ...(f.qualifier ? { qualifier: f.qualifier } : {}), cite: citation(f.cite) };
}

/** The node a draft node joins instead of becoming a new one: a built-in or typed node of that name, or a same-named item. */
function joinTarget(
  d: DraftNode,
  resolver: LinkResolver<Entity>,
  base: Graph | undefined,
  fixed: Map<string, Entity>,
): Entity | undefined {
  for (const name of [d.label, ...d.aliases]) {
    const named = resolver.named(name);
    // Two note files are two nodes, even with one title; an item found in prose joins its note.
    if (named && !(d.file && named.file)) return named;
  }
  if (!base) return undefined;
  for (const name of [d.label, ...d.aliases]) {
    const hit = resolver.resolve(name, d.cite.file);
    if (hit?.fixed && fixed.get(hit.fixed.id) === hit) return hit;
  }
  return undefined;
}

/** Adds what a second draft of the same node says. */
function mergeInto(target: Entity, d: DraftNode, problems: ImportProblem[]): void {
  const other = newEntity(d);
  target.touched = true;
  for (const a of [d.label, ...other.aliases]) {
    if (nameKey(a) !== nameKey(target.label) && !target.aliases.some((x) => nameKey(x) === nameKey(a)))
      target.aliases.push(a);
  }
  for (const t of other.tags) if (!target.tags.includes(t)) target.tags.push(t);
  target.facts.push(...other.facts);
  target.hosting.push(...other.hosting.filter((h) => !target.hosting.some((x) => x.value === h.value)));
  target.orchestrator.push(
    ...other.orchestrator.filter((h) => !target.orchestrator.some((x) => x.value === h.value)),
  );
  for (const [k, v] of Object.entries(other.attributes))
    if (!(k in target.attributes)) target.attributes[k] = v;
  target.summary ??= other.summary;
  target.description ??= other.description;
  target.price ??= other.price;
  target.comparison ??= other.comparison;
  target.examples = [...(target.examples ?? []), ...(other.examples ?? [])];
  target.file ??= other.file;
  if (!target.fixed && target.kind !== other.kind && !d.inferred && !target.inferred) {
    problems.push(
      problemAt(
        d.cite,
        'warning',
        `'${d.label}' is read here as a ${other.kind} and in ${target.sourceFile} as a ${target.kind}: kept as one ${target.kind}`,
        'give the two the same kind, or different names',
      ),
    );
  }
}

/**
 * The kind a placeholder gets: the one kind the relation leads to when the vocabulary names a kind
 * that needs nothing more (complies-with leads to a compliance programme, runs-on to a platform);
 * otherwise `component`, the vocabulary's kind for "a building block or idea", which any note may be.
 */
function placeholderKind(relationKind: string): NodeKind {
  const to = relationInfo(relationKind).to;
  const first = to === 'any' ? undefined : to[0];
  return first && first !== 'pricing' && first !== 'comparison' ? first : 'component';
}

function placeholder(
  r: DraftRelation,
  kind: string,
  placeholders: Map<string, Entity>,
  resolver: LinkResolver<Entity>,
  entities: Entity[],
): Entity | undefined {
  const name = linkTargetName(r.to);
  if (!name) return undefined;
  const label = noteBaseName(name) || name;
  const key = nameKey(name);
  const existing = placeholders.get(key);
  if (existing) return existing;
  const entity: Entity = {
    wantedId: label,
    kind: placeholderKind(kind),
    label,
    aliases: [],
    tags: [],
    facts: [],
    hosting: [],
    orchestrator: [],
    attributes: {},
    examples: [],
    cite: citation(r.cite),
    sourceFile: r.cite.file,
    placeholder: true,
    inferred: { rule: 'unresolved-link', words: `[[${name}]]` },
  };
  placeholders.set(key, entity);
  resolver.addName(name, entity);
  entities.push(entity);
  return entity;
}

function toGraphNode(e: Entity, resolver: LinkResolver<Entity>): GraphNode {
  const examples = (e.examples ?? []).map((ex) => ({
    ...ex,
    terms: ex.terms.map((t) => ({ ...t, price: resolver.resolve(t.price, e.sourceFile)?.id ?? t.price })),
    cite: e.cite,
  }));
  const comparison = e.comparison && {
    ...e.comparison,
    subjects: e.comparison.subjects.map((s) => resolver.resolve(s, e.sourceFile)?.id ?? slugify(s)),
  };
  const node: GraphNode = {
    ...(e.fixed ?? {}),
    id: e.id!,
    kind: e.kind,
    label: e.label,
    aliases: e.aliases,
    summary: e.fixed?.summary ?? e.summary ?? '',
    description: e.fixed?.description ?? e.description ?? '',
    cite: e.cite,
    attributes: e.attributes,
    hosting: e.hosting,
    orchestrator: e.orchestrator,
    facts: e.facts,
    examples: e.fixed ? [...e.fixed.examples, ...examples] : examples,
    file: e.fixed?.file ?? e.file ?? e.sourceFile,
    origin: e.fixed?.origin ?? 'notes',
  };
  if (!e.fixed) {
    if (e.price) node.price = e.price;
    if (comparison) node.comparison = comparison;
  }
  if (e.tags.length > 0) node.tags = e.tags;
  if (e.placeholder) node.placeholder = true;
  if (e.inferred && !e.fixed) node.inferred = e.inferred;
  return node;
}

function kindList(kinds: readonly string[] | 'any'): string {
  return kinds === 'any' ? 'any kind' : kinds.join(' / ');
}

function edgeId(source: string, kind: string, target: string, qualifier?: string): string {
  return `${source}:${kind}:${target}${qualifier ? `:${qualifier}` : ''}`;
}

function addEdgeOnce(
  edges: Map<string, GraphEdge>,
  source: string,
  kind: string,
  target: string,
  cite: Citation,
): void {
  const id = edgeId(source, kind, target);
  if (!edges.has(id)) edges.set(id, { id, source, target, kind, cite });
}

function assembleEdges(
  fixedEdges: GraphEdge[],
  pending: { from: Entity; to: Entity; r: DraftRelation; kind: string }[],
  problems: ImportProblem[],
): Map<string, GraphEdge> {
  const edges = new Map<string, GraphEdge>();
  for (const e of fixedEdges) edges.set(e.id, e);
  // Pairs joined by a relation that says more than "links to": the bare link is then left out.
  const typedPairs = new Set<string>();
  for (const { from, to, kind } of pending)
    if (kind !== 'links-to') typedPairs.add(`${from.id}\u0000${to.id}`);
  for (const e of fixedEdges) typedPairs.add(`${e.source}\u0000${e.target}`);
  for (const { from, to, r, kind } of pending) {
    const source = from.id!;
    const target = to.id!;
    if (kind === 'links-to' && (source === target || typedPairs.has(`${source}\u0000${target}`))) continue;
    const qualifier = r.qualifier?.trim() || undefined;
    const id = edgeId(source, kind, target, qualifier);
    if (edges.has(id)) continue; // the same link written twice is one relation, as in Obsidian's graph
    if (!relationAllows(kind, from.kind, to.kind) && !to.placeholder) {
      const info = relationInfo(kind);
      problems.push(
        problemAt(
          r.cite,
          'warning',
          `'${kind}' (${info.verb}) usually joins ${kindList(info.from)} to ${kindList(info.to)}; here it joins '${from.label}' (${from.kind}) to '${to.label}' (${to.kind}): kept`,
          `if '${from.label}' or '${to.label}' is of another kind, say so (in an Obsidian note: \`kind:\` in its properties), or use another relation`,
        ),
      );
    }
    edges.set(id, {
      id,
      source,
      target,
      kind,
      ...(qualifier ? { qualifier } : {}),
      cite: citation(r.cite),
      ...(r.inferred ? { inferred: r.inferred } : {}),
    });
  }
  return edges;
}
