import { ORIGINAL_ID_KEY } from '../export/graphml-export';
import { SOURCES_COLUMN } from '../export/columns';
import { buildGraph, type GraphFileResult, type RawEdge, type RawNode } from './build-graph';
import { children, parseXml, tagLines, textOf, typedValue } from './xml-document';

/** Reads a GraphML file (ours, or one saved by Gephi, Cytoscape desktop or yEd) into a graph. */
export function readGraphml(file: string, text: string): GraphFileResult {
  const parsed = parseXml(file, text);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const root = children(parsed.doc, 'graphml')[0];
  const graph = children(root, 'graph')[0];
  if (!root || !graph)
    return {
      problems: [{ file, message: 'this is not GraphML: it has no <graphml> element with a <graph>' }],
    };

  // Keys by id: their attribute name, type and default value.
  const keys = new Map<string, { name: string; type: string | undefined; fallback?: string }>();
  for (const k of children(root, 'key')) {
    const id = String(k.id ?? '');
    const fallback = children(k, 'default')[0];
    keys.set(id, {
      name: String(k['attr.name'] ?? id),
      type: k['attr.type'] as string | undefined,
      ...(fallback
        ? { fallback: textOf(fallback) }
        : typeof k.default === 'string'
          ? { fallback: k.default }
          : {}),
    });
  }
  const defaultsFor = (scope: string) =>
    Object.fromEntries(
      [...children(root, 'key')]
        .filter((k) => (k.for ?? 'all') === scope || k.for === 'all')
        .map((k) => keys.get(String(k.id))!)
        .filter((k) => k.fallback !== undefined)
        .map((k) => [k.name, typedValue(k.type, k.fallback!)]),
    );
  const defaults: Record<string, Record<string, unknown>> = {
    graph: defaultsFor('graph'),
    node: defaultsFor('node'),
    edge: defaultsFor('edge'),
  };
  const dataOf = (el: unknown, scope: 'graph' | 'node' | 'edge') => {
    const cells: Record<string, unknown> = { ...defaults[scope] };
    for (const d of children(el, 'data')) {
      const key = keys.get(String(d.key ?? ''));
      const name = key?.name ?? String(d.key ?? '');
      cells[name] = typedValue(key?.type, textOf(d));
    }
    return cells;
  };

  const graphCells = dataOf(graph, 'graph');
  const nodeLines = tagLines(text, 'node');
  const edgeLines = tagLines(text, 'edge');
  const idOf = new Map<string, string>();
  const nodes: RawNode[] = children(graph, 'node').map((n, i) => {
    const cells = dataOf(n, 'node');
    const xmlId = String(n.id ?? '');
    const id = typeof cells[ORIGINAL_ID_KEY] === 'string' ? (cells[ORIGINAL_ID_KEY] as string) : xmlId;
    idOf.set(xmlId, id);
    return { id, cells, line: nodeLines[i] };
  });
  const edges: RawEdge[] = children(graph, 'edge').map((e, i) => {
    const cells = dataOf(e, 'edge');
    const source = String(e.source ?? '');
    const target = String(e.target ?? '');
    const original = cells[ORIGINAL_ID_KEY];
    const id = typeof original === 'string' ? original : e.id === undefined ? undefined : String(e.id);
    return {
      ...(id === undefined ? {} : { id }),
      source: idOf.get(source) ?? source,
      target: idOf.get(target) ?? target,
      cells,
      line: edgeLines[i],
    };
  });
  return buildGraph(file, { sources: graphCells[SOURCES_COLUMN], nodes, edges });
}
