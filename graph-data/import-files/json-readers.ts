import { Graph } from '../model/schema';
import { APP_JSON_FORMAT, type Positions } from '../export/json-export';
import { SOURCES_COLUMN } from '../export/columns';
import { textProblems } from '../export/well-formed-text';
import {
  buildGraph,
  type FileProblem,
  type GraphFileResult,
  type RawEdge,
  type RawNode,
} from './build-graph';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** The 1-based line where each `"id": "<id>"` first appears, found in one pass over the text. */
function idLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const re = /"id"\s*:\s*("(?:[^"\\]|\\.)*")/g;
  let line = 1;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    try {
      const id = JSON.parse(m[1]!) as string;
      if (!lines.has(id)) lines.set(id, line);
    } catch {
      // An id the regex cut short; the problem, if any, is reported without a line.
    }
  }
  return lines;
}

/** Whether parsed JSON looks like Cytoscape JSON (`elements` as `{nodes, edges}` or a list). */
export function isCytoscapeJson(data: unknown): boolean {
  return isObject(data) && (isObject(data.elements) || Array.isArray(data.elements));
}

/** Reads the app's own JSON (this version's, or the `{nodes, edges}` of earlier versions). */
export function readAppJson(file: string, text: string, data: unknown): GraphFileResult {
  const problems: FileProblem[] = [];
  const lines = idLines(text);
  const lineOfId = (id: unknown) => (typeof id === 'string' ? lines.get(id) : undefined);
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges))
    return {
      problems: [
        { file, message: 'this JSON is neither a Service Atlas graph ({ nodes, edges }) nor Cytoscape JSON' },
      ],
    };
  if (data.format !== undefined && data.format !== APP_JSON_FORMAT)
    problems.push({
      file,
      message: `this JSON says it is '${String(data.format)}', not a Service Atlas graph`,
    });
  for (const p of textProblems(data)) problems.push({ file, message: p.message });
  const parsed = Graph.safeParse({ sources: {}, ...data });
  if (!parsed.success)
    for (const issue of parsed.error.issues.slice(0, 50)) {
      const [list, index, ...rest] = issue.path;
      const item =
        typeof index === 'number' && (list === 'nodes' || list === 'edges')
          ? (data[list] as Json[])[index]
          : undefined;
      const line = item ? lineOfId(item.id) : undefined;
      const what = item
        ? `${list === 'nodes' ? 'node' : 'edge'} '${String(item.id ?? index)}'`
        : issue.path.join('.') || 'the graph';
      problems.push({
        file,
        ...(line ? { line } : {}),
        message: `${what}: ${rest.length ? `'${rest.join('.')}': ` : ''}${issue.message}`,
      });
    }
  if (problems.length > 0 || !parsed.success) return { problems };
  const ids = new Set(parsed.data.nodes.map((n) => n.id));
  for (const e of parsed.data.edges)
    for (const end of [e.source, e.target])
      if (!ids.has(end))
        problems.push({
          file,
          line: lineOfId(e.id),
          message: `edge '${e.id}' names a node '${end}' that the file does not have`,
        });
  if (problems.length > 0) return { problems };
  const positions = isObject(data.positions) ? (data.positions as Positions) : undefined;
  return positions ? { graph: parsed.data, positions, problems: [] } : { graph: parsed.data, problems: [] };
}

/** Reads Cytoscape JSON (ours, Cytoscape desktop's .cyjs, or `cy.json()` from cytoscape.js). */
export function readCytoscapeJson(file: string, text: string, data: unknown): GraphFileResult {
  const root = data as Json;
  const elements = root.elements;
  const all: Json[] = Array.isArray(elements)
    ? (elements.filter(isObject) as Json[])
    : [
        ...((isObject(elements) && Array.isArray(elements.nodes) ? elements.nodes : []) as Json[]).map(
          (n) => ({ group: 'nodes', ...n }),
        ),
        ...((isObject(elements) && Array.isArray(elements.edges) ? elements.edges : []) as Json[]).map(
          (e) => ({ group: 'edges', ...e }),
        ),
      ];
  const nodes: RawNode[] = [];
  const edges: RawEdge[] = [];
  const lines = idLines(text);
  for (const el of all) {
    const d = isObject(el.data) ? el.data : {};
    const isEdge =
      el.group === 'edges' || (el.group === undefined && d.source !== undefined && d.target !== undefined);
    const { id, source, target, ...cells } = d;
    const line = typeof id === 'string' ? lines.get(id) : undefined;
    if (isEdge) {
      delete cells.name;
      edges.push({
        ...(id === undefined ? {} : { id: String(id) }),
        source: String(source ?? ''),
        target: String(target ?? ''),
        cells,
        ...(line ? { line } : {}),
      });
    } else {
      const p = isObject(el.position) ? el.position : undefined;
      const position =
        p && typeof p.x === 'number' && typeof p.y === 'number' ? { x: p.x, y: p.y } : undefined;
      nodes.push({
        id: String(id ?? ''),
        cells,
        ...(position ? { position } : {}),
        ...(line ? { line } : {}),
      });
    }
  }
  const sources = isObject(root.data) ? root.data[SOURCES_COLUMN] : undefined;
  return buildGraph(file, { ...(sources === undefined ? {} : { sources }), nodes, edges });
}
