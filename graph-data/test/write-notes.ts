import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { NoteFile } from '../compile/compile';
import { SOURCES, smallNotes } from './fixtures';

/** Writes note files into a fresh temporary folder and returns its path. */
export function writeNotesFolder(
  files: NoteFile[] = smallNotes(),
  sources: NoteFile | undefined = SOURCES,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-notes-'));
  for (const f of sources ? [...files, sources] : files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  return dir;
}
