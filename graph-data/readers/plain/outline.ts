import type { List, ListItem, Nodes, Paragraph, PhrasingContent, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/*
 * Turns one note into a flat outline of blocks in reading order: headings (Markdown's own, or a short
 * line of its own such as "Elastic Container Service (ECS):"), bullets with their nesting depth and
 * `Key: value` split, tables (GFM ones, and the header-less `| a | b |` rows some notes use), lines of
 * text and `---` rules. Every block carries its 1-based line. remark does the parsing; the small
 * regular expressions below only ever look at one line.
 */

export interface HeadingBlock {
  type: 'heading';
  text: string;
  /** 1-6 for Markdown headings; 0 for a line that stands as a heading ("ECS Key Components:"). */
  depth: number;
  line: number;
}
export interface ItemBlock {
  type: 'item';
  text: string;
  key?: string;
  /** The key was set off with " - " ("Karpenter - Works with EC2 Fleet"), a definition. */
  dash?: boolean;
  value: string;
  /** 0 for a top-level bullet, 1 for a bullet nested under it... */
  depth: number;
  line: number;
}
export interface TableBlock {
  type: 'table';
  header: string[];
  rows: string[][];
  rowLines: number[];
  line: number;
  /** True when the note wrote no `| --- |` row and the reader took the first row as the header. */
  headerless: boolean;
}
export interface TextBlock {
  type: 'text';
  text: string;
  key?: string;
  dash?: boolean;
  value: string;
  line: number;
}
export interface RuleBlock {
  type: 'rule';
  line: number;
}
export type Block = HeadingBlock | ItemBlock | TableBlock | TextBlock | RuleBlock;

const gfmParser = unified().use(remarkParse).use(remarkGfm).freeze();
const plainParser = unified().use(remarkParse).freeze();
// GFM costs a third more parsing time and is needed only for tables with a `| --- |` row.
const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/m;
const parser = { parse: (text: string) => (DELIMITER_ROW.test(text) ? gfmParser : plainParser).parse(text) };

/** Header-less rows wider than this, and lines longer than this, are kept as plain text. */
const MAX_CELLS = 64;
const MAX_LINE = 4000;

/** The outline of one note's text. */
export function outline(text: string): Block[] {
  const lines = text.split(/\r?\n/);
  const out: Block[] = [];
  walkBlocks(parser.parse(text), lines, 0, out);
  return out;
}

function walkBlocks(root: Root, lines: string[], lineOffset: number, out: Block[]): void {
  for (const node of root.children) {
    const line = (node.position?.start.line ?? 1) + lineOffset;
    switch (node.type) {
      case 'heading':
        out.push({ type: 'heading', text: cleanText(inlineText(node.children)), depth: node.depth, line });
        break;
      case 'thematicBreak':
        out.push({ type: 'rule', line });
        break;
      case 'table':
        out.push(tableBlock(node, lineOffset, false));
        break;
      case 'list':
        walkList(node, 0, lines, lineOffset, out);
        break;
      case 'paragraph':
        paragraphLines(node, lines, lineOffset, out);
        break;
      default:
        break;
    }
  }
}

function walkList(list: List, depth: number, lines: string[], lineOffset: number, out: Block[]): void {
  for (const item of list.children) walkItem(item, depth, lines, lineOffset, out);
}

function walkItem(item: ListItem, depth: number, lines: string[], lineOffset: number, out: Block[]): void {
  const first = item.children[0];
  const line = (item.position?.start.line ?? 1) + lineOffset;
  const lazy: string[] = [];
  let lazyStart = 0;
  if (first?.type === 'paragraph') {
    const { kept, rest, restLine } = splitLazy(first, lines, lineOffset);
    const kv = keyValue(kept);
    out.push({ type: 'item', ...kv, depth, line });
    lazy.push(...rest);
    lazyStart = restLine;
  } else {
    out.push({ type: 'item', text: '', value: '', depth, line });
  }
  // Lines that Markdown folded into the bullet "lazily" (not indented) are the note's next blocks.
  if (lazy.length > 0) walkBlocks(parser.parse(lazy.join('\n')), lazy, lazyStart - 1, out);
  for (const child of item.children.slice(1)) {
    if (child.type === 'list') walkList(child, depth + 1, lines, lineOffset, out);
    else if (child.type === 'paragraph') paragraphLines(child, lines, lineOffset, out);
    else if (child.type === 'table') out.push(tableBlock(child, lineOffset, false));
  }
}

/** A bullet's paragraph: the inline nodes of its own lines, and the unindented lines after them. */
function splitLazy(
  para: Paragraph,
  lines: string[],
  lineOffset: number,
): { kept: PhrasingContent[]; rest: string[]; restLine: number } {
  const start = para.position?.start.line ?? 1;
  const end = para.position?.end.line ?? start;
  const contentColumn = para.position?.start.column ?? 1;
  let cut = end + 1;
  for (let l = start + 1; l <= end; l++) {
    const raw = lines[l - 1] ?? '';
    const indent = raw.length - raw.trimStart().length;
    if (indent < contentColumn - 1) {
      cut = l;
      break;
    }
  }
  if (cut > end) return { kept: para.children, rest: [], restLine: 0 };
  const kept = truncateInline(para.children, cut);
  const rest = lines.slice(cut - 1, end);
  return { kept, rest, restLine: cut + lineOffset };
}

/** The inline nodes that start before `line`, with a text node cut at the line break. */
function truncateInline(nodes: PhrasingContent[], line: number): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const n of nodes) {
    const s = n.position?.start.line ?? 0;
    if (s >= line) break;
    const e = n.position?.end.line ?? s;
    if (e >= line && n.type === 'text') {
      const keep = n.value.split('\n').slice(0, line - s);
      out.push({ ...n, value: keep.join('\n') });
      break;
    }
    out.push(n);
  }
  return out;
}

