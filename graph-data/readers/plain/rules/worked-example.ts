/*
 * A worked cost example as notes write it: "10 instances, 24/7 = 10 × $0.01025 × 24 × 30 = ~$73.80/month".
 * The part before the first "=" describes the inputs, the part after the last "=" is the note's total,
 * and the arithmetic between is parsed (numbers, $ prices, ×, +, brackets; "$10 (storage)" is a
 * subtotal with its label) and expanded into a sum of products, so that each product holds one price.
 */

/** A number in the arithmetic; the same token keeps its id when brackets are multiplied out. */
export interface Atom {
  id: number;
  value: number;
  /** Written with "$": a unit price, or a subtotal when it stands alone with a label. */
  dollars: boolean;
  label?: string;
}

export interface ParsedExample {
  title: string;
  /** Each product of the expanded sum. */
  products: Atom[][];
  stated: { amount: number; text: string; approximate: boolean };
  /** The arithmetic as written. */
  formula: string;
}

/** A quantity the description names: "10 Fargate tasks", "0.5 vCPU", "24/7". */
export interface Quantity {
  value: number;
  phrase: string;
}

type Tok = { t: 'num'; atom: Atom } | { t: 'op'; op: '+' | '*' | '(' | ')' };

function tokenize(s: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  let id = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    const num = /^(\$)?\s?(\d[\d,]*(?:\.\d+)?|\.\d+)/.exec(s.slice(i));
    if (num) {
      out.push({ t: 'num', atom: { id: id++, value: Number(num[2]!.replace(/,/g, '')), dollars: !!num[1] } });
      i += num[0].length;
      continue;
    }
    if (ch === '(') {
      const label = /^\(([A-Za-z][A-Za-z \-/]*)\)/.exec(s.slice(i));
      const prev = out[out.length - 1];
      if (label && prev?.t === 'num') {
        prev.atom.label = label[1]!.trim();
        i += label[0].length;
        continue;
      }
    }
    if ('×x*·'.includes(ch)) out.push({ t: 'op', op: '*' });
    else if (ch === '+') out.push({ t: 'op', op: '+' });
    else if (ch === '(' || ch === ')') out.push({ t: 'op', op: ch });
    else return undefined;
    i++;
  }
  return out;
}

/** Parses and multiplies out: sum of products of atoms. Undefined when the text is not arithmetic. */
export function expand(formula: string): Atom[][] | undefined {
  const toks = tokenize(formula);
  if (!toks || toks.length === 0) return undefined;
  let pos = 0;
  const sum = (): Atom[][] | undefined => {
    const first = product();
    if (!first) return undefined;
    const out = [...first];
    while (toks[pos]?.t === 'op' && (toks[pos] as { op: string }).op === '+') {
      pos++;
      const next = product();
      if (!next) return undefined;
      out.push(...next);
    }
    return out;
  };
  const product = (): Atom[][] | undefined => {
    let acc = factor();
    if (!acc) return undefined;
    while (toks[pos]?.t === 'op' && (toks[pos] as { op: string }).op === '*') {
      pos++;
      const next = factor();
      if (!next) return undefined;
      const left: Atom[][] = acc;
      acc = left.flatMap((a) => next.map((b) => [...a, ...b]));
    }
    return acc;
  };
  const factor = (): Atom[][] | undefined => {
    const tok = toks[pos];
    if (!tok) return undefined;
    if (tok.t === 'num') {
      pos++;
      return [[tok.atom]];
    }
    if (tok.op === '(') {
      pos++;
      const inner = sum();
      const close = toks[pos];
      if (!inner || close?.t !== 'op' || close.op !== ')') return undefined;
      pos++;
      return inner;
    }
    return undefined;
  };
  const result = sum();
  return result && pos === toks.length ? result : undefined;
}

/** Reads "<inputs> = <arithmetic> = <total>"; undefined when the line is not a worked example. */
export function parseWorkedExample(text: string): ParsedExample | undefined {
  const parts = text.split('=');
  if (parts.length < 3) return undefined;
  const statedText = parts[parts.length - 1]!.trim().replace(/\.$/, '');
  const total = /(~|≈|about\s+)?\$\s?(\d[\d,]*(?:\.\d+)?)/i.exec(statedText);
  if (!total) return undefined;
  for (const middle of parts.slice(1, -1)) {
    const products = expand(middle.trim());
    if (products && products.length > 0)
      return {
        title: parts[0]!.trim().replace(/[,:]$/, ''),
        products,
        stated: {
          amount: Number(total[2]!.replace(/,/g, '')),
          text: statedText,
          approximate: Boolean(total[1]),
        },
        formula: middle.trim(),
      };
  }
  return undefined;
}

/** The numbers the description names, with their words: "10 EC2 nodes (m5.large, $0.096/hour)" -> 10 "EC2 nodes". */
export function quantities(title: string): Quantity[] {
  const out: Quantity[] = [];
  const text = title.replace(/\([^()]*\)/g, ' ');
  if (/\b24\/7\b/.test(text)) out.push({ value: 24, phrase: 'hours a day' });
  const re = /(?<![\d$./])(\d[\d,]*(?:\.\d+)?)\s+([A-Za-z][\w.-]*(?:\s+[A-Za-z][\w.-]*)*)/g;
  for (const m of text.replace(/\b24\/7\b/, '').matchAll(re))
    out.push({ value: Number(m[1]!.replace(/,/g, '')), phrase: m[2]!.trim() });
  return out;
}
