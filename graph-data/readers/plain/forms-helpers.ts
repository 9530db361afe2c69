import type { Draft } from '../draft';
import { readPlainNotes } from '.';

/** Reads one note of a form test; `.txt` paths are read in the plain-text style. */
export const read = (text: string, path = 'note.md'): Draft => readPlainNotes([{ path, text }]);

/** The relations read from one note, as "from kind to". */
export const relations = (text: string, path?: string): string[] =>
  read(text, path).relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
