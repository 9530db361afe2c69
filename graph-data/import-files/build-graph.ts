import { Graph, type GraphEdge, type GraphNode } from '../model/schema';
import { NODE_KINDS, type NodeKind } from '../model/kinds';
import { suggest } from '../model/suggest';
import { ATTRIBUTE_PREFIX, KNOWN_EDGE_COLUMNS, KNOWN_NODE_COLUMNS, type ColumnType } from '../export/columns';
import type { Positions } from '../export/json-export';
import { textProblems } from '../export/well-formed-text';

/*
 * The shared back end of the file readers: each reader (Cytoscape JSON, GraphML, GEXF) turns its file
 * into raw nodes and edges with named cells, and this module coerces the cells back to the model's
 * fields (the same columns the writers use), fills what a foreign tool left out, and validates.
 */

/** A problem in a graph file, named by file and (where known) line, with what to do about it. */
export interface FileProblem {
  file: string;
  line?: number;
  message: string;
}

/** What readGraphFile gives: a validated graph (and positions), or the problems and no graph. */
export type GraphFileResult =
  | { graph: Graph; positions?: Positions; problems: [] }
  | { graph?: undefined; positions?: undefined; problems: FileProblem[] };

export interface RawNode {
  id: string;
  cells: Record<string, unknown>;
  position?: { x: number; y: number };
  line?: number;
}

export interface RawEdge {
  id?: string;
  source: string;
  target: string;
  cells: Record<string, unknown>;
  line?: number;
}

export interface RawGraph {
  sources?: unknown;
  nodes: RawNode[];
  edges: RawEdge[];
}

// Drawing properties Gephi and yEd add, and Cytoscape desktop's own bookkeeping: not facts about a node.
const VIZ_CELLS = new Set([
  'x',
  'y',
  'z',
  'size',
  'r',
  'g',
  'b',
  'color',
  'shape',
  'name',
  'id',
  'SUID',
  'shared_name',
  'selected',
]);

/** A node kind for a file that names none, and the relation kind for edges that name none. */
export const DEFAULT_NODE_KIND: NodeKind = 'component';
export const DEFAULT_EDGE_KIND = 'links-to';

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Reads cells by the type their column has, reporting cells that cannot be read. */
class CellReader {
  constructor(
    private readonly cells: Record<string, unknown>,
    private readonly types: ReadonlyMap<string, { type: ColumnType }>,
    private readonly problem: (message: string) => void,
  ) {}

  get(name: string): unknown {
    const raw = this.cells[name];
    if (raw === undefined || raw === null || raw === '') return undefined;
    const type = this.types.get(name)?.type ?? 'string';
    if (type === 'string') return String(raw);
    if (type === 'double' || type === 'int') {
      const n = typeof raw === 'number' ? raw : Number(raw);
      if (Number.isFinite(n)) return n;
      this.problem(`'${name}' should be a number, not '${String(raw)}'`);
      return undefined;
    }
    if (type === 'boolean') return raw === true || raw === 'true' || raw === '1' || raw === 1;
    if (typeof raw !== 'string') return raw;
    try {
      return JSON.parse(raw);
    } catch {
      if (type === 'list') return [raw];
      this.problem(`'${name}' should hold JSON text; it cannot be read (${raw.slice(0, 40)}...)`);
      return undefined;
    }
  }

  string(name: string): string | undefined {
    return this.get(name) as string | undefined;
  }
}

