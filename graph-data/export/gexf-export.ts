import type { Graph } from '../model/schema';
import {
  cells,
  cellText,
  edgeColumns,
  inertJson,
  nodeColumns,
  type Column,
  type ColumnType,
} from './columns';
import type { Positions } from './json-export';
import { xmlEscape, xmlText } from './xml-text';

const GEXF_TYPE: Record<ColumnType, string> = {
  string: 'string',
  double: 'double',
  int: 'integer',
  boolean: 'boolean',
  list: 'string',
  json: 'string',
};

/** GEXF's meta description starts with this line; the note registry follows it as JSON. */
export const GEXF_SOURCES_LEAD = 'Service Atlas graph. Source notes (JSON):';

// Carried by the <node label> and <edge label kind> attributes themselves.
const NODE_ELEMENT_COLUMNS = new Set(['label', 'name']);
const EDGE_ELEMENT_COLUMNS = new Set(['label', 'kind']);

function declarations<T>(cls: 'node' | 'edge', columns: readonly Column<T>[]): string[] {
  return [
    `    <attributes class="${cls}">`,
    ...columns.map(
      (c) =>
        `      <attribute id="${xmlEscape(c.name)}" title="${xmlEscape(c.name)}" type="${GEXF_TYPE[c.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues<T>(columns: readonly Column<T>[], item: T): string[] {
  const values = cells(columns, item).map(
    ([c, v]) => `          <attvalue for="${xmlEscape(c.name)}" value="${xmlEscape(cellText(c.type, v))}"/>`,
  );
  return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
}

/**
 * The graph as GEXF 1.3 for Gephi: typed attributes, the relation kind as each edge's `kind` (so two
 * relations between the same nodes stay two), the verb as its label, and positions as viz:position.
 */
export function toGexf(graph: Graph, positions?: Positions): string {
  const nodeCols = nodeColumns(graph).filter((c) => !NODE_ELEMENT_COLUMNS.has(c.name));
  const edgeCols = edgeColumns().filter((c) => !EDGE_ELEMENT_COLUMNS.has(c.name));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Service Atlas</creator>',
    `    <description>${xmlText(`${GEXF_SOURCES_LEAD}\n${inertJson(graph.sources)}`)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', nodeCols),
    ...declarations('edge', edgeCols),
    '    <nodes>',
  ];
  for (const n of graph.nodes) {
    lines.push(
      `      <node id="${xmlEscape(n.id)}" label="${xmlEscape(n.label)}">`,
      ...attvalues(nodeCols, n),
    );
    const at = positions?.[n.id];
    if (at) lines.push(`        <viz:position x="${at.x}" y="${at.y}" z="0"/>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const e of graph.edges) {
    const label = edgeColumns()
      .find((c) => c.name === 'label')!
      .get(e) as string;
    lines.push(
      `      <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}" kind="${xmlEscape(e.kind)}" label="${xmlEscape(label)}">`,
      ...attvalues(edgeCols, e),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