/** A paragraph read line by line: runs of `| a | b |` rows become tables, short lines headings. */
function paragraphLines(para: Paragraph, lines: string[], lineOffset: number, out: Block[]): void {
  const localStart = para.position?.start.line ?? 1;
  const raw = lines.slice(localStart - 1, para.position?.end.line ?? localStart);
  const start = localStart + lineOffset;
  let i = 0;
  while (i < raw.length) {
    if (isPipeRow(raw[i] ?? '')) {
      let j = i;
      while (j < raw.length && isPipeRow(raw[j] ?? '')) j++;
      out.push(headerlessTable(raw.slice(i, j), start + i));
      i = j;
      continue;
    }
    const text = raw[i] ?? '';
    const line = start + i;
    const next = raw[i + 1];
    if (looksLikeHeadingLine(text, next === undefined || isPipeRow(next) || looksLikeHeadingLine(next))) {
      out.push({ type: 'heading', text: cleanText(text).replace(/:\s*$/, ''), depth: 0, line });
    } else {
      const kv = keyValue(parseLine(text));
      if (kv.text) out.push({ type: 'text', ...kv, line });
    }
    i++;
  }
}

function isPipeRow(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > MAX_LINE || !t.startsWith('|') || !t.endsWith('|')) return false;
  const cells = t.split('|').length - 2;
  return cells >= 1 && cells <= MAX_CELLS && !/^\|+$/.test(t);
}

/**
 * "ECS Key Components:", "What is a 'Container'?", or a short unpunctuated line followed by another
 * heading-like line or the end of its paragraph: the headings of notes written without `#`.
 */
function looksLikeHeadingLine(line: string | undefined, endsBlock = false): boolean {
  if (line === undefined) return false;
  const t = cleanText(line);
  if (!t || t.length > 80 || isPipeRow(line)) return false;
  if (/^[-*+]\s/.test(line.trim())) return false;
  if (/[:?]$/.test(t) && !/:.*:$/.test(t)) return t.split(/\s+/).length <= 10;
  return endsBlock && !/[.!,;)]$/.test(t) && t.split(/\s+/).length <= 8 && !t.includes(': ');
}

