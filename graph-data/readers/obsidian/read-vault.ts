import { NODE_KINDS, NODE_KIND_INFO, type NodeKind } from '../../model/kinds';
import type { Inference } from '../../model/schema';
import { parseNote } from '../../compile/front-matter';
import { isTourNote } from '../typed/detect';
import type { Draft, DraftNode, DraftRelation, NoteFile, SourceRef } from '../draft';
import { noteBaseName, stripNoteExtension } from '../names';
import { readLine } from './fields';
import { startLine, type MdBlock } from '../markdown-blocks';
import { blockLines, plainText, type Line } from './lines';
import { parseObsidianMarkdown } from './markdown';
import { readProperties } from './properties';

/*
 * The Obsidian reader: one node per note file, named by its path (as Obsidian's links name it), its
 * title, aliases and tags from the properties; relations from relation-named properties and
 * Dataview inline fields (typed, stated), from `Runs on: [[X]]` lines (inferred, marked), and plain
 * wikilinks as `links-to`. Embeds are listed, not drawn. Every relation cites file:line.
 */

/** The node kind a tag names (`#service`, `#kind/platform`, `#use-case`), if it names one. */
function kindFromTags(tags: readonly string[]): { kind: NodeKind; tag: string } | undefined {
  for (const tag of tags) {
    const last = tag.toLowerCase().split('/').pop()!;
    const kind = NODE_KINDS.find(
      (k) => k === last || NODE_KIND_INFO[k].plural.toLowerCase() === last || `${k}s` === last,
    );
    if (kind) return { kind, tag };
  }
  return undefined;
}

const SUMMARY_LENGTH = 280;

/** Reads Obsidian notes into a draft. */
export function readObsidianNotes(files: readonly NoteFile[]): Draft {
  const draft: Draft = { nodes: [], relations: [], problems: [], files: [], embeds: [] };
  for (const file of files) {
    // A typed-format tour (front matter opening with `tour:`) is not a note; the compiler reads it.
    if (isTourNote(file.text)) continue;
    draft.files.push(file.path);
    readOne(file, draft);
  }
  return draft;
}

function readOne(file: NoteFile, draft: Draft): void {
  const ref = stripNoteExtension(file.path);
  let data: unknown;
  let lineOf = (_path: readonly PropertyKey[]) => 1;
  if (file.text.startsWith('---\n')) {
    const { note, errors } = parseNote(file.path, file.text);
    if (note) {
      data = note.data;
      lineOf = note.lineOf;
    }
    for (const e of errors) {
      draft.problems.push({
        file: file.path,
        ...(e.line ? { line: e.line } : {}),
        severity: 'error',
        message: `${e.message}: the properties were not read`,
        fix: "fix the YAML between the two --- lines (Obsidian shows the same note's properties as broken)",
      });
    }
  }
  const props = readProperties(data);
  const label = props.title ?? noteBaseName(file.path);
  const cite = (line: number, section: string): SourceRef => ({ file: file.path, line, section });
  const node: DraftNode = {
    ref,
    ...(props.id ? { id: props.id } : {}),
    file: file.path,
    kind: props.kind ?? 'component',
    label,
    aliases: props.aliases,
    facts: [],
    hosting: [],
    orchestrator: [],
    attributes: props.attributes,
    tags: [...props.tags],
    cite: cite(1, label),
    ...(props.summary ? { summary: props.summary } : {}),
  };
  const relation = (
    kind: string,
    to: string,
    line: number,
    section: string,
    qualifier?: string,
    inferred?: Inference,
  ) => {
    const r: DraftRelation = { from: ref, to, kind, cite: cite(line, section) };
    if (qualifier) r.qualifier = qualifier;
    if (inferred) r.inferred = inferred;
    draft.relations.push(r);
  };
  for (const p of props.relations) {
    for (const t of p.targets) relation(p.kind, t.name, lineOf(p.path), label);
  }

  const { blocks, bodyStart } = parseObsidianMarkdown(file.text);
  const headings: string[] = [];
  const currentSection = () => [label, ...headings.filter(Boolean)].join(' › ');
  let summary: string | undefined;
  const readLineInto = (l: Line, section: string) => {
    node.tags!.push(...l.tags.filter((t) => !node.tags!.includes(t)));
    for (const e of l.embeds) {
      draft.embeds!.push({
        from: ref,
        target: e.target + (e.heading ? `#${e.heading}` : ''),
        cite: cite(l.line, section),
      });
    }
    const reading = readLine(l);
    for (const r of reading.relations) {
      for (const t of r.targets) relation(r.kind, t.name, r.line, section, t.qualifier, r.inferred);
    }
    for (const a of reading.attributes) node.attributes![a.key] ??= a.value;
    for (const i of reading.plainLinks) relation('links-to', l.links[i]!.target, l.line, section);
  };
  const walk = (nodes: readonly MdBlock[]) => {
    for (const n of nodes) {
      const line = startLine(n);
      if (n.type === 'heading') {
        const lines = blockLines(n.inline, line);
        headings.length = n.level - 1;
        headings[n.level - 1] = lines.map(plainText).join(' ').trim();
        lines.forEach((l) => readLineInto(l, currentSection()));
      } else if (n.type === 'paragraph') {
        const lines = blockLines(n.inline, line);
        if (summary === undefined) {
          const text = lines
            .map(plainText)
            .join(' ')
            // Block ids (` ^id`) and tags are markup, not words.
            .replace(/(^|\s)\^[\w-]+(?=\s|$)/g, ' ')
            .replace(/(^|\s)#[^\s#]+/gu, ' ')
            .replace(/\s+/g, ' ')
            .trim();
          if (text && !text.includes('::'))
            summary = text.length > SUMMARY_LENGTH ? `${text.slice(0, SUMMARY_LENGTH - 1)}…` : text;
        }
        const under = currentSection();
        for (const l of lines) readLineInto(l, under);
      } else {
        // Lists, items and quotes hold blocks; code and HTML blocks hold none.
        walk(n.children);
      }
    }
  };
  walk(blocks);

  if (!node.summary && summary) node.summary = summary;
  const body = file.text.slice(bodyStart).trim();
  if (body) node.description = body;
  if (!props.kind) {
    const fromTag = kindFromTags(node.tags!);
    if (fromTag) {
      node.kind = fromTag.kind;
      node.inferred = { rule: 'kind-from-tag', words: `#${fromTag.tag}` };
    }
  }
  draft.nodes.push(node);
}
