/** Levenshtein distance between two strings (small inputs only: names and kinds). */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Infinity);
}

/**
 * Whether `a` and `b` are at most `limit` typing slips apart: a letter added, dropped or changed, or
 * two neighbouring letters swapped ("distor" for "distro"), each one slip, as lunr's fuzzy match
 * counts them. Stops as soon as they cannot be.
 */
export function withinSlips(a: string, b: string, limit: number): boolean {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > limit) return false;
  // Three rows of the table, reused from call to call (the search box asks thousands of times a
  // keystroke). Only the band of cells within `limit` of the diagonal can stay within the limit;
  // the cells just outside it are "over" (limit + 1).
  if (slipRows[0]!.length <= n + 1) slipRows = [0, 1, 2].map(() => new Int32Array(2 * (n + 2)));
  let [before, prev, cur] = slipRows as [Int32Array, Int32Array, Int32Array];
  const over = limit + 1;
  for (let j = 0; j <= n + 1; j++) prev[j] = j <= limit ? j : over;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(n, i + limit);
    cur[0] = i <= limit ? i : over;
    cur[lo - 1] = lo === 1 ? cur[0] : over;
    let rowMin = cur[lo - 1]!;
    for (let j = lo; j <= hi; j++) {
      let cell = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        cell = Math.min(cell, before[j - 2]! + 1);
      cur[j] = Math.min(cell, over);
      if (cell < rowMin) rowMin = cell;
    }
    cur[hi + 1] = over;
    // A row's smallest cell never shrinks in the rows below, so past the limit it is over.
    if (rowMin > limit) return false;
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n]! <= limit;
}
let slipRows: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Levenshtein distance, or `limit + 1` as soon as it is known to exceed `limit`: a row whose smallest
 * cell is over the limit can only grow, so the rest of the table is never filled.
 */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      const cell = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev[j] = cell;
      if (cell < rowMin) rowMin = cell;
      diag = up;
    }
    if (rowMin > limit) return limit + 1;
  }
  return prev[b.length]!;
}

/** How far a name may be from a known one to count as a likely typo of it. */
function typoLimit(length: number): number {
  return Math.max(2, Math.floor(length / 3));
}

/** Names longer than this get no suggestion: nobody mistypes a paragraph, and it would cost time. */
const MAX_SUGGEST_LENGTH = 80;

/**
 * Answers many "did you mean" questions against one list of known names quickly: names are
 * bucketed by length (a typo changes the length by at most the limit), distances stop early, answers
 * are remembered, and the total work is capped, so 20,000 dangling references over 20,000 names cost
 * seconds at worst rather than minutes; past the cap, questions simply get no suggestion.
 */
export class Suggester {
  private readonly byLength = new Map<number, { name: string; lower: string }[]>();
  private readonly answers = new Map<string, string | undefined>();
  private budget: number;

  constructor(known: Iterable<string>, budget = 20_000_000) {
    this.budget = budget;
    const seen = new Set<string>();
    for (const name of known) {
      if (seen.has(name) || name.length > MAX_SUGGEST_LENGTH) continue;
      seen.add(name);
      const lower = name.toLowerCase();
      const bucket = this.byLength.get(lower.length);
      if (bucket) bucket.push({ name, lower });
      else this.byLength.set(lower.length, [{ name, lower }]);
    }
  }

  /** The closest known name to a mistyped one, if it is close enough to be a likely typo. */
  suggest(input: string): string | undefined {
    if (this.answers.has(input)) return this.answers.get(input);
    const answer = this.search(input);
    this.answers.set(input, answer);
    return answer;
  }

  private search(input: string): string | undefined {
    const needle = input.toLowerCase();
    if (needle.length > MAX_SUGGEST_LENGTH || this.budget <= 0) return undefined;
    let limit = typoLimit(needle.length);
    let best: string | undefined;
    // Nearer lengths first, so that a close match tightens the limit for the rest.
    for (let delta = 0; delta <= limit; delta++) {
      for (const length of delta === 0 ? [needle.length] : [needle.length - delta, needle.length + delta]) {
        for (const candidate of this.byLength.get(length) ?? []) {
          if (this.budget <= 0) return best;
          this.budget -= needle.length * candidate.lower.length;
          const d = boundedDistance(needle, candidate.lower, limit);
          if (d < limit || (d === limit && best === undefined)) {
            best = candidate.name;
            if (d === 0) return best;
            limit = d;
          }
        }
      }
    }
    return best;
  }
}

/** The closest known name to a mistyped one, if it is close enough to be a likely typo. */
export function suggest(input: string, known: Iterable<string>): string | undefined {
  return new Suggester(known).suggest(input);
}
