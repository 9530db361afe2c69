import type { Nodes, PhrasingContent } from 'mdast';
import { UNCLOSED_MARK } from './markdown';

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

interface WikiNode {
  type: 'ofmWikilink' | 'ofmWikiembedding';
  url: string;
  hash: string;
  value: string;
  position?: { start: { line: number; offset?: number }; end: { offset?: number } };
}

/** The parts of a wikilink node: Obsidian writes blocks as `#^id`; `Note^id` is read the same way. */
export function linkOf(node: WikiNode, source: string): Link {
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
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const written = start !== undefined && end !== undefined ? source.slice(start, end) : `[[${node.url}]]`;
  const bare = target.slice(target.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const urlBare = node.url.slice(node.url.lastIndexOf('/') + 1).replace(/\.md$/i, '');
  const shown =
    node.value && ![bare, target, node.url, urlBare].includes(node.value) ? node.value : undefined;
  return {
    target,
    ...(heading ? { heading } : {}),
    ...(block ? { block } : {}),
    ...(shown ? { shown } : {}),
    line: node.position?.start.line ?? 1,
    written,
  };
}

/** Splits a block's inline children into lines. */
export function blockLines(children: readonly PhrasingContent[], firstLine: number, source: string): Line[] {
  const lines = new Map<number, Line>();
  const at = (n: number): Line => {
    let l = lines.get(n);
    if (!l) {
      l = { line: n, text: '', links: [], embeds: [], tags: [] };
      lines.set(n, l);
    }
    return l;
  };
  const visit = (nodes: readonly Nodes[], fallbackLine: number) => {
    for (const node of nodes) {
      const line = node.position?.start.line ?? fallbackLine;
      switch (node.type as string) {
        case 'text':
        case 'html': {
          const parts = (node as { value: string }).value
            .replace(new RegExp(LINK_MARK, 'g'), ' ')
            .replace(new RegExp(UNCLOSED_MARK, 'g'), '[')
            .split('\n');
          parts.forEach((part, i) => (at(line + i).text += part));
          break;
        }
        case 'inlineCode':
          // Code is not prose: keep its place (so words on either side do not join) but none of its text.
          at(line).text += ' ';
          break;
        case 'break':
          break;
        case 'ofmWikilink': {
          const l = at(line);
          l.text += `${LINK_MARK}${l.links.length}`;
          l.links.push(linkOf(node as unknown as WikiNode, source));
          break;
        }
        case 'ofmWikiembedding':
          at(line).embeds.push(linkOf(node as unknown as WikiNode, source));
          break;
        case 'ofmTag':
          at(line).tags.push((node as { value: string }).value);
          at(line).text += `#${(node as { value: string }).value}`;
          break;
        default:
          if ('children' in node) visit(node.children as Nodes[], line);
      }
    }
  };
  visit(children, firstLine);
  return [...lines.values()].sort((a, b) => a.line - b.line);
}

/** A block's plain text (links as their shown text), for summaries. */
export function plainText(line: Line): string {
  return line.text.replace(new RegExp(`${LINK_MARK}(\\d+)`, 'g'), (_, i: string) => {
    const link = line.links[Number(i)];
    return link?.shown ?? link?.target ?? '';
  });
}
