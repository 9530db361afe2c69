import { constants, type Stats } from 'node:fs';
import { lstat, open, opendir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { decodeNoteFile } from './decode';
import type { ImportProblem, NoteFile } from './draft';
import { isNoteFileName, isSkippedName } from './note-paths';

/*
 * Node-only: walks a notes folder (or takes one file) and hands back its notes as NoteFile[].
 * Built to meet a hostile or merely huge folder: it never opens anything but a regular file, never
 * follows a link out of the folder, visits each real folder once (link cycles end), and stops at
 * caps on file size, file count, total bytes, folder entries and depth, naming the cap it hit.
 */

/** Caps on what one import reads. Every cap is named in the message that reports hitting it. */
export interface FolderLimits {
  /** Bytes in one note file. */
  maxFileBytes: number;
  /** Note files read. */
  maxFiles: number;
  /** Bytes in all note files together. */
  maxTotalBytes: number;
  /** Folder entries looked at (files, folders and everything else), so a vast tree ends quickly. */
  maxEntries: number;
  /** Folder depth below the top. */
  maxDepth: number;
}

export const DEFAULT_FOLDER_LIMITS: FolderLimits = {
  maxFileBytes: 512 * 1024,
  maxFiles: 20_000,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntries: 200_000,
  maxDepth: 32,
};

/** What a folder held: its notes (paths relative to the folder, '/'-separated) and what was refused or skipped. */
export interface FolderRead {
  files: NoteFile[];
  problems: ImportProblem[];
  /** Whether the folder is an Obsidian vault (it has an `.obsidian/` folder). */
  vault: boolean;
  /** The folder the paths are relative to. */
  root: string;
}

/** The typed format's registry of source notes, read from the top of the folder when present. */
const SOURCES_FILE = 'sources.yaml';
const READ_CONCURRENCY = 16;
// O_NOFOLLOW refuses a file swapped for a link after it was checked; O_NONBLOCK keeps a FIFO swapped in from blocking.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Reads every note under a folder, within the limits, reporting what it refused or skipped. */
export async function readNotesFolder(dir: string, limits: Partial<FolderLimits> = {}): Promise<FolderRead> {
  const caps = { ...DEFAULT_FOLDER_LIMITS, ...limits };
  const problems: ImportProblem[] = [];
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw new Error('it is not a folder');
  } catch (err) {
    return {
      files: [],
      problems: [folderProblem(dir, `cannot read the notes folder: ${(err as Error).message}`)],
      vault: false,
      root: dir,
    };
  }
  const found = await listNotes(root, caps, problems);
  found.paths.sort();
  if (found.paths.length > caps.maxFiles) {
    problems.push(
      folderProblem(
        dir,
        `the folder holds ${found.paths.length} note files, more than the cap of ${caps.maxFiles} (maxFiles): only the first ${caps.maxFiles} in path order were read`,
        'open a smaller folder (a sub-folder of this one), or raise the cap',
      ),
    );
    found.paths.length = caps.maxFiles;
  }
  const files = await readAll(root, found.paths, found.linked, caps, problems);
  const sources = await readSourcesFile(root, caps, problems);
  return { files: sources ? [...files, sources] : files, problems, vault: found.vault, root };
}

/** Reads a folder, or a single note file (its path is then just its name). */
export async function readNotesInput(path: string, limits: Partial<FolderLimits> = {}): Promise<FolderRead> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (err) {
    return {
      files: [],
      problems: [folderProblem(path, `cannot read the notes: ${(err as Error).message}`)],
      vault: false,
      root: path,
    };
  }
  if (info.isDirectory()) return readNotesFolder(path, limits);
  const caps = { ...DEFAULT_FOLDER_LIMITS, ...limits };
  const problems: ImportProblem[] = [];
  const name = basename(path);
  if (!info.isFile()) {
    problems.push(
      folderProblem(name, 'this is not a regular file or a folder (a FIFO, socket or device?): not read'),
    );
    return { files: [], problems, vault: false, root: dirname(path) };
  }
  const file = await readNoteFile(path, name, caps.maxFileBytes, problems);
  return { files: file ? [file] : [], problems, vault: false, root: dirname(path) };
}

function folderProblem(file: string, message: string, fix?: string): ImportProblem {
  return { file, message, severity: 'error', ...(fix ? { fix } : {}) };
}

function warning(file: string, message: string, fix?: string): ImportProblem {
  return { file, message, severity: 'warning', ...(fix ? { fix } : {}) };
}

