import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from './temp-dir';
import type { NoteFile } from '../compile/compile';
import { SOURCES, smallNotes } from './fixtures';

/** Writes note files into a fresh temporary folder (removed after the test) and returns its path. */
export function writeNotesFolder(
  files: NoteFile[] = smallNotes(),
  sources: NoteFile | undefined = SOURCES,
): string {
  const dir = tempDir('notes');
  for (const f of sources ? [...files, sources] : files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.text);
  }
  return dir;
}
