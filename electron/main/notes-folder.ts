import { constants } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { ImportProblem, NoteFile } from '../../contract/notes';

/*
 * The one place main reaches the notes-folder reader. The graph-data reader (`readNotesFolder`,
 * `decodeNoteFile` from the notes-reader branch) replaces the small stand-in below with a change
 * of import; the stand-in keeps to the same signatures and the same refusals: regular files only,
 * no symbolic links followed, hidden folders, `.obsidian/`, `.git/` and `node_modules/` skipped,
 * strict UTF-8 (BOM dropped, CRLF read as LF), caps on file size and count.
 */

/** Caps on what one read takes in (the reader's `FolderLimits`). */
export interface FolderLimits {
  maxFileBytes: number;
  maxFiles: number;
}

export const DEFAULT_FOLDER_LIMITS: FolderLimits = { maxFileBytes: 512 * 1024, maxFiles: 20_000 };

/** What a folder held (the reader's `FolderRead`). */
export interface FolderRead {
  files: NoteFile[];
  problems: ImportProblem[];
  vault: boolean;
  root: string;
}

/** The result of decoding one file: its text, or the problem that kept it out. */
export type DecodedNote =
  { file: NoteFile; problem?: undefined } | { file?: undefined; problem: ImportProblem };

const NOTE_EXTENSIONS = ['.md', '.markdown', '.txt'];
/** The typed format's registry of source notes, read from the top of the folder. */
const SOURCES_FILE = 'sources.yaml';

/** Whether a path relative to the folder ('/'-separated) is a file the readers read. */
export function isNoteFilePath(rel: string): boolean {
  const lower = rel.toLowerCase();
  return rel === SOURCES_FILE || NOTE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** Whether a folder (by its name) is skipped: hidden ones (`.obsidian`, `.git`...) and `node_modules`. */
export function isSkippedFolderName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Whether any folder on a relative path is skipped, so nothing under it is read or watched. */
export function isUnderSkippedFolder(rel: string): boolean {
  return rel.split('/').slice(0, -1).some(isSkippedFolderName);
}

const strict = new TextDecoder('utf-8', { fatal: true });

/** Decodes a note's bytes as strict UTF-8 (BOM and CRLF accepted), naming the file and byte offset of bad bytes. */
export function decodeNoteFile(file: string, bytes: Uint8Array): DecodedNote {
  try {
    // TextDecoder drops a leading BOM itself.
    return { file: { path: file, text: strict.decode(bytes).replace(/\r\n?/g, '\n') } };
  } catch {
    let offset = 0;
    for (let end = bytes.length; offset < end;) {
      // Bisect for the first byte that makes the prefix undecodable.
      const mid = (offset + end) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
        offset = mid + 1;
      } catch {
        end = mid;
      }
    }
    return {
      problem: {
        file,
        offset,
        severity: 'error',
        message: `not UTF-8 text: the byte at offset ${offset} starts no valid character`,
        fix: 'save the file as UTF-8 in your editor, or move it out of the notes folder',
      },
    };
  }
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads one file of the folder, refusing anything but a regular file inside `root` within the
 * size cap. `rel` is '/'-separated and relative to `root` (already a real path).
 */
export async function readNoteFile(root: string, rel: string, limits: FolderLimits): Promise<DecodedNote> {
  const refuse = (message: string, fix?: string): DecodedNote => ({
    problem: { file: rel, severity: 'error', message, ...(fix ? { fix } : {}) },
  });
  const abs = path.join(root, ...rel.split('/'));
  const info = await fsp.lstat(abs);
  if (info.isSymbolicLink())
    return refuse('a symbolic link: links are not followed', 'copy the note into the folder');
  if (!info.isFile()) return refuse('not a regular file (a device, socket or pipe), so it was skipped');
  if (info.size > limits.maxFileBytes) {
    return refuse(
      `${info.size} bytes, more than the cap of ${limits.maxFileBytes} bytes for one note (maxFileBytes)`,
      'split the note into smaller ones',
    );
  }
  const handle = await fsp.open(abs, OPEN_FLAGS);
  try {
    const bytes = await handle.readFile();
    if (bytes.byteLength > limits.maxFileBytes)
      return refuse('the file grew past the size cap while it was read');
    return decodeNoteFile(rel, bytes);
  } finally {
    await handle.close();
  }
}

/** Reads every note under a folder, within the limits, reporting what it refused or skipped. */
export async function readNotesFolder(dir: string, limits: Partial<FolderLimits> = {}): Promise<FolderRead> {
  const caps = { ...DEFAULT_FOLDER_LIMITS, ...limits };
  const root = await fsp.realpath(dir);
  const problems: ImportProblem[] = [];
  const paths: string[] = [];
  let vault = false;
  const pending = [''];
  while (pending.length > 0 && paths.length <= caps.maxFiles) {
    const relDir = pending.pop()!;
    const entries = await fsp.readdir(path.join(root, ...relDir.split('/').filter(Boolean)), {
      withFileTypes: true,
    });
    for (const entry of entries) {
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (relDir === '' && entry.name === '.obsidian') vault = true;
        if (!isSkippedFolderName(entry.name)) pending.push(rel);
      } else if (isNoteFilePath(rel) && (rel === SOURCES_FILE || !rel.endsWith(`/${SOURCES_FILE}`))) {
        paths.push(rel);
      }
    }
  }
  paths.sort();
  if (paths.length > caps.maxFiles) {
    problems.push({
      file: dir,
      severity: 'warning',
      message: `the folder holds more than ${caps.maxFiles} note files (maxFiles): only the first ${caps.maxFiles} were read`,
      fix: 'open a smaller folder (a sub-folder of this one)',
    });
    paths.length = caps.maxFiles;
  }
  const files: NoteFile[] = [];
  for (const rel of paths) {
    const read = await readNoteFile(root, rel, caps).catch((error: Error): DecodedNote => ({
      problem: { file: rel, severity: 'error', message: `could not be read: ${error.message}` },
    }));
    if (read.file) files.push(read.file);
    else problems.push(read.problem);
  }
  return { files, problems, vault, root };
}
