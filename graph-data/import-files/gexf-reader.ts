import { GEXF_SOURCES_LEAD } from '../export/gexf-export';
import { buildGraph, type GraphFileResult, type RawEdge, type RawNode } from './build-graph';
import { children, parseXml, tagLines, textOf, typedValue } from './xml-document';

type Declared = Map<string, { title: string; type: string | undefined; fallback?: string }>;

function declarations(graph: unknown, cls: string): Declared {
  const out: Declared = new Map();
  for (const group of children(graph, 'attributes').filter((a) => a.class === cls))
    for (const a of children(group, 'attribute')) {
      const fallback = a.default;
      out.set(String(a.id), {
        title: String(a.title ?? a.id),
        type: a.type as string | undefined,
        ...(typeof fallback === 'string' ? { fallback } : {}),
      });
    }
  return out;
}

function cellsOf(el: unknown, declared: Declared): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  for (const d of declared.values())
    if (d.fallback !== undefined) cells[d.title] = typedValue(d.type, d.fallback);
  for (const group of children(el, 'attvalues'))
    for (const v of children(group, 'attvalue')) {
      // GEXF 1.2 and 1.3 name the attribute with `for`; 1.1 used `id`.
      const ref = String(v.for ?? v.id ?? '');
      const d = declared.get(ref);
      cells[d?.title ?? ref] = typedValue(d?.type, String(v.value ?? ''));
    }
  return cells;
}

/** Reads a GEXF file (ours, or one saved by Gephi) into a graph, with viz positions. */
export function readGexf(file: string, text: string): GraphFileResult {
  const parsed = parseXml(file, text);
  if ('problem' in parsed) return { problems: [parsed.problem] };
  const root = children(parsed.doc, 'gexf')[0];
  const graph = children(root, 'graph')[0];
  if (!root || !graph)
    return { problems: [{ file, message: 'this is not GEXF: it has no <gexf> element with a <graph>' }] };

  const meta = children(root, 'meta')[0];
  const description = meta?.description;
  const about =
    typeof description === 'string' ? description : description ? textOf(description as never) : '';
  const sources = about.startsWith(GEXF_SOURCES_LEAD)
    ? about.slice(GEXF_SOURCES_LEAD.length).trim()
    : undefined;

  const nodeDecl = declarations(graph, 'node');
  const edgeDecl = declarations(graph, 'edge');
  const nodeLines = tagLines(text, 'node');
  const edgeLines = tagLines(text, 'edge');
  const nodes: RawNode[] = children(children(graph, 'nodes')[0], 'node').map((n, i) => {
    const cells = cellsOf(n, nodeDecl);
    if (n.label !== undefined) cells.label = String(n.label);
    const p = children(n, 'position')[0];
    const position =
      p && p.x !== undefined && p.y !== undefined ? { x: Number(p.x), y: Number(p.y) } : undefined;
    return { id: String(n.id ?? ''), cells, line: nodeLines[i], ...(position ? { position } : {}) };
  });
  const edges: RawEdge[] = children(children(graph, 'edges')[0], 'edge').map((e, i) => {
    const cells = cellsOf(e, edgeDecl);
    if (e.kind !== undefined) cells.kind = String(e.kind);
    if (e.label !== undefined) cells.label = String(e.label);
    return {
      ...(e.id === undefined ? {} : { id: String(e.id) }),
      source: String(e.source ?? ''),
      target: String(e.target ?? ''),
      cells,
      line: edgeLines[i],
    };
  });
  return buildGraph(file, { ...(sources ? { sources } : {}), nodes, edges });
}
