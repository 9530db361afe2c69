/*
 * Every writer refuses text that is not well-formed UTF-16 (a lone surrogate). Such text cannot be
 * written as UTF-8 at all: JSON.stringify, XML writers and Neo4j would each turn it into something
 * different (U+FFFD, an escape, an error), so an export would not say what the graph says.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A text problem found in a graph: where (a path such as `nodes[3].facts[0].text`) and what. */
export interface TextProblem {
  path: string;
  message: string;
}

/** The position of the first lone surrogate in `text`, or -1 when the text is well-formed. */
export function loneSurrogateAt(text: string): number {
  const m = LONE_SURROGATE.exec(text);
  return m ? m.index : -1;
}

function label(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value && typeof value.id === 'string') return value.id;
  return undefined;
}

/** Every lone surrogate in any string (key or value) anywhere inside `value`, with its path. */
export function textProblems(value: unknown, path = ''): TextProblem[] {
  const problems: TextProblem[] = [];
  const visit = (v: unknown, at: string) => {
    if (typeof v === 'string') {
      const i = loneSurrogateAt(v);
      if (i >= 0)
        problems.push({
          path: at || '(text)',
          message:
            `${at || 'the text'} holds a lone surrogate (U+${v.charCodeAt(i).toString(16).toUpperCase()}) at ` +
            `character ${i + 1}: half of an emoji or other character was lost; retype that character`,
        });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => {
        const id = label(item);
        visit(item, `${at}[${i}]${id ? ` (${id})` : ''}`);
      });
    } else if (v && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (loneSurrogateAt(k) >= 0) visit(k, `${at}.${JSON.stringify(k)} (a key)`);
        visit(child, at ? `${at}.${k}` : k);
      }
    }
  };
  visit(value, path);
  return problems;
}

/** Thrown by every writer when the graph holds text that cannot be written faithfully. */
export class MalformedTextError extends Error {
  constructor(readonly problems: TextProblem[]) {
    super(
      `The graph cannot be exported: ${problems
        .slice(0, 3)
        .map((p) => p.message)
        .join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}.`,
    );
    this.name = 'MalformedTextError';
  }
}

/** Throws MalformedTextError when any text in `value` holds a lone surrogate. */
export function assertWellFormedText(value: unknown): void {
  const problems = textProblems(value);
  if (problems.length > 0) throw new MalformedTextError(problems);
}
