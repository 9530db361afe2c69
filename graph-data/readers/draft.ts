import type { FactCategory, Hosting, NodeKind, Orchestrator } from '../model/kinds';
import type { Comparison, Graph, Inference, Price, WorkedExample } from '../model/schema';
import type { Tour } from '../tours/tour-schema';

/*
 * The common middle of every notes reader. A reader (typed front matter, plain notes like the seeds,
 * an Obsidian vault) turns files into a Draft: nodes and relations that name each other by what the
 * notes call them, each cited to file and line. One shared back end then resolves the names (ids,
 * labels, aliases, Obsidian's link rules, the built-in graph when merging), makes placeholders for
 * links to notes that do not exist, validates with the zod schema and reports problems per file.
 */

/** One text file of the user's notes, its path relative to the folder, with '/' separators. */
export interface NoteFile {
  path: string;
  text: string;
}

/** Where a draft item was read: file, 1-based line, and the heading it sits under. */
export interface SourceRef {
  file: string;
  line: number;
  /** The nearest heading above the item ("Security & Compliance"), or the file's title. */
  section: string;
}

/** A problem in the notes, named by file and line, with a fix the user can make. */
export interface ImportProblem {
  file: string;
  line?: number;
  /** Byte offset, for encoding problems. */
  offset?: number;
  message: string;
  fix?: string;
  /** 'error' drops the item it is about; 'warning' keeps it and tells. */
  severity: 'error' | 'warning';
}

/** How a draft names another node: by id, label or alias, as written ("Fargate", "[[EKS Distro]]"). */
export type NodeRef = string;

export interface DraftFact {
  category: FactCategory;
  text: string;
  date?: string;
  cite: SourceRef;
  inferred?: Inference;
}

export interface DraftFacet<T extends string> {
  value: T;
  qualifier?: string;
  cite: SourceRef;
  inferred?: Inference;
}

/** A node as a reader found it. `ref` is how relations name it; `id` is derived when absent. */
export interface DraftNode {
  ref: NodeRef;
  id?: string;
  kind: NodeKind;
  label: string;
  aliases: string[];
  summary?: string;
  description?: string;
  facts: DraftFact[];
  hosting: DraftFacet<Hosting>[];
  orchestrator: DraftFacet<Orchestrator>[];
  attributes?: Record<string, string | number | boolean>;
  price?: Price;
  examples?: Omit<WorkedExample, 'cite'>[];
  comparison?: Comparison;
  tags?: string[];
  cite: SourceRef;
  /** Set when the node itself was inferred (a component read from a table row, a placeholder...). */
  inferred?: Inference;
  /**
   * Set when this node IS a note file (an Obsidian note): links name it by path or base name
   * (`[[folder/Note]]`, `[[Note]]`), and two such nodes are never merged, only told apart.
   */
  file?: string;
}

/** A relation as a reader found it, between two node refs. */
export interface DraftRelation {
  from: NodeRef;
  to: NodeRef;
  /** A vocabulary kind (`complies-with`) or the user's own (`deployed-by`). */
  kind: string;
  qualifier?: string;
  cite: SourceRef;
  inferred?: Inference;
}

/** An embed (`![[diagram.png]]`, `![[Other note]]`): listed with the node that embeds it, not drawn. */
export interface DraftEmbed {
  from: NodeRef;
  target: string;
  cite: SourceRef;
}

/** What one reader made of a set of files. */
export interface Draft {
  nodes: DraftNode[];
  relations: DraftRelation[];
  problems: ImportProblem[];
  /** Files the reader read (so that counts and "nothing found in X" can be reported). */
  files: string[];
  embeds?: DraftEmbed[];
  /**
   * A part already compiled with fixed ids (the typed format): kept exactly as it is; other drafts'
   * relations may name its nodes by id, label or alias.
   */
  resolved?: Graph;
  /** Guided tours compiled with the resolved part (checked against its nodes and relations). */
  tours?: Tour[];
}
