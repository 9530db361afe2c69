import type { Inference } from '../../model/schema';
import { relationKindFor, vocabularyKind } from '../relation-names';
import { LINK_MARK, plainText, type Line, type Link } from './lines';

/*
 * The rules that read relations out of one line. Each is a small named function:
 * - `inlineFields`: Dataview fields, `runs-on:: [[Bare metal]]` at the start of a line, or
 *   `[runs-on:: [[X]]]` / `(runs-on:: [[X]])` inside one. A typed field: stated, not inferred.
 * - `labelledLinks`: `Runs on: [[Bare metal]], [[vSphere]]` (one colon), where the label is a
 *   vocabulary verb. Inferred: the colon is prose, so the relation is marked with the rule and words.
 * Links that no rule takes are plain `links-to` relations, as in Obsidian's graph.
 */

/** A relation a rule read from a line: to links, or to plain names when a typed field lists names. */
export interface FieldRelation {
  kind: string;
  targets: { name: string; written: string; qualifier?: string }[];
  line: number;
  inferred?: Inference;
}

/** A field with a plain value and a name that is no relation: kept as a node attribute. */
export interface FieldAttribute {
  key: string;
  value: string;
}

export interface LineReading {
  relations: FieldRelation[];
  attributes: FieldAttribute[];
  /** Indices of the line's links that no rule took. */
  plainLinks: number[];
}

const MARK_INDEX = new RegExp(`${LINK_MARK}(\\d+)`, 'g');
const KEY = `[^:\\[\\]()${LINK_MARK}]{1,60}?`;
const LINE_FIELD = new RegExp(`^\\s*(${KEY})\\s*::\\s*(.*)$`);
const BRACKET_FIELD = new RegExp(
  `[\\[(]\\s*(${KEY})\\s*::\\s*([^\\]()]*(?:\\([^)]*\\))?[^\\]()]*)[\\])]`,
  'g',
);
const LABELLED = new RegExp(`^\\s*(${KEY})\\s*:\\s+(.*${LINK_MARK}.*)$`);

/** The links a value holds, each with the "(qualifier)" written straight after it. */
function linksIn(value: string, line: Line): FieldRelation['targets'] {
  const out: FieldRelation['targets'] = [];
  for (const m of value.matchAll(MARK_INDEX)) {
    const link: Link | undefined = line.links[Number(m[1])];
    if (!link?.target) continue;
    const after = value.slice(m.index + m[0].length).match(/^\s*\(([^)\n]{1,80})\)/);
    out.push({ name: link.target, written: link.written, ...(after ? { qualifier: after[1]!.trim() } : {}) });
  }
  return out;
}

function usedLinks(value: string): number[] {
  return [...value.matchAll(MARK_INDEX)].map((m) => Number(m[1]));
}

/** Plain names listed in a typed field's value: "HIPAA, PCI DSS (in GovCloud)". */
function namesIn(value: string): FieldRelation['targets'] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0 && part.length <= 120)
    .map((part) => {
      const q = part.match(/^(.*?)\s*\(([^)]{1,80})\)$/);
      return q ? { name: q[1]!, written: part, qualifier: q[2]! } : { name: part, written: part };
    })
    .filter((t) => t.name.length > 0);
}

/** One field (`key:: value`) as relations or an attribute. */
function field(key: string, value: string, line: Line, out: LineReading): void {
  const cleanKey = key.replace(/\*+|_+$|^_+/g, '').trim();
  if (!cleanKey) return;
  const links = linksIn(value, line);
  const { kind, known } = relationKindFor(cleanKey);
  if (links.length > 0) {
    out.relations.push({ kind, targets: links, line: line.line });
  } else if (known) {
    const names = namesIn(value);
    if (names.length > 0) out.relations.push({ kind, targets: names, line: line.line });
  } else if (value.trim()) {
    out.attributes.push({ key: cleanKey, value: value.trim() });
  }
}

/** Rule `inline-field`: Dataview fields on a line. */
export function inlineFields(line: Line, out: LineReading, taken: Set<number>): void {
  const whole = line.text.match(LINE_FIELD);
  if (whole) {
    field(whole[1]!, whole[2]!, line, out);
    usedLinks(whole[2]!).forEach((i) => taken.add(i));
    return;
  }
  for (const m of line.text.matchAll(BRACKET_FIELD)) {
    field(m[1]!, m[2]!, line, out);
    usedLinks(m[2]!).forEach((i) => taken.add(i));
  }
}

/** Rule `labelled-link`: `Runs on: [[X]]`, when the label is a vocabulary verb. */
export function labelledLinks(line: Line, out: LineReading, taken: Set<number>): void {
  const m = line.text.match(LABELLED);
  if (!m) return;
  const kind = vocabularyKind(m[1]!.replace(/\*+/g, '').trim());
  if (!kind) return;
  const links = linksIn(m[2]!, line).filter((_, i) => !taken.has(usedLinks(m[2]!)[i]!));
  if (links.length === 0) return;
  usedLinks(m[2]!).forEach((i) => taken.add(i));
  out.relations.push({
    kind,
    targets: links,
    line: line.line,
    inferred: { rule: 'labelled-link', words: plainText(line).trim().slice(0, 160) },
  });
}

/** Every relation and attribute one line states. */
export function readLine(line: Line): LineReading {
  const out: LineReading = { relations: [], attributes: [], plainLinks: [] };
  if (line.links.length === 0 && !line.text.includes('::')) return out;
  const taken = new Set<number>();
  inlineFields(line, out, taken);
  if (out.relations.length === 0 && out.attributes.length === 0) labelledLinks(line, out, taken);
  line.links.forEach((link, i) => {
    if (!taken.has(i) && link.target) out.plainLinks.push(i);
  });
  return out;
}
