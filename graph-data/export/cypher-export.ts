import type { Graph } from '../model/schema';
import { edgeProperties, kindLabel, nodePropertiesOf, relationType, type Property } from './neo4j-properties';

export { kindLabel, relationType } from './neo4j-properties';

/** Rows per UNWIND statement: big enough to be fast, small enough for Neo4j Browser to take. */
export const CYPHER_BATCH = 100;

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LITERAL = /[\u0000-\u001F\u007F\u2028\u2029]/g;

/** A Cypher string literal: single-quoted, with backslashes, quotes, line breaks and controls escaped. */
export function cypherString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // Control characters and line separators are exactly what must not appear raw in a literal.
    .replace(UNSAFE_IN_LITERAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

/** A name as a Cypher identifier, backtick-quoted when it is not a plain one. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replace(/`/g, '``')}\``;
}

function cypherNumber(n: number, float: boolean): string {
  // Cypher's exponent has no '+'; a float property must be written with a point to stay a float.
  const text = String(n).replace('e+', 'e');
  return float && Number.isInteger(n) && !text.includes('e') ? `${text}.0` : text;
}

function cypherValue(p: Property): string {
  if (p.type === 'string[]') return `[${(p.value as string[]).map(cypherString).join(', ')}]`;
  if (p.type === 'string') return cypherString(p.value as string);
  if (p.type === 'float' || p.type === 'int') return cypherNumber(p.value as number, p.type === 'float');
  return String(p.value);
}

function cypherMap(props: Map<string, Property>): string {
  return `{${[...props].map(([k, p]) => `${cypherName(k)}: ${cypherValue(p)}`).join(', ')}}`;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CYPHER_BATCH) out.push(items.slice(i, i + CYPHER_BATCH));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (!out.has(k)) out.set(k, []);
    out.get(k)!.push(item);
  }
  return out;
}

/**
 * The graph as a Cypher script for Neo4j that is safe to run again: a uniqueness constraint on
 * `:Atlas(id)` first, then UNWIND batches that MERGE nodes and relationships on their ids and SET every
 * property, so a second run finds everything in place and changes no count.
 */
export function toCypher(graph: Graph): string {
  const out = [
    `// Service Atlas: ${graph.nodes.length} nodes and ${graph.edges.length} relationships.`,
    '// Every node and relationship is MERGEd on its id: running this script again changes no count.',
    'CREATE CONSTRAINT atlas_id IF NOT EXISTS FOR (n:Atlas) REQUIRE n.id IS UNIQUE;',
  ];
  const nodeProps = nodePropertiesOf(graph);
  // A label cannot be a parameter in Cypher, so nodes go in batches of one kind.
  for (const [kind, nodes] of groupBy(graph.nodes, (n) => n.kind))
    for (const batch of batches(nodes))
      out.push(
        [
          'UNWIND [',
          batch.map((n) => `  ${cypherMap(nodeProps(n))}`).join(',\n'),
          '] AS row',
          'MERGE (n:Atlas {id: row.id})',
          `SET n = row, n:${cypherName(kindLabel(kind))};`,
        ].join('\n'),
      );
  for (const [kind, edges] of groupBy(graph.edges, (e) => e.kind))
    for (const batch of batches(edges))
      out.push(
        [
          'UNWIND [',
          batch
            .map(
              (e) =>
                `  {source: ${cypherString(e.source)}, target: ${cypherString(e.target)}, props: ${cypherMap(edgeProperties(e))}}`,
            )
            .join(',\n'),
          '] AS row',
          'MATCH (a:Atlas {id: row.source})',
          'MATCH (b:Atlas {id: row.target})',
          `MERGE (a)-[r:${cypherName(relationType(kind))} {id: row.props.id}]->(b)`,
          'SET r = row.props;',
        ].join('\n'),
      );
  return out.join('\n') + '\n';
}
