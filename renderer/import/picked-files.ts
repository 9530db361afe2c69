import {
  DEFAULT_FOLDER_LIMITS,
  decodeNoteFile,
  isNotePath,
  isSkippedName,
  type ImportProblem,
  type NoteFile,
} from '../../graph-data';

/** Notes read from what the user picked or dropped, with what was refused and why. */
export interface PickedNotes {
  /** The folder's name, as the user knows it. */
  name: string;
  files: NoteFile[];
  problems: ImportProblem[];
  /** The folder is an Obsidian vault (it holds `.obsidian/`). */
  vault: boolean;
}

/** One file as the browser hands it over, with its path inside the picked folder. */
export interface PickedFile {
  path: string;
  /**
   * The file's bytes, or its size when it holds more than `maxBytes` (then read no further). The
   * size is not asked first: for a file on disk the browser answers it with a blocking call to its
   * file store, some 0.2 ms a file on the main thread (two seconds for 10,000 notes).
   */
  read(maxBytes: number): Promise<{ bytes: Uint8Array } | { tooBig: number }>;
}

/** How many files are read from the browser's file store at once (each read is a round trip). */
const READS_IN_FLIGHT = 32;

/** Told as notes are read, in path order: the first `settled` chosen ones are read or refused. */
export type OnSettled = (settled: number, files: readonly NoteFile[]) => void;

/** How many notes `readPickedFiles` will read at most: the note files picked, up to the count cap. */
export function pickedNoteCount(folder: PickedFolder): number {
  return Math.min(folder.files.filter((f) => isNotePath(f.path)).length, DEFAULT_FOLDER_LIMITS.maxFiles);
}

/**
 * Reads the note files among `picked` (paths relative to the picked folder, '/'-separated) under the
 * same caps as the desktop's folder walker: each refusal is named in a problem, nothing hangs.
 * Several files are read at a time, in path order; once the notes read add up to more than the total
 * cap, no more are started, and the files from the first one over it on are not read.
 * `onSettled` hears of the notes as soon as they and all before them are read (or refused), so that
 * the first of them can be parsed while the rest are still being read.
 */
export async function readPickedFiles(
  folder: PickedFolder,
  onSettled?: OnSettled,
  signal?: AbortSignal,
): Promise<PickedNotes> {
  const { name, files: picked, vault } = folder;
  const limits = DEFAULT_FOLDER_LIMITS;
  const problems: ImportProblem[] = [];
  const notes = picked.filter((f) => isNotePath(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  const chosen = notes.slice(0, limits.maxFiles);
  if (notes.length > limits.maxFiles)
    problems.push({
      file: notes[limits.maxFiles]!.path,
      severity: 'error',
      message: `the folder holds more than ${limits.maxFiles.toLocaleString('en')} notes; the rest were not read`,
      fix: 'open a smaller folder, such as one subject of your notes',
    });
  const files: NoteFile[] = [];
  // Each read as it comes back (null: not read, the total cap was passed); then taken in order.
  const read: (Awaited<ReturnType<PickedFile['read']>> | null)[] = [];
  let settled = 0;
  let total = 0;
  let full = false;
  const take = (file: PickedFile, got: Awaited<ReturnType<PickedFile['read']>> | null) => {
    if (full) return;
    if (got && 'tooBig' in got) {
      problems.push({
        file: file.path,
        severity: 'error',
        message: `this note is ${Math.ceil(got.tooBig / 1024)} KB, over the ${limits.maxFileBytes / 1024} KB a note may hold`,
        fix: 'split it into several notes',
      });
      return;
    }
    total += got?.bytes.length ?? Infinity;
    if (!got || total > limits.maxTotalBytes) {
      full = true;
      problems.push({
        file: file.path,
        severity: 'error',
        message: `the notes add up to more than ${limits.maxTotalBytes / 1024 / 1024} MB; the rest were not read`,
        fix: 'open a smaller folder',
      });
      return;
    }
    const decoded = decodeNoteFile(file.path, got.bytes);
    if (decoded.file) files.push(decoded.file);
    else problems.push(decoded.problem);
  };
  const settle = () => {
    const before = settled;
    while (settled < chosen.length && read[settled] !== undefined) {
      take(chosen[settled]!, read[settled]!);
      read[settled] = null;
      settled++;
    }
    if (settled > before) onSettled?.(settled, files);
  };
  let readBytes = 0;
  // A cancelled import reads no further (what was read is returned, and dropped by the caller).
  await inOrder(chosen, READS_IN_FLIGHT, signal, async (file, i) => {
    if (readBytes > limits.maxTotalBytes) read[i] = null;
    else {
      const got = await file.read(limits.maxFileBytes);
      if ('bytes' in got) readBytes += got.bytes.length;
      read[i] = got;
    }
    settle();
  });
  // File by file, as the folder is listed (a stable sort keeps each file's own order).
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { name, files, problems, vault };
}

/** A file's bytes up to `maxBytes`, streamed; beyond that, its size (asked only then). */
async function readUpTo(file: File, maxBytes: number): Promise<{ bytes: Uint8Array } | { tooBig: number }> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      void reader.cancel();
      return { tooBig: file.size };
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return { bytes: chunks[0]! };
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes };
}

