import type { Draft, NoteFile } from './draft';

/*
 * The readers importNotes can hand files to, by form. The typed and Obsidian readers are always
 * here; the plain-notes reader (graph-data/readers/plain/) registers itself when it is part of the
 * build: `registerNotesReader('plain', readPlainNotes)`.
 */

export type NotesForm = 'typed' | 'obsidian' | 'plain';

/** A reader: note files in, a draft out. */
export type NotesReader = (files: NoteFile[]) => Draft;

const readers = new Map<NotesForm, NotesReader>();

/** Makes a reader available to importNotes for one form. */
export function registerNotesReader(form: NotesForm, reader: NotesReader): void {
  readers.set(form, reader);
}

/** The reader registered for a form, if any. */
export function notesReader(form: NotesForm): NotesReader | undefined {
  return readers.get(form);
}
