/** Levenshtein distance between two strings (small inputs only: names and kinds). */
export function editDistance(a: string, b: string): number {
  return boundedDistance(a, b, Infinity);
}

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