/**
 * `work` on every item (with its index), at most `width` at a time, started in the items' order;
 * none is started once `signal` aborts.
 */
async function inOrder<T>(
  items: readonly T[],
  width: number,
  signal: AbortSignal | undefined,
  work: (item: T, index: number) => Promise<void>,
) {
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal?.aborted) {
      const i = next++;
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
}

/** A picked or dropped folder: its name, its files, and whether it is an Obsidian vault. */
export interface PickedFolder {
  name: string;
  files: PickedFile[];
  vault: boolean;
}

/** The files of an `<input type="file" webkitdirectory>`, paths made relative to the picked folder. */
export function fromFileList(list: FileList): PickedFolder {
  // Each property of a File is a call into the browser: read the path once per file.
  const all = Array.from(list, (file) => ({ file, parts: file.webkitRelativePath.split('/') }));
  return {
    name: all[0]?.parts[0] || 'notes',
    vault: all.some(({ parts }) => parts.includes('.obsidian')),
    files: all.map(({ file, parts }) => ({
      path: parts.slice(1).join('/') || file.name,
      read: (maxBytes: number) => readUpTo(file, maxBytes),
    })),
  };
}

/** Walks a dropped folder (or files) through the entries API; stops looking after `maxEntries`. */
export async function fromDataTransfer(items: DataTransferItemList): Promise<PickedFolder> {
  const out: PickedFile[] = [];
  let seen = 0;
  let vault = false;
  const limit = DEFAULT_FOLDER_LIMITS.maxEntries;
  const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((ok, fail) => entry.file(ok, fail));
  const children = (dir: FileSystemDirectoryEntry) =>
    new Promise<FileSystemEntry[]>((ok, fail) => {
      const reader = dir.createReader();
      const all: FileSystemEntry[] = [];
      // readEntries hands over a batch at a time, until an empty one.
      const more = () =>
        reader.readEntries((batch) => {
          if (batch.length === 0 || all.length + seen > limit) ok(all);
          else {
            all.push(...batch);
            more();
          }
        }, fail);
      more();
    });
  const walk = async (entry: FileSystemEntry, path: string, depth: number): Promise<void> => {
    if (++seen > limit || depth > DEFAULT_FOLDER_LIMITS.maxDepth) return;
    if (entry.isFile) {
      const file = await fileOf(entry as FileSystemFileEntry);
      out.push({ path, read: (maxBytes) => readUpTo(file, maxBytes) });
    } else if (entry.isDirectory) {
      // Hidden folders (.git, .obsidian) and node_modules hold no notes: note the vault and skip them.
      if (depth > 0 && isSkippedName(entry.name)) {
        if (entry.name === '.obsidian' && depth === 1) vault = true;
        return;
      }
      for (const child of await children(entry as FileSystemDirectoryEntry))
        await walk(child, path ? `${path}/${child.name}` : child.name, depth + 1);
    }
  };
  const roots = [...items].map((i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => !!e);
  const single = roots.length === 1 && roots[0]!.isDirectory ? roots[0]! : null;
  if (single) await walk(single, '', 0);
  else for (const root of roots) await walk(root, root.name, 1);
  return { name: single?.name ?? 'dropped notes', files: out, vault };
}
