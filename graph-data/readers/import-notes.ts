import type { Graph } from '../model/schema';
import type { Draft, NoteFile } from './draft';
import { buildGraph, type ImportResult } from './build-graph';
import { notesReader, registerNotesReader, type NotesForm } from './registry';
import { isTourNote, isTypedNote, readTypedNotes, SOURCES_FILE } from './typed/read-typed';
import { readObsidianNotes } from './obsidian/read-vault';
import { readPlainNotes } from './plain';

/*
 * The entry point for "open my notes": picks a reader per file (the typed format, Obsidian
 * conventions, or plain notes like the seeds), runs them, and builds one graph with the shared back
 * end. Pure TypeScript: a Web Worker calls it on files from a directory picker, Electron main or the
 * CLI on files from readNotesFolder.
 */

registerNotesReader('obsidian', readObsidianNotes);
registerNotesReader('plain', readPlainNotes);

export interface ImportOptions {
  /** Merge into this graph (the built-in one): notes naming its nodes join them. */
  base?: Graph;
  signal?: AbortSignal;
  onProgress?(done: number, total: number): void;
  /** The folder is an Obsidian vault (it has `.obsidian/`): every untyped note is read as Obsidian's. */
  vault?: boolean;
  /** Read every untyped note in one form instead of choosing per file. */
  form?: Exclude<NotesForm, 'typed'>;
}

/**
 * Signs that a Markdown note is written for Obsidian: wikilinks, inline fields (`key:: value` at a
 * line's start or in brackets), #tags, or properties (front matter from the note's first line: a
 * `---` further down is a plain note's separator, and `::` in prose, `std::vector`, is no field).
 */
const OBSIDIAN_SIGNS =
  /\[\[|^\s*(?:[-*+]\s+)?[\p{L}\p{N}_][\p{L}\p{N}_ -]*::\s|\[[\p{L}\p{N}_][\p{L}\p{N}_ -]*::|(?:^|\s)#[\p{L}_][\p{L}\p{N}_/-]*/mu;
const PROPERTIES = /^\uFEFF?---\r?\n/;

/** Which reader a file goes to. */
export function detectForm(file: NoteFile, options: Pick<ImportOptions, 'vault' | 'form'> = {}): NotesForm {
  // Tour files belong to the typed format: the compiler checks them against the typed notes.
  if (isTypedNote(file.text) || isTourNote(file.text)) return 'typed';
  if (options.form) return options.form;
  if (options.vault) return 'obsidian';
  const plainAvailable = notesReader('plain') !== undefined;
  if (!plainAvailable) return 'obsidian';
  if (/\.txt$/i.test(file.path)) return 'plain';
  const head = file.text.slice(0, 256 * 1024);
  return PROPERTIES.test(head) || OBSIDIAN_SIGNS.test(head) ? 'obsidian' : 'plain';
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const READ_BATCH = 200;

/** What a reading pass made of some notes: drafts per reader, each list in the files' order. */
export interface ReadDrafts {
  typed: Draft[];
  obsidian: Draft[];
  plain: Draft[];
}

/**
 * Reads note files into drafts, each with the reader of its form, in batches (yielding between
 * them, so that a worker can take a cancel message and report progress). `onProgress` counts files.
 */
export async function readNoteDrafts(
  files: readonly NoteFile[],
  options: Omit<ImportOptions, 'base'> = {},
): Promise<ReadDrafts> {
  const { signal } = options;
  const sources = files.find((f) => f.path === SOURCES_FILE);
  const byForm = new Map<NotesForm, NoteFile[]>();
  for (const f of files) {
    if (f === sources) continue;
    const form = detectForm(f, options);
    const list = byForm.get(form);
    if (list) list.push(f);
    else byForm.set(form, [f]);
  }
  let done = 0;
  const out: ReadDrafts = { typed: [], obsidian: [], plain: [] };
  const typed = byForm.get('typed');
  if (typed) {
    out.typed.push(readTypedNotes(typed, sources));
    done += typed.length;
    options.onProgress?.(done, files.length);
  }
  for (const form of ['obsidian', 'plain'] as const) {
    const list = byForm.get(form);
    if (!list) continue;
    const reader = notesReader(form) ?? readObsidianNotes;
    for (let i = 0; i < list.length; i += READ_BATCH) {
      signal?.throwIfAborted();
      out[form].push(reader(list.slice(i, i + READ_BATCH)));
      done += Math.min(READ_BATCH, list.length - i);
      options.onProgress?.(done, files.length);
      await yieldToEventLoop();
    }
  }
  signal?.throwIfAborted();
  return out;
}

/**
 * Whether a note must be read in the same part as every other such note: typed-format notes and tours
 * name each other, and `sources.yaml` names their sources.
 */
export function readTogether(file: NoteFile): boolean {
  return file.path === SOURCES_FILE || isTypedNote(file.text) || isTourNote(file.text);
}

/**
 * Splits notes into `parts` lists of about equal text to be read at once (in workers), whose drafts
 * `joinDrafts` puts back together. Each part keeps the files' order; the typed notes, tours and
 * `sources.yaml` stay together in the first part, since they are read as one.
 */
export function splitNotes(files: readonly NoteFile[], parts: number): NoteFile[][] {
  const out: NoteFile[][] = Array.from({ length: Math.max(1, parts) }, () => []);
  const rest: NoteFile[] = [];
  for (const f of files) {
    if (readTogether(f)) out[0]!.push(f);
    else rest.push(f);
  }
  const total = rest.reduce((sum, f) => sum + f.text.length, 0);
  let part = 0;
  let filled = 0;
  for (const f of rest) {
    // On to the next part once this one holds its share of the text.
    if (filled >= ((part + 1) * total) / out.length && part < out.length - 1) part++;
    out[part]!.push(f);
    filled += f.text.length;
  }
  return out;
}

/** The drafts of the parts `splitNotes` made, in the order one reading pass would give them. */
export function joinDrafts(parts: readonly ReadDrafts[]): Draft[] {
  return (['typed', 'obsidian', 'plain'] as const).flatMap((form) => parts.flatMap((p) => p[form]));
}

/** Reads note files of any form into one validated graph, with every problem and the import's counts. */
export async function importNotes(
  files: readonly NoteFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
  const total = files.length;
  const read = await readNoteDrafts(files, {
    ...options,
    onProgress: (done) => options.onProgress?.(done, total * 2),
  });
  return buildNotesGraph(joinDrafts([read]), total, options);
}

/** Builds the graph from drafts of `total` files; progress continues from the reading's half. */
export function buildNotesGraph(
  drafts: readonly Draft[],
  total: number,
  options: Pick<ImportOptions, 'base' | 'signal' | 'onProgress'> = {},
): ImportResult {
  return buildGraph(drafts, {
    ...(options.base ? { base: options.base } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    onProgress: (d, t) => options.onProgress?.(total + Math.round((d / Math.max(1, t)) * total), total * 2),
  });
}
