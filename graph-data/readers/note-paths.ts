/*
 * Which paths in a notes folder are notes, the same for the Node folder walker and for a browser's
 * directory picker: .md, .markdown and .txt files, outside `.obsidian/`, `.git/`, `node_modules/`
 * and every other hidden folder.
 */

const NOTE_EXTENSIONS = ['.md', '.markdown', '.txt'];
const SKIPPED_FOLDERS = new Set(['node_modules']);

/** Whether a file name is one the notes readers read. */
export function isNoteFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return NOTE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Whether a folder (or file) name is skipped: hidden (`.obsidian`, `.git`, `.trash`) or `node_modules`. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/** Whether a '/'-separated path relative to the notes folder is a note to read. */
export function isNotePath(path: string): boolean {
  const parts = path.split('/');
  return parts.every((p) => p.length > 0 && !isSkippedName(p)) && isNoteFileName(parts.at(-1)!);
}