/** Finds note files breadth-first, visiting each real folder once. */
async function listNotes(
  root: string,
  caps: FolderLimits,
  problems: ImportProblem[],
): Promise<{ paths: string[]; linked: Map<string, string>; vault: boolean }> {
  const paths: string[] = [];
  // Links to files inside the folder are read at their real path: the open refuses links.
  const linked = new Map<string, string>();
  const seenFolders = new Set<string>([await folderKey(root)]);
  const queue: { real: string; shown: string; depth: number }[] = [{ real: root, shown: '', depth: 0 }];
  let entries = 0;
  let vault = false;
  let entriesCapped = false;
  for (let q = 0; q < queue.length && !entriesCapped; q++) {
    const { real, shown, depth } = queue[q]!;
    let handle;
    try {
      handle = await opendir(real);
    } catch (err) {
      problems.push(warning(shown || '.', `cannot read this folder: ${(err as Error).message}`));
      continue;
    }
    for await (const entry of handle) {
      if (++entries > caps.maxEntries) {
        problems.push(
          folderProblem(
            '.',
            `the folder tree has more than ${caps.maxEntries} entries (maxEntries): the rest were not looked at`,
            'open the sub-folder that holds your notes',
          ),
        );
        entriesCapped = true;
        break;
      }
      const name = entry.name;
      const rel = shown ? `${shown}/${name}` : name;
      if (depth === 0 && name === '.obsidian' && entry.isDirectory()) vault = true;
      // Obsidian's settings, git's store, dependencies and every hidden folder are not notes.
      if (isSkippedName(name)) continue;
      const full = join(real, name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await insideTarget(root, full);
        if (!target.ok) {
          if (target.reason === 'outside') {
            problems.push(
              warning(
                rel,
                'a symbolic link that leads out of the notes folder: refused',
                'copy what it points to into the folder instead',
              ),
            );
          } else if (isNoteFileName(name)) {
            problems.push(warning(rel, 'a broken symbolic link: skipped'));
          }
          continue;
        }
        isDir = target.stats.isDirectory();
        isFile = target.stats.isFile();
        if (isFile) linked.set(rel, target.real);
      } else if (!isDir && !isFile) {
        if (isNoteFileName(name))
          problems.push(warning(rel, 'not a regular file (a FIFO, socket or device): skipped'));
        continue;
      }
      if (isDir) {
        if (depth + 1 > caps.maxDepth) {
          problems.push(
            warning(rel, `folders nested deeper than ${caps.maxDepth} levels (maxDepth): not read`),
          );
          continue;
        }
        const key = await folderKey(full);
        if (seenFolders.has(key)) continue; // a link cycle, or a second way into a folder already read
        seenFolders.add(key);
        queue.push({ real: full, shown: rel, depth: depth + 1 });
      } else if (isFile && isNoteFileName(name)) {
        paths.push(rel);
      }
    }
  }
  return { paths, linked, vault };
}

async function folderKey(path: string): Promise<string> {
  const s = await stat(path);
  return `${s.dev}:${s.ino}`;
}

/** Where a link leads, if it stays inside the root. */
async function insideTarget(
  root: string,
  link: string,
): Promise<{ ok: true; stats: Stats; real: string } | { ok: false; reason: 'outside' | 'broken' }> {
  let real: string;
  try {
    real = await realpath(link);
  } catch {
    return { ok: false, reason: 'broken' };
  }
  const rel = relative(root, real);
  // The root itself is inside (a link back to the top is a cycle, ended by the visited set).
  if (rel.split(sep)[0] === '..' || isAbsolute(rel)) {
    return { ok: false, reason: 'outside' };
  }
  try {
    const stats = await stat(real);
    return { ok: true, stats, real };
  } catch {
    return { ok: false, reason: 'broken' };
  }
}

async function readAll(
  root: string,
  paths: string[],
  linked: ReadonlyMap<string, string>,
  caps: FolderLimits,
  problems: ImportProblem[],
): Promise<NoteFile[]> {
  const files: (NoteFile | undefined)[] = new Array(paths.length);
  let total = 0;
  let next = 0;
  let totalCapped = false;
  const worker = async () => {
    while (next < paths.length && !totalCapped) {
      const i = next++;
      const rel = paths[i]!;
      const full = linked.get(rel) ?? join(root, ...rel.split('/'));
      const file = await readNoteFile(full, rel, caps.maxFileBytes, problems);
      if (!file) continue;
      total += file.text.length;
      if (total > caps.maxTotalBytes) {
        totalCapped = true;
        problems.push(
          folderProblem(
            rel,
            `the notes add up to more than ${Math.round(caps.maxTotalBytes / 1024 / 1024)} MB (maxTotalBytes): this file and the rest were not read`,
            'open a smaller folder',
          ),
        );
        return;
      }
      files[i] = file;
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return files.filter((f): f is NoteFile => f !== undefined);
}

/** Reads one regular file, at most `maxBytes` of it, and decodes it. */
async function readNoteFile(
  full: string,
  rel: string,
  maxBytes: number,
  problems: ImportProblem[],
): Promise<NoteFile | undefined> {
  let handle;
  try {
    handle = await open(full, OPEN_FLAGS);
  } catch (err) {
    problems.push(
      warning(rel, `cannot open this file: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`),
    );
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      problems.push(warning(rel, 'not a regular file (a FIFO, socket or device): skipped'));
      return undefined;
    }
    if (info.size > maxBytes) {
      problems.push(
        folderProblem(
          rel,
          `the file is ${formatBytes(info.size)}, over the cap of ${formatBytes(maxBytes)} a note (maxFileBytes): not read`,
          'split it into smaller notes',
        ),
      );
      return undefined;
    }
    // One byte more than the size: a file that grows while it is read is caught, not cut short.
    const buffer = new Uint8Array(info.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > info.size) {
      problems.push(
        warning(rel, 'the file changed while it was read: not read', 'import again once it is saved'),
      );
      return undefined;
    }
    const decoded = decodeNoteFile(rel, buffer.subarray(0, length));
    if (decoded.problem) problems.push(decoded.problem);
    return decoded.file;
  } finally {
    await handle.close();
  }
}

/** The typed format's `sources.yaml`, under the same rules as a note (no links out, no devices, capped). */
async function readSourcesFile(
  root: string,
  caps: FolderLimits,
  problems: ImportProblem[],
): Promise<NoteFile | undefined> {
  const full = join(root, SOURCES_FILE);
  let info: Stats;
  try {
    info = await lstat(full);
  } catch {
    return undefined;
  }
  if (info.isSymbolicLink()) {
    problems.push(warning(SOURCES_FILE, 'sources.yaml is a symbolic link: refused', 'make it a plain file'));
    return undefined;
  }
  if (!info.isFile()) {
    problems.push(warning(SOURCES_FILE, 'sources.yaml is not a regular file: skipped'));
    return undefined;
  }
  return readNoteFile(full, SOURCES_FILE, caps.maxFileBytes, problems);
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
