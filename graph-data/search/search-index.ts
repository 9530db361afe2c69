import lunr from 'lunr';
import { NODE_KIND_INFO } from '../model/kinds';
import type { Graph, GraphNode } from '../model/schema';
import { indexGraph } from '../model/graph-index';
import { matchNames, namesOf, normaliseName, searchNames, type NameIndex } from './name-index';

/** Field boosts: a hit in a label ranks above one in an alias, a summary or a passing mention. */
const FIELDS = { label: 10, aliases: 7, kind: 2, summary: 3, body: 1 } as const;
type Field = keyof typeof FIELDS;

/** The text of each searchable field of a node; also used to cut result snippets. */
export function fieldTexts(node: GraphNode): Record<Field, string> {
  const facts = node.facts.map((f) => f.text);
  const attributes = Object.entries(node.attributes).map(([k, v]) => `${k}: ${v}`);
  const comparison = node.comparison?.aspects.map((a) => `${a.label}: ${a.values.join('; ')}`) ?? [];
  const examples = node.examples.map((e) => `${e.title} ${e.stated.text}`);
  return {
    label: node.label,
    aliases: node.aliases.join(' \n '),
    kind: NODE_KIND_INFO[node.kind].label,
    summary: node.summary,
    body: [node.description, ...facts, ...attributes, ...comparison, ...examples]
      .filter(Boolean)
      .join(' \n '),
  };
}

/** Builds the lunr index over every node. Run at build time; start-up only loads the result. */
export function buildSearchIndex(graph: Graph): lunr.Index {
  return lunr(function () {
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELDS)) this.field(field, { boost });
    this.metadataWhitelist = ['position'];
    for (const node of graph.nodes) this.add({ id: node.id, ...fieldTexts(node) });
  });
}

/** Loads an index serialized with `JSON.stringify(index)`. */
export function loadSearchIndex(serialized: object): lunr.Index {
  return lunr.Index.load(serialized);
}

export interface SearchHit {
  id: string;
  label: string;
  kind: GraphNode['kind'];
  score: number;
  /** Which field matched best, and the matching text around the hit. */
  field: Field;
  snippet: string;
  /** [start, end) of the matched word inside `snippet`, for highlighting. */
  highlight?: [number, number];
}

const MAX_TERMS = 12;
const RERANK_LIMIT = 200;
const MAX_TERM_LENGTH = 40;

/** The words of a query, lower-cased; punctuation and lunr's operators are only separators here. */
export function queryTerms(query: string): string[] {
  return query
    .slice(0, 1000)
    .toLowerCase()
    .split(/[^\p{L}\p{N}.]+/u)
    .map((t) => t.replace(/^\.+|\.+$/g, ''))
    .filter((t) => t.length > 0)
    .map((t) => t.slice(0, MAX_TERM_LENGTH))
    .slice(0, MAX_TERMS);
}

/**
 * Searches labels, aliases, summaries and facts. Finds whole words, prefixes ("karp") and small
 * misspellings ("fargte"). Any string is a valid query: the query is built clause by clause, so
 * lunr's own query syntax never sees user input and nothing can throw.
 */
export function search(index: lunr.Index, graph: Graph, query: string, limit = 20): SearchHit[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const stem = (t: string) => lunr.stemmer(new lunr.Token(t, {})).toString();
  const results = index.query((q) => {
    for (const term of terms) {
      q.term(term, { usePipeline: true, boost: 10 });
      q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 4 });
      if (term.length >= 4) {
        const distance = term.length >= 8 ? 2 : 1;
        q.term(term, { usePipeline: false, editDistance: distance, boost: 1 });
        const stemmed = stem(term);
        if (stemmed !== term) q.term(stemmed, { usePipeline: false, editDistance: distance, boost: 1 });
      }
    }
  });
  const nodes = indexGraph(graph).node;
  // People usually mean the node they are naming. Tiers: the query is exactly a name or alias
  // ("EKS-D"); it spells out a whole name, allowing prefixes and typos ("kubernets", "EKS Anywh");
  // then lunr's score, raised for names that cover more of the query with fewer other words.
  const exact = normaliseName(query);
  const nameMatch = (id: string) => {
    const n = nodes.get(id);
    return n ? matchNames(namesOf(n), terms, exact) : { tier: 0, bonus: 0 };
  };
  // Only the best-scored results can reach the top of the list, so only they are re-ranked; this
  // keeps a query over thousands of nodes from paying for a name check on every weak match.
  const ranked = results
    .slice(0, RERANK_LIMIT)
    .map((r) => {
      const m = nameMatch(r.ref);
      return { r, tier: m.tier, score: r.score * (1 + m.bonus) };
    })
    .sort((a, b) => b.tier - a.tier || b.score - a.score);
  const hits: SearchHit[] = [];
  for (const { r, score } of ranked) {
    const node = nodes.get(r.ref);
    if (!node) continue;
    hits.push({ id: node.id, label: node.label, kind: node.kind, score, ...snippetFor(node, r.matchData) });
    if (hits.length >= limit) break;
  }
  return hits;
}

/**
 * The nodes whose label or an alias matches every word of `query`, as hits, from the name index:
 * a millisecond or two where the full-text search takes tens, so it can answer within the keystroke.
 */
export function searchByName(index: NameIndex, query: string, limit = 20): SearchHit[] {
  return searchNames(index, queryTerms(query), query, limit).map(({ node, match, word }) => {
    const score = match.tier + match.bonus;
    const alias = match.best > 0 ? node.aliases[match.best - 1] : undefined;
    if (alias === undefined)
      return {
        id: node.id,
        label: node.label,
        kind: node.kind,
        score,
        field: 'label',
        snippet: node.summary,
      };
    // Show the alias that matched, its first matching word marked, as the full-text search does.
    const at = word ? alias.toLowerCase().indexOf(word) : -1;
    return {
      id: node.id,
      label: node.label,
      kind: node.kind,
      score,
      field: 'aliases',
      snippet: alias,
      ...(at >= 0 ? { highlight: [at, at + word.length] as [number, number] } : {}),
    };
  });
}

function snippetFor(
  node: GraphNode,
  matchData: lunr.MatchData,
): Pick<SearchHit, 'field' | 'snippet' | 'highlight'> {
  const texts = fieldTexts(node);
  let best: { field: Field; pos: [number, number] } | undefined;
  for (const fields of Object.values(matchData.metadata)) {
    for (const [field, meta] of Object.entries(fields)) {
      const f = field as Field;
      const positions = (meta as { position?: [number, number][] }).position;
      if (!positions?.[0]) continue;
      if (!best || FIELDS[f] > FIELDS[best.field]) best = { field: f, pos: positions[0] };
    }
  }
  if (!best || best.field === 'label' || best.field === 'kind')
    return { field: best?.field ?? 'summary', snippet: node.summary };
  const text = texts[best.field];
  const [start, length] = best.pos;
  const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - 60);
  const lineEndRaw = text.indexOf('\n', start + length);
  const lineEnd = Math.min(lineEndRaw === -1 ? text.length : lineEndRaw, start + length + 80);
  const prefix = lineStart > 0 && text[lineStart - 1] !== '\n' ? '…' : '';
  const suffix = lineEnd < text.length && text[lineEnd] !== '\n' ? '…' : '';
  const snippet = prefix + text.slice(lineStart, lineEnd).trim() + suffix;
  const word = text.slice(start, start + length);
  const at = snippet.indexOf(word);
  return {
    field: best.field,
    snippet,
    ...(at >= 0 ? { highlight: [at, at + word.length] as [number, number] } : {}),
  };
}
