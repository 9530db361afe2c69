import type { Graph, GraphNode } from '../model/schema';
import { withinSlips } from '../model/suggest';

/*
 * Names first. People mostly search for a thing by its name, and a name is a few words: looking the
 * query's words up among the names' words takes a millisecond or two even on a graph of 10,000 nodes,
 * where the full-text (lunr) query over every fact takes tens. So a large graph's search box lists the
 * nodes whose names match at once, from this index, and the full-text hits follow from the worker.
 * The same rules rank names in the full-text search, so both lists agree on what a name match is.
 */

/** A label or an alias, lower-cased with punctuation turned to spaces, and its words. */
export interface Name {
  text: string;
  words: string[];
}

/** How well a node's names answer a query. */
export interface NameMatch {
  /** 2: a name is exactly the query; 1: a name's words and the query's words all match each other. */
  tier: number;
  /** The best share of the query and the name covered, 0 to 1: "karp" covers more of "Karpenter" than of "Karpenter nodes". */
  bonus: number;
  /** Which of the names (0 is the label) gave the bonus. */
  best: number;
}

export interface NameIndex {
  nodes: readonly GraphNode[];
  /** Per node (same order as `nodes`): its label, then its aliases. */
  names: Name[][];
  /** Every word of every name, once each, sorted. */
  words: string[];
  /** For each of `words`, the nodes (indexes into `nodes`) with a name holding it. */
  postings: number[][];
}

/** Lower-cases and turns everything but letters and digits into single spaces. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name, ready to be matched word by word. */
function nameOf(text: string): Name {
  const normalised = normaliseName(text);
  return { text: normalised, words: normalised ? normalised.split(' ') : [] };
}

/** A node's label, then its aliases. */
export function namesOf(node: GraphNode): Name[] {
  return [node.label, ...node.aliases].map(nameOf);
}

/**
 * Whether a query word matches a name word: as a prefix ("karp") or with a slip or two ("kubernets",
 * "distor"), allowed as in the full-text search: one from four letters, two from eight.
 */
function wordMatches(term: string, word: string): boolean {
  if (word.startsWith(term)) return true;
  if (term.length < 4) return false;
  const budget = term.length >= 8 ? 2 : 1;
  return withinSlips(term, word.slice(0, term.length), budget) || withinSlips(term, word, budget);
}

/**
 * How well `names` answer the query's `terms`; `exact` is the whole query through `normaliseName`.
 * Tier 2 when a name is the query; tier 1 when some name's words and the query's words all match.
 */
export function matchNames(
  names: readonly Name[],
  terms: readonly string[],
  exact: string,
  matches: (term: number, word: string) => boolean = (t, w) => wordMatches(terms[t]!, w),
): NameMatch {
  let tier = 0;
  let bonus = 0;
  let best = 0;
  for (let i = 0; i < names.length; i++) {
    const { text, words } = names[i]!;
    if (text === exact) return { tier: 2, bonus: 1, best: i };
    if (words.length === 0) continue;
    const queryCovered = terms.filter((_, t) => words.some((w) => matches(t, w))).length / terms.length;
    const nameCovered = words.filter((w) => terms.some((_, t) => matches(t, w))).length / words.length;
    if (queryCovered === 1 && nameCovered === 1) tier = 1;
    if (queryCovered * nameCovered > bonus) {
      bonus = queryCovered * nameCovered;
      best = i;
    }
  }
  return { tier, bonus, best };
}

/** Indexes every node's label and aliases by word. */
export function buildNameIndex(graph: Graph): NameIndex {
  const byWord = new Map<string, number[]>();
  const names = graph.nodes.map((node, i) => {
    const own = namesOf(node);
    for (const { words } of own)
      for (const w of words) {
        const posting = byWord.get(w);
        if (!posting) byWord.set(w, [i]);
        else if (posting[posting.length - 1] !== i) posting.push(i);
      }
    return own;
  });
  const words = [...byWord.keys()].sort();
  return { nodes: graph.nodes, names, words, postings: words.map((w) => byWord.get(w)!) };
}

/** The first index in the sorted `words` at or after `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The indexes in `words` of the words `term` matches. */
function wordsFor(index: NameIndex, term: string): number[] {
  const found: number[] = [];
  const start = lowerBound(index.words, term);
  let end = start;
  while (end < index.words.length && index.words[end]!.startsWith(term)) found.push(end++);
  // A word can only be a typo of a term of four letters or more (as in the full-text search).
  if (term.length >= 4)
    for (let i = 0; i < index.words.length; i++)
      if ((i < start || i >= end) && wordMatches(term, index.words[i]!)) found.push(i);
  return found;
}

/** A node found by name, ready for the hit list. */
export interface NameHit {
  node: GraphNode;
  match: NameMatch;
  /** The first word of the best-matching name that the query matches, as the name spells it. */
  word: string;
}

/**
 * The nodes with a name that matches every word of `query` (by prefix or small typo), best first:
 * exact names, then names whose words the query covers, then by how much of the name it covers,
 * then shorter and alphabetical. Names only: facts and summaries are the full-text search's.
 */
export function searchNames(
  index: NameIndex,
  terms: readonly string[],
  query: string,
  limit: number,
): NameHit[] {
  if (terms.length === 0 || limit <= 0) return [];
  const matched = terms.map(() => new Set<string>());
  let candidates: Set<number> | null = null;
  // The longest word first: it matches the fewest names, so the sets shrink soonest.
  const order = terms.map((_, t) => t).sort((a, b) => terms[b]!.length - terms[a]!.length);
  for (const t of order) {
    const next = new Set<number>();
    for (const w of wordsFor(index, terms[t]!)) {
      matched[t]!.add(index.words[w]!);
      for (const node of index.postings[w]!) if (!candidates || candidates.has(node)) next.add(node);
    }
    candidates = next;
    if (next.size === 0) return [];
  }
  const exact = normaliseName(query);
  // Which name words each term matches is known now: ranking looks them up instead of comparing again.
  const matches = (t: number, word: string) => matched[t]!.has(word);
  const found = [...candidates!].map((i) => ({
    i,
    node: index.nodes[i]!,
    match: matchNames(index.names[i]!, terms, exact, matches),
  }));
  found.sort(
    (a, b) =>
      b.match.tier - a.match.tier ||
      b.match.bonus - a.match.bonus ||
      a.node.label.length - b.node.label.length ||
      (a.node.label < b.node.label ? -1 : a.node.label > b.node.label ? 1 : 0),
  );
  return found.slice(0, limit).map(({ i, node, match }) => {
    const words = index.names[i]![match.best]!.words;
    const word = words.find((w) => terms.some((_, t) => matches(t, w))) ?? '';
    return { node, match, word };
  });
}
