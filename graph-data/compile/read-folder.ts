import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compileNotes, type CompileResult, type NoteFile } from './compile';
import type { CompileError } from './errors';
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
  const sources = readSources(join(dir, 'sources.yaml'));
  if (sources && 'error' in sources) return { errors: [sources.error] };
  if (files.length === 0)
    return { errors: [{ file: dir, message: 'no Markdown notes (*.md) found in this folder' }] };
  return compileNotes(files, sources);
}

/**
 * sources.yaml, read only when it is a plain file under the note size cap: never through a symbolic
 * link and never from a device (a link to /dev/zero once grew the CLI to 16 GB).
 */
function readSources(path: string): NoteFile | { error: CompileError } | undefined {
  let info;
  try {
    info = lstatSync(path);
  } catch {
    return undefined;
  }
  const refuse = (message: string) => ({ error: { file: 'sources.yaml', message } });
  if (info.isSymbolicLink()) return refuse('sources.yaml is a symbolic link; make it a plain file');
  if (!info.isFile()) return refuse('sources.yaml is not a regular file; make it a plain YAML file');
  if (info.size > MAX_NOTE_BYTES)
    return refuse(
      `sources.yaml is larger than ${MAX_NOTE_BYTES / 1024} KB; it should list a few study notes`,
    );
  return { path: 'sources.yaml', text: readFileSync(path, 'utf8') };
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
