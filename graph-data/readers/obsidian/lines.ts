import type { Token } from 'markdown-it';
import { UNCLOSED_MARK, type WikiLink } from './markdown';

/*
 * A block's inline content as lines of text in which every wikilink, embed and tag is kept as an
 * object, not as characters. The inference rules read a line's words ("Runs on:", "runs-on::") while
 * the links themselves come from the parser, with their own positions; no rule re-parses link syntax.
 */

export interface Link {
  /** The target as written, path part only: `folder/Note`, `Note` (heading, block and shown text cut off). */
  target: string;
  heading?: string;
  block?: string;
  shown?: string;
  line: number;
  /** The link as written in the note, for citations: `[[Note|shown]]`. */
  written: string;
}

/** One line of a block: its text (links replaced by a private-use marker), and its links, embeds and tags. */
export interface Line {
  line: number;
  /** The line's words; each link stands as LINK_MARK + its index in `links`. */
  text: string;
  links: Link[];
  embeds: Link[];
  tags: string[];
}

/** Stands for a link inside a line's text (a private-use character no note is expected to hold). */
export const LINK_MARK = '\uE000';

/** The parts of a wikilink: Obsidian writes blocks as `#^id`; `Note^id` is read the same way. */
export function linkOf(node: WikiLink, line: number): Link {
  let target = node.url.replace(/\\$/, '').trim();
  let block: string | undefined;
  let heading: string | undefined = node.hash || undefined;
  const caret = target.indexOf('^');
  if (caret >= 0) {
    block = target.slice(caret + 1);
    target = target.slice(0, caret);
  }
  if (heading?.startsWith('^')) {
    block = heading.slice(1);
    heading = undefined;
  }
  const bare = target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const urlBare = node.url.slice(node.url.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const shown =
    node.value && ![bare, target, node.url, urlBare].includes(node.value) ? node.value : undefined;
  return {
    target,
    ...(heading ? { heading } : {}),
    ...(block ? { block } : {}),
    ...(shown ? { shown } : {}),
    line,
    written: node.written,
  };
}

const LINK_MARKS = new RegExp(LINK_MARK, 'g');
const UNCLOSED_MARKS = new RegExp(UNCLOSED_MARK, 'g');

/** Splits a block's inline Markdown (a paragraph's, a heading's) into lines; `firstLine` is its first. */
export function blockLines(inline: Token | undefined, firstLine: number): Line[] {
  const lines = new Map<number, Line>();
  const at = (n: number): Line => {
    let l = lines.get(n);
    if (!l) {
      l = { line: n, text: '', links: [], embeds: [], tags: [] };
      lines.set(n, l);
    }
    return l;
  };
  for (const t of inline?.children ?? []) {
    // The line each token starts on (stamped while parsing: markdown.ts, stampLines).
    const line = firstLine + ((t.meta?.line as number | undefined) ?? 0);
    switch (t.type) {
      case 'text':
      case 'text_special':
      case 'html_inline': {
        // Inline HTML may run over lines.
        const parts = t.content.replace(LINK_MARKS, ' ').replace(UNCLOSED_MARKS, '[').split('\n');
        parts.forEach((part, i) => (at(line + i).text += part));
        break;
      }
      case 'softbreak':
      case 'hardbreak':
        at(line);
        at(line + 1);
        break;
      case 'code_inline':
        // Code is not prose: keep its place (so words on either side do not join) but none of its text.
        at(line).text += ' ';
        break;
      case 'ofm_wikilink': {
        const l = at(line);
        l.text += `${LINK_MARK}${l.links.length}`;
        l.links.push(linkOf(t.meta?.link as WikiLink, line));
        break;
      }
      case 'ofm_embed':
        at(line).embeds.push(linkOf(t.meta?.link as WikiLink, line));
        break;
      case 'ofm_tag':
        at(line).tags.push(t.content);
        at(line).text += `#${t.content}`;
        break;
      default:
        // Emphasis and links are their words; an image's alt text is not the note's.
        break;
    }
  }
  return [...lines.values()].sort((a, b) => a.line - b.line);
}

/** A block's plain text (links as their shown text), for summaries. */
export function plainText(line: Line): string {
  return line.text.replace(new RegExp(`${LINK_MARK}(\\d+)`, 'g'), (_, i: string) => {
    const link = line.links[Number(i)];
    return link?.shown ?? link?.target ?? '';
  });
}
