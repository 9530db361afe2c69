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

/** Signs that a Markdown note is written for Obsidian: wikilinks, properties, inline fields, #tags. */
const OBSIDIAN_SIGNS = /\[\[|^---\r?\n|::|(?:^|\s)#[\p{L}_][\p{L}\p{N}_/-]*/mu;

/** Which reader a file goes to. */
export function detectForm(file: NoteFile, options: Pick<ImportOptions, 'vault' | 'form'> = {}): NotesForm {
  // Tour files belong to the typed format: the compiler checks them against the typed notes.
  if (isTypedNote(file.text) || isTourNote(file.text)) return 'typed';
  if (options.form) return options.form;
  if (options.vault) return 'obsidian';
  const plainAvailable = notesReader('plain') !== undefined;
  if (!plainAvailable) return 'obsidian';
  if (/\.txt$/i.test(file.path)) return 'plain';
  return OBSIDIAN_SIGNS.test(file.text.slice(0, 256 * 1024)) ? 'obsidian' : 'plain';
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const READ_BATCH = 200;

/** Reads note files of any form into one validated graph, with every problem and the import's counts. */
export async function importNotes(
  files: readonly NoteFile[],
  options: ImportOptions = {},
): Promise<ImportResult> {
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
  const total = files.length;
  let done = 0;
  const drafts: Draft[] = [];
  const typed = byForm.get('typed');
  if (typed) {
    drafts.push(readTypedNotes(typed, sources));
    done += typed.length;
    options.onProgress?.(done, total * 2);
  }
  for (const form of ['obsidian', 'plain'] as const) {
    const list = byForm.get(form);
    if (!list) continue;
    const reader = notesReader(form) ?? readObsidianNotes;
    // In batches, yielding between them, so that a worker can take a cancel message and report progress.
    for (let i = 0; i < list.length; i += READ_BATCH) {
      signal?.throwIfAborted();
      drafts.push(reader(list.slice(i, i + READ_BATCH)));
      done += Math.min(READ_BATCH, list.length - i);
      options.onProgress?.(done, total * 2);
      await yieldToEventLoop();
    }
  }
  signal?.throwIfAborted();
  return buildGraph(drafts, {
    ...(options.base ? { base: options.base } : {}),
    ...(signal ? { signal } : {}),
    onProgress: (d, t) => options.onProgress?.(total + Math.round((d / Math.max(1, t)) * total), total * 2),
  });
}
