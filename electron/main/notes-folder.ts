import { constants } from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
// The decoder directly, not through graph-data/index.ts, which would pull every reader (and its Markdown parser) into main.
import { decodeNoteFile, type DecodedNote } from '../../graph-data/readers/decode';
import { DEFAULT_FOLDER_LIMITS, type FolderLimits } from '../../graph-data/node';
import { isNotePath } from '../../graph-data/readers/note-paths';

/*
 * The one place main reaches the notes-folder reader of graph-data: `readNotesFolder` reads a
 * whole folder when it is opened; `readNoteFile` below reads one file again when the watcher sees
 * it change, under the same rules (regular files only, links only when they stay inside the
 * folder, the size cap, strict UTF-8 through the reader's own `decodeNoteFile`).
 */

export {
  DEFAULT_FOLDER_LIMITS,
  readNotesFolder,
  type FolderLimits,
  type FolderRead,
} from '../../graph-data/node';

/** The typed format's registry of source notes, read from the top of the folder. */
const SOURCES_FILE = 'sources.yaml';

/** Whether a path relative to the folder ('/'-separated) is a file the readers read, by the readers' own rule. */
export function isNoteFilePath(rel: string): boolean {
  return rel === SOURCES_FILE || isNotePath(rel);
}

export { isSkippedName } from '../../graph-data/readers/note-paths';

// O_NOFOLLOW refuses a file swapped for a link after it was checked; O_NONBLOCK keeps a FIFO from blocking.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function refuse(rel: string, message: string, fix?: string): DecodedNote {
  return { problem: { file: rel, severity: 'warning', message, ...(fix ? { fix } : {}) } };
}

/**
 * Reads one note of the folder again. `root` is the folder's real path and `rel` '/'-separated.
 * Rejects with ENOENT when the file is gone, so the caller can report it removed.
 */
export async function readNoteFile(
  root: string,
  rel: string,
  limits: FolderLimits = DEFAULT_FOLDER_LIMITS,
): Promise<DecodedNote> {
  let full = path.join(root, ...rel.split('/'));
  if ((await fsp.lstat(full)).isSymbolicLink()) {
    const real = await fsp.realpath(full);
    const inside = path.relative(root, real);
    if (inside.startsWith('..') || path.isAbsolute(inside)) {
      return refuse(
        rel,
        'a symbolic link that leads out of the notes folder: refused',
        'copy what it points to into the folder instead',
      );
    }
    full = real;
  }
  const handle = await fsp.open(full, OPEN_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) return refuse(rel, 'not a regular file (a FIFO, socket or device): skipped');
    if (info.size > limits.maxFileBytes) {
      return refuse(
        rel,
        `the file is ${info.size} bytes, over the cap of ${limits.maxFileBytes} bytes a note (maxFileBytes): not read`,
        'split it into smaller notes',
      );
    }
    const bytes = await handle.readFile();
    if (bytes.byteLength > limits.maxFileBytes)
      return refuse(rel, 'the file grew past the size cap while it was read: not read');
    return decodeNoteFile(rel, bytes);
  } finally {
    await handle.close();
  }
}