/** Coerces raw nodes and edges into a Graph and validates it; problems name the file and line. */
export function buildGraph(file: string, raw: RawGraph): GraphFileResult {
  const problems: FileProblem[] = [];
  const at = (line: number | undefined, message: string) =>
    problems.push(line === undefined ? { file, message } : { file, line, message });
  const defaultCite = { note: 'import', section: file.split(/[\\/]/).pop() || file };

  const positions: Positions = {};
  const nodes = raw.nodes.map((r): GraphNode => {
    const c = new CellReader(r.cells, KNOWN_NODE_COLUMNS, (m) => at(r.line, `node '${r.id}': ${m}`));
    const kindText = c.string('kind') ?? DEFAULT_NODE_KIND;
    let kind = kindText as NodeKind;
    if (!(NODE_KINDS as readonly string[]).includes(kindText)) {
      const hint = suggest(kindText, NODE_KINDS);
      at(
        r.line,
        `node '${r.id}': unknown node kind '${kindText}'; ${hint ? `did you mean '${hint}'?` : `use one of: ${NODE_KINDS.join(', ')}`}`,
      );
      kind = DEFAULT_NODE_KIND;
    }
    const attributes: GraphNode['attributes'] = {};
    for (const [name, value] of Object.entries(r.cells)) {
      if (value === undefined || value === null || value === '') continue;
      if (name.startsWith(ATTRIBUTE_PREFIX))
        attributes[name.slice(ATTRIBUTE_PREFIX.length)] = value as string;
      else if (!KNOWN_NODE_COLUMNS.has(name) && !VIZ_CELLS.has(name) && name !== 'atlasId')
        // A column another tool added (Gephi's degree, a Cytoscape table column) is kept as an attribute.
        attributes[name] = typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
    }
    const priceModel = c.string('priceModel');
    const pos =
      r.position ??
      (r.cells.x !== undefined && r.cells.y !== undefined
        ? { x: Number(r.cells.x), y: Number(r.cells.y) }
        : undefined);
    if (pos && Number.isFinite(pos.x) && Number.isFinite(pos.y)) positions[r.id] = pos;
    const inferredRule = c.string('inferredRule');
    return withoutUndefined({
      id: r.id,
      kind,
      label: c.string('label') ?? c.string('name') ?? r.id,
      aliases: (c.get('aliases') as string[] | undefined) ?? [],
      summary: c.string('summary') ?? '',
      description: c.string('description') ?? '',
      cite: withoutUndefined({
        note: c.string('note') ?? defaultCite.note,
        section: c.string('section') ?? defaultCite.section,
        file: c.string('citeFile'),
        line: c.get('citeLine') as number | undefined,
      }),
      attributes,
      hosting: (c.get('hosting') as GraphNode['hosting'] | undefined) ?? [],
      orchestrator: (c.get('orchestrator') as GraphNode['orchestrator'] | undefined) ?? [],
      facts: (c.get('facts') as GraphNode['facts'] | undefined) ?? [],
      price: priceModel
        ? (withoutUndefined({
            model: priceModel,
            amount: c.get('priceAmount'),
            currency: c.string('priceCurrency') ?? 'USD',
            unit: c.string('priceUnit') ?? 'none',
            unitText: c.string('priceUnitText'),
            region: c.string('priceRegion'),
            freeTier: c.string('priceFreeTier'),
          }) as GraphNode['price'])
        : undefined,
      examples: (c.get('examples') as GraphNode['examples'] | undefined) ?? [],
      comparison: c.get('comparison') as GraphNode['comparison'],
      file: c.string('file') ?? '',
      origin: c.string('origin') as GraphNode['origin'],
      placeholder: c.get('placeholder') as boolean | undefined,
      tags: c.get('tags') as string[] | undefined,
      inferred: inferredRule ? { rule: inferredRule, words: c.string('inferredWords') ?? '' } : undefined,
      tensions: c.get('tensions') as GraphNode['tensions'],
    });
  });

  const edgeIds = new Set<string>();
  const edges = raw.edges.map((r): GraphEdge => {
    const c = new CellReader(r.cells, KNOWN_EDGE_COLUMNS, (m) => at(r.line, `edge '${r.id ?? ''}': ${m}`));
    const kindText = c.string('kind') ?? c.string('interaction') ?? DEFAULT_EDGE_KIND;
    const kind = slug(kindText) || DEFAULT_EDGE_KIND;
    const qualifier = c.string('qualifier');
    let id = r.id ?? `${r.source}:${kind}:${r.target}${qualifier ? `:${qualifier}` : ''}`;
    // Tools that number edges themselves may repeat what we derive; a suffix keeps ids apart.
    if (r.id === undefined) for (let i = 2; edgeIds.has(id); i++) id = `${r.source}:${kind}:${r.target}:${i}`;
    if (edgeIds.has(id)) at(r.line, `two edges have the id '${id}'; give one of them another id`);
    edgeIds.add(id);
    const inferredRule = c.string('inferredRule');
    return withoutUndefined({
      id,
      source: r.source,
      target: r.target,
      kind,
      qualifier,
      cite: withoutUndefined({
        note: c.string('note') ?? defaultCite.note,
        section: c.string('section') ?? defaultCite.section,
        file: c.string('citeFile'),
        line: c.get('citeLine') as number | undefined,
      }),
      alsoCites: c.get('alsoCites') as GraphEdge['alsoCites'],
      inferred: inferredRule ? { rule: inferredRule, words: c.string('inferredWords') ?? '' } : undefined,
    });
  });

  const lineOfNode = new Map<string, number | undefined>();
  for (const r of raw.nodes) {
    if (lineOfNode.has(r.id)) at(r.line, `two nodes have the id '${r.id}'; give one of them another id`);
    lineOfNode.set(r.id, r.line);
  }
  raw.edges.forEach((r) => {
    for (const end of [r.source, r.target])
      if (!lineOfNode.has(end))
        at(
          r.line,
          `edge from '${r.source}' to '${r.target}' names a node '${end}' that the file does not have`,
        );
  });

  let sources = raw.sources ?? {};
  if (typeof sources === 'string')
    try {
      sources = JSON.parse(sources);
    } catch {
      at(undefined, 'the list of source notes is not JSON text; it is left out');
      sources = {};
    }
  const candidate = { sources, nodes, edges };
  for (const p of textProblems(candidate)) at(undefined, p.message);
  const parsed = Graph.safeParse(candidate);
  if (!parsed.success)
    for (const issue of parsed.error.issues.slice(0, 50)) {
      const [list, index, ...rest] = issue.path;
      const item =
        list === 'nodes'
          ? raw.nodes[index as number]
          : list === 'edges'
            ? raw.edges[index as number]
            : undefined;
      const what = item
        ? `${list === 'nodes' ? 'node' : 'edge'} '${item.id ?? ''}'`
        : String(list ?? 'graph');
      at(item?.line, `${what}: ${rest.length ? `'${rest.join('.')}': ` : ''}${issue.message}`);
    }
  if (problems.length > 0 || !parsed.success) return { problems };
  return Object.keys(positions).length > 0
    ? { graph: parsed.data, positions, problems: [] }
    : { graph: parsed.data, problems: [] };
}
