import MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';
import { blockTree, type MdBlock } from '../markdown-blocks';

/*
 * The Markdown parser for Obsidian notes: markdown-it (CommonMark), with YAML front matter set
 * aside and two inline rules of our own for Obsidian's wikilinks and embeds (`[[Note#Heading|shown]]`,
 * `![[Note]]`) and #tags. They follow the grammar of the micromark extensions this reader used
 * before (`@moritzrs/micromark-extension-ofm-wikilink` and `-ofm-tag`) character for character;
 * markdown-it reads a vault about ten times faster. Code spans and code blocks stay code: a
 * `[[link]]` inside them is not a link. GFM is left out on purpose: this reader needs links, fields
 * and tags, not table structure (a table row is read line by line all the same).
 */

/** A wikilink or embed as written: its path, `#` part and shown text (the file name when none). */
export interface WikiLink {
  url: string;
  hash: string;
  value: string;
  /** The link as written in the note: `[[Note|shown]]`. */
  written: string;
}

const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).disable([
  'table',
  'strikethrough',
]);
md.inline.ruler.before('link', 'ofm_wikilink', wikilinkRule);
md.inline.ruler.before('link', 'ofm_tag', tagRule);
md.inline.ruler.before('text', 'stamp_lines', stampLines);
// Again once the block is read, before markdown-it joins and drops tokens of emphasis markers.
md.inline.ruler2.before('balance_pairs', 'stamp_lines', (state) => stampLines(state, false));
// Links are never followed, only named: a `file:` or `data:` link is read like any other.
md.validateLink = () => true;

/** Per inline block: how far the line count has got, and how many tokens are stamped. */
const counted = new WeakMap<StateInline, { pos: number; line: number; stamped: number }>();

/**
 * Stamps every inline token with the line, counted from its block's first, on which it starts
 * (`meta.line`). markdown-it keeps no positions, and some line breaks leave no token (inside a code
 * span, an image or a link's destination), so counting line-break tokens would put the words after
 * them on too early a line. First in the chain, this rule sees every place where a token can start:
 * the tokens pushed since it last ran started where it last stood. It never reads a token itself.
 */
function stampLines(state: StateInline, silent: boolean): boolean {
  if (silent) return false;
  let c = counted.get(state);
  if (!c) {
    c = { pos: 0, line: 0, stamped: 0 };
    counted.set(state, c);
  }
  for (; c.stamped < state.tokens.length; c.stamped++) {
    const token = state.tokens[c.stamped]!;
    token.meta = { ...token.meta, line: c.line };
  }
  const pos = Math.min(state.pos, state.posMax);
  if (pos < c.pos) c.pos = c.line = 0;
  for (; c.pos < pos; c.pos++) if (state.src.charCodeAt(c.pos) === 0x0a) c.line++;
  return false;
}

const SPACE = 0x20;
const HASH = 0x23;
const BAR = 0x7c;
const CLOSE = 0x5d;

/**
 * Reads `[[path#hash|alias]]` (or `![[...]]`) at `pos`: each part may be padded with spaces, which
 * are not part of it; spaces inside a part are; a tab, a line break or a lone `]` ends the attempt.
 */
export function scanWikilink(src: string, pos: number): (WikiLink & { end: number; embed: boolean }) | null {
  let p = pos;
  const embed = src.charCodeAt(p) === 0x21;
  if (embed) p++;
  if (src.charCodeAt(p) !== 0x5b || src.charCodeAt(p + 1) !== 0x5b) return null;
  p += 2;
  const parts = { url: '', hash: '', alias: '' };
  // What a part may be followed by, after spaces: the path by `#`, `|` or `]`; the hash by `|` or
  // `]`; the shown text by `]` alone. Anything else after the spaces makes them part of it.
  const order = ['url', 'hash', 'alias'] as const;
  let part = 0;
  let started = false;
  let start = p;
  const ends = (c: number) => c === CLOSE || (part < 2 && c === BAR) || (part < 1 && c === HASH);
  const endPart = (at: number) => {
    parts[order[part]!] = src.slice(start, at);
    started = false;
  };
  for (;;) {
    const c = src.charCodeAt(p);
    if (!started) {
      if (c === SPACE) {
        p++;
        continue;
      }
      if (c === CLOSE) break;
      if (part === 0 && c === HASH) {
        part = 1;
        p++;
        continue;
      }
      if (part < 2 && c === BAR) {
        part = 2;
        p++;
        continue;
      }
      if (!(c > SPACE)) return null;
      started = true;
      start = p;
      p++;
      continue;
    }
    if (ends(c)) {
      endPart(p);
      if (c === CLOSE) break;
      part = c === HASH ? 1 : 2;
      p++;
      continue;
    }
    if (c === SPACE) {
      let q = p;
      while (src.charCodeAt(q) === SPACE) q++;
      if (ends(src.charCodeAt(q))) endPart(p);
      p = q;
      continue;
    }
    if (!(c > SPACE)) return null;
    p++;
  }
  // At the first `]`: the second must follow.
  if (src.charCodeAt(p + 1) !== CLOSE) return null;
  const end = p + 2;
  // Shown: the text after `|`, else the path's file name without its extension (a part that was
  // written is never empty).
  const file = parts.url.split('/').pop() ?? '';
  const fromPath = file.includes('.') ? file.split('.').slice(0, -1).join('.') : file;
  return {
    url: parts.url,
    hash: parts.hash,
    value: parts.alias || fromPath,
    written: src.slice(pos, end),
    end,
    embed,
  };
}

