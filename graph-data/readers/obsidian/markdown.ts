import { unified, type Plugin } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { ofmWikilink } from '@moritzrs/micromark-extension-ofm-wikilink';
import { ofmWikilinkFromMarkdown } from '@moritzrs/mdast-util-ofm-wikilink';
import { ofmTag } from '@moritzrs/micromark-extension-ofm-tag';
import { ofmTagFromMarkdown } from '@moritzrs/mdast-util-ofm-tag';
import type { Root } from 'mdast';

/*
 * The Markdown parser for Obsidian notes: remark (micromark underneath, with real line and column
 * positions), YAML front matter, and micromark extensions for Obsidian's wikilinks, embeds and #tags.
 * Code spans and code blocks stay code: a `[[link]]` inside them is not a link. GFM is left out on
 * purpose: this reader needs links, fields and tags, not table structure (a table row is read line by
 * line all the same), and GFM's extra constructs made parsing a third slower.
 */

const obsidianSyntax: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(ofmWikilink(), ofmTag());
  (data.fromMarkdownExtensions ??= []).push(ofmWikilinkFromMarkdown(), ofmTagFromMarkdown());
};

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(obsidianSyntax);

/** Stands in for the `[` of a `[[` that can never close; text readers turn it back into `[`. */
export const UNCLOSED_MARK = '\uE001';
/** Obsidian links are short and never span lines; a `[[` with no `]]` this close cannot be one. */
const MAX_LINK_LENGTH = 1000;

/**
 * The wikilink extension scans from every `[[` to the end of the line looking for `]]`, so a line of
 * 4,000 unclosed `[[a ` took 30 s (quadratic). Before parsing, every `[[` that cannot close (no `]]`
 * on its line within MAX_LINK_LENGTH, or another `[[` first) loses its first `[` to a stand-in of the
 * same length, so offsets and lines are unchanged. One forward pass: each search only moves ahead.
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

/** Parses a note into an mdast tree with positions, wikilinks (`ofmWikilink`), embeds (`ofmWikiembedding`) and tags (`ofmTag`). */
export function parseObsidianMarkdown(text: string): Root {
  return parser.parse(disarmUnclosedLinks(text)) as Root;
}
