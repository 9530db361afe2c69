import type { DraftNode, DraftRelation } from '../draft';
import { escapeRegExp } from '../../model/text';
import { MAX_RULE_LINE } from './read-note';
import { isAdvice } from './rules/types';
import { bareNode } from './reading';

/** The rule that reads "the ECS agent", "the EKS console" as parts of the service named. */
export const SERVICE_PART = 'service-part-name';

/** Nouns for the parts software services are made of: "<service> <noun>" names a part of that service. */
export const PART_NOUNS = [
  'agent',
  'console',
  'control plane',
  'data plane',
  'cli',
  'scheduler',
  'controller',
  'dashboard',
];

/** "Control plane" -> "control plane": a part noun written alone, as a note does under its service's heading. */
export function partNoun(words: string): string | undefined {
  const w = words.trim().toLowerCase().replace(/\s+/g, ' ');
  const noun = PART_NOUNS.find((n) => w === n || w === `${n}s`);
  return noun;
}

/** "EKS" and "control plane" -> "EKS control plane", as service-part-name names it. */
export function partLabel(service: string, noun: string): string {
  return `${service} ${noun === 'cli' ? 'CLI' : noun}`;
}

/**
 * "Container Instance: EC2 instance running the ECS agent", "Registers clusters to EKS console":
 * a service's name followed by a part noun (agent, console, control plane...) names a part of that
 * service, wherever the line is. Read over every fact once all the notes' services are known, since
 * a note may name a service before its heading ("Uses ECS control plane" under ECS Anywhere, with ECS
 * described further down). `find` gives a node the notes already have by that name.
 */
export function servicePartsNamed(
  nodes: DraftNode[],
  find: (label: string) => DraftNode | undefined,
): { nodes: DraftNode[]; relations: DraftRelation[] } {
  const owners = new Map<string, string>();
  for (const s of nodes.filter((n) => n.kind === 'service'))
    for (const name of [s.label, ...s.aliases])
      if (name.length > 1 && !owners.has(name)) owners.set(name, s.ref);
  const out = { nodes: [] as DraftNode[], relations: [] as DraftRelation[] };
  if (owners.size === 0) return out;
  const names = [...owners.keys()].sort((a, b) => b.length - a.length);
  const made = new Map<string, DraftNode>();
  for (const node of nodes)
    for (const fact of node.facts) {
      if (isAdvice(fact.category) || fact.text.length > MAX_RULE_LINE) continue;
      for (const m of namedParts(fact.text, names)) {
        // The service's name is matched as written ("ECS", not "ecs"); the noun in any case.
        const owner = owners.get(m.name);
        if (!owner) continue;
        const label = partLabel(m.name, m.noun);
        const words = m.words;
        const inferred = { rule: SERVICE_PART, words };
        let part = find(label) ?? made.get(label.toLowerCase());
        if (!part) {
          part = bareNode({ ref: label, kind: 'component', label, cite: fact.cite, inferred });
          made.set(label.toLowerCase(), part);
          out.nodes.push(part);
        }
        if (part.ref !== owner)
          out.relations.push({ from: owner, to: part.ref, kind: 'has-component', cite: fact.cite, inferred });
      }
    }
  return out;
}

const NOUNS = new RegExp(String.raw`\s+(${PART_NOUNS.map(escapeRegExp).join('|')})s?(?![\w-])`, 'gi');

/**
 * "<name> <part noun>" in `text`, for `names` longest first, as one pattern of every name would find
 * them (`(?<![\w-])(names)\s+(nouns)s?(?![\w-])`, case-insensitive, left to right, the longest name
 * where two start together, no two overlapping), without trying every name at every character: the
 * few part nouns are found first and the names looked for just before each. `name` is as written.
 */
export function namedParts(
  text: string,
  names: readonly string[],
): { name: string; noun: string; words: string }[] {
  const found: { start: number; stop: number; name: string; noun: string }[] = [];
  for (const hit of text.matchAll(NOUNS)) {
    const end = hit.index;
    for (const name of names) {
      const start = end - name.length;
      if (start < 0 || /[\w-]/.test(text[start - 1] ?? '')) continue;
      if (text.slice(start, end).toLowerCase() !== name.toLowerCase()) continue;
      found.push({
        start,
        stop: end + hit[0].length,
        name: text.slice(start, end),
        noun: hit[1]!.toLowerCase(),
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.name.length - a.name.length);
  const out: { name: string; noun: string; words: string }[] = [];
  let consumed = 0;
  for (const f of found) {
    if (f.start < consumed) continue;
    consumed = f.stop;
    out.push({ name: f.name, noun: f.noun, words: text.slice(f.start, f.stop) });
  }
  return out;
}