function wikilinkRule(state: StateInline, silent: boolean): boolean {
  const c = state.src.charCodeAt(state.pos);
  if (c !== 0x5b && c !== 0x21) return false;
  const link = scanWikilink(state.src, state.pos);
  if (!link) return false;
  if (!silent) {
    const token = state.push(link.embed ? 'ofm_embed' : 'ofm_wikilink', '', 0);
    const wiki: WikiLink = { url: link.url, hash: link.hash, value: link.value, written: link.written };
    token.meta = { link: wiki };
  }
  state.pos = link.end;
  return true;
}

const isTagChar = (c: number) =>
  (c >= 0x30 && c <= 0x39) ||
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  c === 0x5f ||
  c === 0x2d ||
  c === 0x2f;

/** `#tag`, `#nested/tag`, `#y2024`: after a space, a line's start or another tag; not digits alone. */
function tagRule(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src.charCodeAt(pos) !== HASH) return false;
  const last = state.tokens[state.tokens.length - 1];
  const afterTag = !state.pending && last?.type === 'ofm_tag' && last.meta?.end === pos;
  if (pos > 0 && src.charCodeAt(pos - 1) > SPACE && !afterTag) return false;
  let p = pos + 1;
  while (src.charCodeAt(p) >= 0x30 && src.charCodeAt(p) <= 0x39) p++;
  const c = src.charCodeAt(p);
  if (!isTagChar(c) || (c >= 0x30 && c <= 0x39)) return false;
  while (isTagChar(src.charCodeAt(p))) p++;
  if (!silent) {
    const token = state.push('ofm_tag', '', 0);
    token.content = src.slice(pos + 1, p);
    token.meta = { end: p };
  }
  state.pos = p;
  return true;
}

/** Stands in for the `[` of a `[[` that can never close; text readers turn it back into `[`. */
export const UNCLOSED_MARK = '\uE001';
/** Obsidian links are short and never span lines; a `[[` with no `]]` this close cannot be one. */
const MAX_LINK_LENGTH = 1000;

/**
 * A wikilink is read from its `[[` to the `]]` that closes it (scanWikilink), so a line of thousands
 * of unclosed `[[a ` would be scanned to its end from every one of them (quadratic: 4,000 took 30 s
 * with the micromark extension this reader used before). Before parsing, every `[[` that cannot close
 * (no `]]` on its line within MAX_LINK_LENGTH, or another `[[` first) loses its first `[` to a
 * stand-in of the same length, so offsets and lines are unchanged. One forward pass: each search only
 * moves ahead.
 */
export function disarmUnclosedLinks(text: string): string {
  let open = text.indexOf('[[');
  if (open === -1) return text;
  const chars: string[] = [];
  let copied = 0;
  let close = -1;
  let newline = -1;
  while (open !== -1) {
    if (close !== -1 && close < open + 2) close = -1;
    if (close === -1) close = text.indexOf(']]', open + 2);
    if (newline !== -1 && newline < open) newline = -1;
    if (newline === -1) newline = text.indexOf('\n', open);
    const next = text.indexOf('[[', open + 2);
    const closes =
      close !== -1 &&
      (newline === -1 || close < newline) &&
      close - open <= MAX_LINK_LENGTH &&
      (next === -1 || next > close);
    if (!closes) {
      chars.push(text.slice(copied, open), UNCLOSED_MARK);
      copied = open + 1;
    }
    open = next;
  }
  if (copied === 0) return text;
  chars.push(text.slice(copied));
  return chars.join('');
}

/** YAML front matter: a `---` line first, up to the next `---` line (spaces may follow either). */
const FRONT_MATTER = /^---[ \t]*(?:\r\n?|\n)(?:[^\r\n]*(?:\r\n?|\n))*?---[ \t]*(?=\r\n?|\n|$)/;

/** A note's blocks, and where its body starts (after the front matter, if any). */
export interface ObsidianNote {
  blocks: MdBlock[];
  bodyStart: number;
}

/**
 * Parses a note into blocks whose inline tokens hold wikilinks (`ofm_wikilink`), embeds
 * (`ofm_embed`) and tags (`ofm_tag`). The front matter is read elsewhere (properties.ts): here its
 * lines are left blank, so that every block keeps its line in the note.
 */
export function parseObsidianMarkdown(text: string): ObsidianNote {
  const front = FRONT_MATTER.exec(text);
  const bodyStart = front ? front[0].length : 0;
  const body = front ? '\n'.repeat(front[0].split(/\r\n?|\n/).length - 1) + text.slice(bodyStart) : text;
  return { blocks: blockTree(md, disarmUnclosedLinks(body)), bodyStart };
}
