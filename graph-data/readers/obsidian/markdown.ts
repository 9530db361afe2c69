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

/** Parses a note into an mdast tree with positions, wikilinks (`ofmWikilink`), embeds (`ofmWikiembedding`) and tags (`ofmTag`). */
export function parseObsidianMarkdown(text: string): Root {
  return parser.parse(text) as Root;
}
