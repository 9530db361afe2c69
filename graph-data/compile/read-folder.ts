import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileNotes, type CompileResult, type NoteFile } from './compile';
import { MAX_NOTE_BYTES } from './front-matter';

/** The folder the built-in graph is compiled from. */
export const BUILT_IN_NOTES = join(import.meta.dirname, '..', 'notes');

/** Reads every Markdown note under a folder (and its sources.yaml) and compiles them. */
export function compileFolder(dir: string): CompileResult {
  let files: NoteFile[];
  try {
    files = listMarkdown(dir).map((path) => ({
      path: relative(dir, path).split(sep).join('/'),
      text: readCapped(path),
    }));
  } catch (err) {
    return { errors: [{ file: dir, message: `cannot read the notes folder: ${(err as Error).message}` }] };
  }
  const sourcesPath = join(dir, 'sources.yaml');
  let sources: NoteFile | undefined;
  try {
    sources = { path: 'sources.yaml', text: readFileSync(sourcesPath, 'utf8') };
  } catch {
    sources = undefined;
  }
  if (files.length === 0)
    return { errors: [{ file: dir, message: 'no Markdown notes (*.md) found in this folder' }] };
  return compileNotes(files, sources);
}

function readCapped(path: string): string {
  // Oversized notes are reported by the compiler; read only enough to know.
  if (statSync(path).size > MAX_NOTE_BYTES) return 'x'.repeat(MAX_NOTE_BYTES + 1);
  return readFileSync(path, 'utf8');
}

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listMarkdown(full));
    else if (entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md')
      out.push(full);
  }
  return out.sort();
}
