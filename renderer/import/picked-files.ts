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
  size: number;
  bytes(): Promise<Uint8Array>;
}

/** How many files are read from the browser's file store at once (each read is a round trip). */
const READS_IN_FLIGHT = 32;

/**
 * Reads the note files among `picked` (paths relative to the picked folder, '/'-separated) under the
 * same caps as the desktop's folder walker: each refusal is named in a problem, nothing hangs. What
 * the caps let through is chosen from the sizes first, then read several files at a time, in order.
 */
export async function readPickedFiles(folder: PickedFolder): Promise<PickedNotes> {
  const { name, files: picked, vault } = folder;
  const limits = DEFAULT_FOLDER_LIMITS;
  const problems: ImportProblem[] = [];
  const chosen: PickedFile[] = [];
  let total = 0;
  const notes = picked.filter((f) => isNotePath(f.path)).sort((a, b) => a.path.localeCompare(b.path));
  for (const file of notes) {
    if (chosen.length >= limits.maxFiles) {
      problems.push({
        file: file.path,
        severity: 'error',
        message: `the folder holds more than ${limits.maxFiles.toLocaleString('en')} notes; the rest were not read`,
        fix: 'open a smaller folder, such as one subject of your notes',
      });
      break;
    }
    if (file.size > limits.maxFileBytes) {
      problems.push({
        file: file.path,
        severity: 'error',
        message: `this note is ${Math.ceil(file.size / 1024)} KB, over the ${limits.maxFileBytes / 1024} KB a note may hold`,
        fix: 'split it into several notes',
      });
      continue;
    }
    total += file.size;
    if (total > limits.maxTotalBytes) {
      problems.push({
        file: file.path,
        severity: 'error',
        message: `the notes add up to more than ${limits.maxTotalBytes / 1024 / 1024} MB; the rest were not read`,
        fix: 'open a smaller folder',
      });
      break;
    }
    chosen.push(file);
  }
  const decoded = await inOrder(chosen, READS_IN_FLIGHT, async (file) =>
    decodeNoteFile(file.path, await file.bytes()),
  );
  const files: NoteFile[] = [];
  for (const d of decoded) {
    if (d.file) files.push(d.file);
    else problems.push(d.problem);
  }
  // File by file, as the folder is listed (a stable sort keeps each file's own order).
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { name, files, problems, vault };
}

/** `work` on every item, at most `width` at a time; the results in the items' order. */
async function inOrder<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane));
  return out;
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
      size: file.size,
      bytes: async () => new Uint8Array(await file.arrayBuffer()),
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
      out.push({ path, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) });
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
