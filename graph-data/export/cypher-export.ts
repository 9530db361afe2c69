import type { Graph } from '../model/schema';
import { NODE_KINDS } from '../model/kinds';
import { relationInfo } from '../model/vocabulary';

/** A Cypher string literal: single-quoted, with backslashes, quotes and control characters escaped. */
export function cypherString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    // Control characters are exactly what must be escaped or dropped here.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `'${escaped}'`;
}

function cypherValue(v: string | number | boolean | string[]): string {
  if (Array.isArray(v)) return `[${v.map(cypherString).join(', ')}]`;
  if (typeof v === 'string') return cypherString(v);
  return String(v);
}

function props(p: Record<string, string | number | boolean | string[] | undefined>): string {
  const parts = Object.entries(p)
    .filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0) && v !== '')
    .map(([k, v]) => `${k}: ${cypherValue(v!)}`);
  return `{${parts.join(', ')}}`;
}

/** "use-case" -> "UseCase": a Neo4j label per node kind. */
export function kindLabel(kind: (typeof NODE_KINDS)[number]): string {
  return kind.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

/** "complies-with" -> "COMPLIES_WITH": a Neo4j relationship type per relation kind. */
export function relationType(kind: string): string {
  return kind.toUpperCase().replace(/-/g, '_');
}

/** The graph as Cypher for Neo4j: one CREATE statement per node, one MATCH...CREATE per relationship. */
export function toCypher(graph: Graph): string {
  const lines: string[] = [];
  for (const n of graph.nodes) {
    lines.push(
      `CREATE (:Atlas:${kindLabel(n.kind)} ${props({
        id: n.id,
        label: n.label,
        kind: n.kind,
        summary: n.summary,
        description: n.description,
        aliases: n.aliases,
        hosting: n.hosting.map((h) => h.value),
        orchestrator: n.orchestrator.map((o) => o.value),
        facts: n.facts.map((f) => `[${f.category}] ${f.text}`),
        priceModel: n.price?.model,
        priceAmount: n.price?.amount,
        priceUnit: n.price?.unit,
        priceRegion: n.price?.region,
        note: graph.sources[n.cite.note]?.file ?? n.cite.note,
        section: n.cite.section,
      })});`,
    );
  }
  for (const e of graph.edges) {
    lines.push(
      `MATCH (a:Atlas {id: ${cypherString(e.source)}}), (b:Atlas {id: ${cypherString(e.target)}}) ` +
        `CREATE (a)-[:${relationType(e.kind)} ${props({
          verb: relationInfo(e.kind).verb,
          qualifier: e.qualifier,
          note: graph.sources[e.cite.note]?.file ?? e.cite.note,
          section: e.cite.section,
        })}]->(b);`,
    );
  }
  return lines.join('\n') + '\n';
}
