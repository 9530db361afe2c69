import type { Graph, GraphNode } from '../model/schema';
import { PRICE_UNIT_LABELS } from '../model/schema';
import { relationInfo } from '../model/vocabulary';
import { csvText, table } from './csv-text';

/** Kumu's separator between the items of a list field. */
const LIST = '|';

// Kumu has no escape for its separator; an item's own '|' becomes a broken bar so the item stays whole.
const list = (items: readonly string[] | undefined) =>
  (items ?? []).map((s) => s.replace(/\|/g, '\u00A6')).join(LIST);

function price(n: GraphNode): string {
  if (!n.price) return '';
  if (n.price.amount === undefined) return n.price.model;
  // A unit outside the list ('other') has only the note's own words for it.
  const unit = PRICE_UNIT_LABELS[n.price.unit] || (n.price.unitText ? `per ${n.price.unitText}` : '');
  return `${n.price.amount} ${n.price.currency} ${unit}`.trim();
}

/**
 * The graph as two sheets for Kumu and Flourish: elements (ID, Label, Type, Description, Tags and the
 * facets as `|` lists) and connections (ID, From, To, Type, Label, Direction, Qualifier); the IDs keep
 * two relations between the same pair apart. Cells that would run as spreadsheet formulas are guarded.
 */
export function toKumuCsv(graph: Graph): { elements: string; connections: string } {
  const elements = graph.nodes.map((n) => {
    const row = new Map<string, string>([
      ['ID', n.id],
      ['Label', n.label],
      ['Type', n.kind],
      ['Description', n.summary],
      ['Tags', list(n.tags)],
      ['Aliases', list(n.aliases)],
      ['Hosting', list(n.hosting.map((h) => h.value))],
      ['Orchestrator', list(n.orchestrator.map((o) => o.value))],
      ['Facts', list(n.facts.map((f) => f.text))],
      ['Price', price(n)],
      ['Note', n.cite.note],
      ['Section', n.cite.section],
      ['File', n.cite.file ?? n.file],
      ['Origin', n.origin ?? ''],
      ['Placeholder', n.placeholder ? 'true' : ''],
      ['Inferred', n.inferred ? `${n.inferred.rule}: ${n.inferred.words}` : ''],
      ['Tensions', list(n.tensions?.map((t) => t.text))],
    ]);
    // Attributes are extra columns; one named like a fixed column does not overwrite it.
    for (const [k, v] of Object.entries(n.attributes)) if (!row.has(k)) row.set(k, String(v));
    return row;
  });
  const connections = graph.edges.map(
    (e) =>
      new Map<string, string>([
        ['ID', e.id],
        ['From', e.source],
        ['To', e.target],
        ['Type', e.kind],
        ['Label', relationInfo(e.kind).verb],
        ['Direction', 'directed'],
        ['Qualifier', e.qualifier ?? ''],
        ['Note', e.cite.note],
        ['Section', e.cite.section],
        ['Inferred', e.inferred ? `${e.inferred.rule}: ${e.inferred.words}` : ''],
      ]),
  );
  const options = { guardFormulas: true };
  return { elements: csvText(table(elements), options), connections: csvText(table(connections), options) };
}
