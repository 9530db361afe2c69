/*
 * Small helpers over the words of one bullet: splitting "A, B and C" into items, telling the name in
 * "CloudWatch for logs/metrics" from what narrows it, and the obvious other names of a service label.
 */

/** "A, B and C." -> ["A", "B", "C"]; commas inside parentheses do not split. */
export function splitList(value: string): string[] {
  const text = value.trim().replace(/[.;]+$/, '');
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    // "1,000 transitions": a comma between digits is a thousands separator.
    const inNumber = ch === ',' && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (depth === 0 && !inNumber && (ch === ',' || ch === ';')) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out
    .flatMap((s) => s.split(/\s+(?:and|&|or)\s+(?![^(]*\))/i))
    .map((s) => s.trim().replace(/^(?:and|or)\s+/i, ''))
    .filter(Boolean);
}

/** "ECS/EKS" -> ["ECS", "EKS"]: a slash between two names (not "logs/metrics") lists both. */
export function splitSlashedNames(item: string): string[] {
  const m = /^(\S+)\/(\S+)(.*)$/.exec(item);
  if (!m) return [item];
  const [, a, b, rest] = m;
  if (!a || !b || !isNameWord(a) || !isNameWord(b)) return [item];
  return [a, `${b}${rest ?? ''}`.trim()];
}

/**
 * "Network and Application Load-Balancers" -> "Network Load-Balancer", "Application Load-Balancer":
 * a list whose items before the last are lone describing words (capitalised, but not acronyms and
 * not names in their own right, which `isName` tells) shares the last item's plural noun with them.
 * Any other list is returned as it is: "EC2 and Spot Instances" names EC2, a name of its own.
 */
export function distributeSharedNoun(items: string[], isName: (item: string) => boolean): string[] {
  const last = items[items.length - 1]?.trim().split(/\s+/) ?? [];
  const firsts = items.slice(0, -1).map((i) => i.trim());
  const head = last[last.length - 1] ?? '';
  const lone = (w: string) => /^[A-Z][a-z-]+$/.test(w) && !isName(w);
  if (firsts.length === 0 || last.length < 2 || !last.every(isNameWord)) return items;
  if (!/[a-z]s$/.test(head) || /ss$/.test(head) || !firsts.every(lone) || !lone(last[0]!)) return items;
  const noun = [...last.slice(1, -1), singular(head)].join(' ');
  return [...firsts, last[0]!].map((w) => `${w} ${noun}`);
}

const CONNECTORS = new Set(['for', 'of', 'and', 'on', 'the']);

/** A word that can be part of a name: starts with a capital or digit, or has a capital inside (vSphere). */
export function isNameWord(word: string): boolean {
  return /^[A-Z0-9]/.test(word) || /^[a-z]+[A-Z]/.test(word) || /^[a-z0-9]+\.[a-z0-9]+$/.test(word);
}

export interface NamedItem {
  name: string;
  qualifier?: string;
}

/**
 * "CloudWatch for logs/metrics" -> CloudWatch (for logs/metrics); "FIPS 140-2 (GovCloud)" -> FIPS 140-2
 * (GovCloud); "AWS Distro for OpenTelemetry" stays whole. Undefined when the item names nothing.
 */
export function nameAndQualifier(item: string): NamedItem | undefined {
  let text = item.trim().replace(/[.;:]+$/, '');
  const quals: string[] = [];
  const paren = /\s*\(([^()]*)\)\s*$/.exec(text);
  if (paren) {
    quals.push(paren[1]!.trim());
    text = text.slice(0, paren.index).trim();
  }
  const words = text.split(/\s+/).filter(Boolean);
  let n = 0;
  while (n < words.length) {
    const w = words[n]!;
    if (isNameWord(w)) {
      n++;
      continue;
    }
    // "AWS Distro for OpenTelemetry": a connector belongs to the name only if the rest is all name.
    if (
      CONNECTORS.has(w.toLowerCase()) &&
      n > 0 &&
      words.slice(n + 1).every(isNameWord) &&
      n + 1 < words.length
    ) {
      n = words.length;
      break;
    }
    break;
  }
  if (n === 0) return undefined;
  const name = words.slice(0, n).join(' ');
  const rest = words.slice(n).join(' ');
  if (rest) quals.unshift(rest);
  const qualifier = quals.filter(Boolean).join('; ');
  return qualifier ? { name, qualifier } : { name };
}

const VENDOR = /^(?:Amazon|AWS)\s+/;

/** "Amazon Elastic Container Service (ECS)" -> ECS, Elastic Container Service, Amazon ECS... */
export function aliasesOf(label: string): string[] {
  const out = new Set<string>();
  const acronym = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(label);
  const base = acronym ? acronym[1]!.trim() : label.trim();
  if (acronym) {
    const short = acronym[2]!.trim();
    out.add(short);
    out.add(base);
    if (VENDOR.test(base)) out.add(`${base.match(VENDOR)![0]}${short}`);
    out.add(base.replace(VENDOR, ''));
  } else if (VENDOR.test(base)) {
    out.add(base.replace(VENDOR, ''));
  }
  out.delete(label);
  return [...out].filter(Boolean);
}

/** The name a note would use in passing: the acronym in brackets, or the label without "Amazon"/"AWS". */
export function shortName(label: string): string {
  const acronym = /\(([^()]+)\)\s*$/.exec(label);
  if (acronym) return acronym[1]!.trim();
  return label.replace(VENDOR, '').trim();
}

/** "data sovereignty" -> "Data sovereignty": list items start a label. */
export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** Lower-case words without punctuation, for comparing names. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** "Task Definitions" -> "Task Definition" (a plain English plural, nothing cleverer). */
export function singular(s: string): string {
  if (/ies$/i.test(s)) return s.replace(/ies$/i, 'y');
  if (/(?:ss|us|is)$/i.test(s)) return s;
  return s.replace(/s$/i, '');
}

/**
 * "ECS/EKS Anywhere" -> ["ECS Anywhere", "EKS Anywhere"], "Amazon ECS / EKS" -> ["Amazon ECS", "Amazon
 * EKS"]: the words before and after one slash between two single words go with each side. `parts`
 * are the two words themselves, for a caller to check what they name. Undefined without such a slash.
 */
export function distributeSlash(
  text: string,
): { names: [string, string]; parts: [string, string] } | undefined {
  const words = text
    .trim()
    .replace(/\s*\/\s*/g, '/')
    .split(/\s+/);
  const at = words.findIndex((w) => w.includes('/'));
  if (at < 0 || words.findIndex((w, i) => i > at && w.includes('/')) >= 0) return undefined;
  const m = /^([^/]+)\/([^/]+)$/.exec(words[at]!);
  if (!m) return undefined;
  const [a, b] = [m[1]!, m[2]!];
  const around = (w: string) => [...words.slice(0, at), w, ...words.slice(at + 1)].join(' ');
  return { names: [around(a), around(b)], parts: [a, b] };
}
