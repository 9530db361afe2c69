import type { MarkdownIt, Token } from 'markdown-it';

/*
 * markdown-it's flat token stream as a tree of blocks, for the readers that walk a note's structure
 * (plain notes' outline, Obsidian notes' lines). Each block keeps markdown-it's line map, and a
 * paragraph, heading or table cell its inline token.
 */

/** A block of a note as markdown-it nests it: its kind, its 0-based `[first, after-last)` lines. */
export interface MdBlock {
  /** markdown-it's token type without `_open`: `paragraph`, `heading`, `bullet_list`, `fence`... */
  type: string;
  /** Heading level, for headings. */
  level: number;
  map: [number, number] | null;
  children: MdBlock[];
  /** The inline Markdown of a paragraph, heading or table cell. */
  inline?: Token;
}

/** Parses `text` with `md` into a tree of blocks. */
export function blockTree(md: MarkdownIt, text: string): MdBlock[] {
  const root: MdBlock = { type: 'root', level: 0, map: null, children: [] };
  const stack: MdBlock[] = [root];
  for (const token of md.parse(text, {})) {
    const parent = stack[stack.length - 1]!;
    if (token.nesting === -1) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    if (token.type === 'inline') {
      parent.inline = token;
      continue;
    }
    const type = token.type.replace(/_open$/, '');
    const block: MdBlock = {
      type,
      level: type === 'heading' ? Number(token.tag.slice(1)) : 0,
      map: token.map as [number, number] | null,
      children: [],
    };
    parent.children.push(block);
    if (token.nesting === 1) stack.push(block);
  }
  return root.children;
}

/** The first line of a block, 1-based. */
export const startLine = (block: MdBlock): number => (block.map?.[0] ?? 0) + 1;
