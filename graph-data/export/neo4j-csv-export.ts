import type { Graph } from '../model/schema';
import { csvText, table } from './csv-text';
import { edgeProperties, kindLabel, nodePropertiesOf, relationType, type Property } from './neo4j-properties';

/** neo4j-admin's default separator between the elements of an array field. */
const ARRAY_DELIMITER = ';';

/**
 * Header names with neo4j-admin types (`priceAmount:float`, `aliases:string[]`). A list whose items
 * hold the array delimiter somewhere in the graph is written as JSON text instead, so no item splits.
 */
function typedColumns(rows: Map<string, Property>[]): Map<string, string> {
  const header = new Map<string, string>();
  const asJson = new Set<string>();
  for (const r of rows)
    for (const [k, p] of r) {
      if (!header.has(k)) header.set(k, p.type === 'string' ? k : `${k}:${p.type}`);
      if (p.type === 'string[]' && (p.value as string[]).some((s) => s.includes(ARRAY_DELIMITER)))
        asJson.add(k);
    }
  for (const k of asJson) header.set(k, k);
  return header;
}

function cell(p: Property, header: string): string {
  if (p.type === 'string[]')
    return header.endsWith(':string[]')
      ? (p.value as string[]).join(ARRAY_DELIMITER)
      : JSON.stringify(p.value);
  return String(p.value);
}

function sheet(rows: Map<string, Property>[], fixed: [string, string[]][]): string {
  const header = typedColumns(rows);
  const records = rows.map((r, i) => {
    const record = new Map<string, string>(fixed.map(([name, values]) => [name, values[i]!]));
    for (const [k, p] of r) record.set(header.get(k)!, cell(p, header.get(k)!));
    return record;
  });
  return csvText(
    table(
      records,
      fixed.map(([name]) => name),
    ),
  );
}

/**
 * The graph as `neo4j-admin database import full` CSV: nodes.csv (`id:ID`, `:LABEL` = Atlas and the
 * kind) and relationships.csv (`:START_ID`, `:END_ID`, `:TYPE`), with typed property headers.
 */
export function toNeo4jCsv(graph: Graph): { nodes: string; relationships: string } {
  const nodeProps = nodePropertiesOf(graph);
  const nodeRows = graph.nodes.map((n) => {
    const p = nodeProps(n);
    p.delete('id');
    return p;
  });
  const edgeRows = graph.edges.map((e) => edgeProperties(e));
  return {
    nodes: sheet(nodeRows, [
      ['id:ID', graph.nodes.map((n) => n.id)],
      [':LABEL', graph.nodes.map((n) => `Atlas${ARRAY_DELIMITER}${kindLabel(n.kind)}`)],
    ]),
    relationships: sheet(edgeRows, [
      [':START_ID', graph.edges.map((e) => e.source)],
      [':END_ID', graph.edges.map((e) => e.target)],
      [':TYPE', graph.edges.map((e) => relationType(e.kind))],
    ]),
  };
}
