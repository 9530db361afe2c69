import type { Graph } from '../model/schema';
import {
  cells,
  cellText,
  edgeColumns,
  inertJson,
  nodeColumns,
  POSITION_COLUMNS,
  SOURCES_COLUMN,
  type Column,
  type ColumnType,
} from './columns';
import type { Positions } from './json-export';
import { toNmtoken, xmlEscape, xmlText } from './xml-text';

export { xmlEscape } from './xml-text';

const GRAPHML_TYPE: Record<ColumnType, string> = {
  string: 'string',
  double: 'double',
  int: 'int',
  boolean: 'boolean',
  list: 'string',
  json: 'string',
};

/** The data key that carries an id GraphML could not hold as it is (ids must be NMTOKENs). */
export const ORIGINAL_ID_KEY = 'atlasId';

/** The key id of a column: a valid NMTOKEN, prefixed by what it is for. */
export function graphmlKeyId(scope: 'n' | 'e' | 'g', name: string): string {
  return `${scope}_${toNmtoken(name)}`;
}

function keyLine(scope: 'n' | 'e' | 'g', name: string, type: ColumnType): string {
  const forWhat = scope === 'n' ? 'node' : scope === 'e' ? 'edge' : 'graph';
  const head = `  <key id="${graphmlKeyId(scope, name)}" for="${forWhat}" attr.name="${xmlEscape(name)}" attr.type="${GRAPHML_TYPE[type]}"`;
  if (type === 'list') return `${head}><desc>a JSON array of strings</desc></key>`;
  if (type === 'json') return `${head}><desc>JSON text</desc></key>`;
  return `${head}/>`;
}

function dataLines<T>(scope: 'n' | 'e', columns: readonly Column<T>[], item: T): string[] {
  return cells(columns, item).map(
    ([c, v]) => `      <data key="${graphmlKeyId(scope, c.name)}">${xmlText(cellText(c.type, v))}</data>`,
  );
}

/**
 * The graph as GraphML 1.0 for Gephi, Cytoscape desktop and yEd: NMTOKEN ids, typed keys, node
 * label/name, edge label (the verb), interaction and kind, and every other field as a column.
 */
export function toGraphml(graph: Graph, positions?: Positions): string {
  const nodeCols = nodeColumns(graph);
  const edgeCols = edgeColumns();
  const idCol = { name: ORIGINAL_ID_KEY, type: 'string' as const };
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    keyLine('g', SOURCES_COLUMN, 'json'),
    ...[...nodeCols, ...(positions ? POSITION_COLUMNS : []), idCol].map((c) => keyLine('n', c.name, c.type)),
    ...[...edgeCols, idCol].map((c) => keyLine('e', c.name, c.type)),
    '  <graph id="service-atlas" edgedefault="directed">',
    `    <data key="${graphmlKeyId('g', SOURCES_COLUMN)}">${xmlText(inertJson(graph.sources))}</data>`,
  ];
  const original = (scope: 'n' | 'e', id: string) =>
    toNmtoken(id) === id
      ? []
      : [`      <data key="${graphmlKeyId(scope, ORIGINAL_ID_KEY)}">${xmlText(id)}</data>`];
  for (const n of graph.nodes) {
    lines.push(`    <node id="${toNmtoken(n.id)}">`, ...dataLines('n', nodeCols, n));
    if (positions) lines.push(...dataLines('n', POSITION_COLUMNS, positions[n.id]));
    lines.push(...original('n', n.id), '    </node>');
  }
  for (const e of graph.edges) {
    lines.push(
      `    <edge id="${toNmtoken(e.id)}" source="${toNmtoken(e.source)}" target="${toNmtoken(e.target)}">`,
      ...dataLines('e', edgeCols, e),
      ...original('e', e.id),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