/** Header-less pipe rows: a delimiter row is added after the first so that remark-gfm reads the cells. */
function headerlessTable(rows: string[], line: number): TableBlock {
  const cells = (rows[0] ?? '').split('|').length - 2;
  const delimiter = `|${' --- |'.repeat(Math.max(1, cells))}`;
  const doc = [rows[0], delimiter, ...rows.slice(1)].join('\n');
  const table = gfmParser.parse(doc).children.find((c): c is Table => c.type === 'table');
  if (!table) return { type: 'table', header: [], rows: [], rowLines: [], line, headerless: true };
  const block = tableBlock(table, 0, true);
  // Line numbers in the re-parsed text are shifted by the added delimiter row.
  block.line = line;
  block.rowLines = block.rows.map((_, k) => line + 1 + k);
  return block;
}

function tableBlock(table: Table, lineOffset: number, headerless: boolean): TableBlock {
  const all = table.children.map((row) => row.children.map((cell) => cleanText(inlineText(cell.children))));
  const lines = table.children.map((row) => (row.position?.start.line ?? 1) + lineOffset);
  return {
    type: 'table',
    header: all[0] ?? [],
    rows: all.slice(1),
    rowLines: lines.slice(1),
    line: lines[0] ?? lineOffset + 1,
    headerless,
  };
}

function parseLine(line: string): PhrasingContent[] {
  if (line.length > MAX_LINE) return [{ type: 'text', value: line.trim() }];
  const first = plainParser.parse(line.trim()).children[0];
  if (first && 'children' in first && first.type === 'paragraph') return first.children;
  return [{ type: 'text', value: line.trim() }];
}

/** `**Key**: value`, `**Key:** value`, `Key: value` or `Key - value` on one bullet or line. */
function keyValue(nodes: PhrasingContent[]): { text: string; key?: string; value: string; dash?: boolean } {
  const text = cleanText(inlineText(nodes));
  const [head, next] = nodes;
  if (head?.type === 'strong') {
    const strong = cleanText(inlineText(head.children));
    const after = next?.type === 'text' ? next.value : '';
    if (strong.endsWith(':')) return { text, key: strong.slice(0, -1).trim(), value: afterKey(text, strong) };
    if (/^\s*:/.test(after))
      return { text, key: strong, value: cleanText(text.slice(strong.length).replace(/^\s*:/, '')) };
  }
  // "- Key Features:" over nested bullets: a key whose values are the bullets below it.
  const bare = /^([^:.()]{1,50}?):$/.exec(text);
  if (bare && bare[1]!.trim().split(/\s+/).length <= 5) return { text, key: bare[1]!.trim(), value: '' };
  const m = /^([^:.()]{1,50}?)(:| - )\s*(.+)$/.exec(text);
  if (m && m[1] && m[3] && m[1].trim().split(/\s+/).length <= 5 && !/^https?$/i.test(m[1].trim()))
    return { text, key: m[1].trim(), value: m[3].trim(), ...(m[2] === ' - ' ? { dash: true } : {}) };
  return { text, value: text };
}

function afterKey(text: string, strong: string): string {
  return cleanText(text.slice(text.indexOf(strong) + strong.length));
}

/** The words of inline Markdown: emphasis and links kept as their text, images as their alt text. */
export function inlineText(nodes: readonly Nodes[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'html') s += n.value;
    else if (n.type === 'break') s += ' ';
    else if (n.type === 'image') s += n.alt ?? '';
    else if ('children' in n) s += inlineText(n.children as Nodes[]);
  }
  return s;
}

/** One line's text with stray emphasis markers and runs of spaces tidied. */
export function cleanText(s: string): string {
  return s
    .replace(/^\s*\*\*(?!.*\*\*)/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
