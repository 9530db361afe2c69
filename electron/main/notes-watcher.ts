import path from 'node:path';
import { watch } from 'chokidar';
import {
  NOTES_WATCH_DEBOUNCE_MS,
  type ImportProblem,
  type NoteFile,
  type NotesChange,
} from '../../contract/notes';
import {
  DEFAULT_FOLDER_LIMITS,
  isNoteFilePath,
  isSkippedName,
  readNoteFile,
  type FolderLimits,
} from './notes-folder';

/** A running watch on one notes folder. */
export interface NotesWatcher {
  /** Resolves once the folder is being watched (changes before that are not seen). */
  ready: Promise<void>;
  /** Stops watching; a batch not yet sent is dropped. */
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Quiet time after the last change before a batch is sent. */
  debounceMs?: number;
  /** A batch is sent at the latest this long after its first change, even while changes go on. */
  maxWaitMs?: number;
  limits?: FolderLimits;
  onError?: (error: Error) => void;
}

/** A path relative to the root with '/' separators, or null when it lies outside it. */
function relativeTo(root: string, abs: string): string | null {
  const rel = path.relative(root, abs);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/**
 * Watches `root` (a real path) and reports, in batches, which notes were added or edited (with
 * their whole new text) and which were removed. Hidden folders (`.obsidian/`, `.git/`...) and
 * `node_modules/` are not watched, links are not followed, and a file that cannot be read is
 * reported as a problem while the renderer keeps its last good text.
 */
export function watchNotesFolder(
  root: string,
  onChange: (change: NotesChange) => void,
  options: WatchOptions = {},
): NotesWatcher {
  const debounceMs = options.debounceMs ?? NOTES_WATCH_DEBOUNCE_MS;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const limits = options.limits ?? DEFAULT_FOLDER_LIMITS;
  // The latest event per path wins: an edit then a delete is a delete, a delete then a re-create an edit.
  const pending = new Map<string, 'changed' | 'removed'>();
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt = 0;
  let closed = false;
  let flushing: Promise<void> = Promise.resolve();

  const watcher = watch(root, {
    ignoreInitial: true,
    followSymlinks: false,
    // Editors that save by writing a new file and renaming it over the old one show up as one change.
    atomic: 100,
    ignored: (abs) => {
      const rel = relativeTo(root, abs);
      return rel !== null && rel.split('/').some(isSkippedName);
    },
  });

  function note(kind: 'changed' | 'removed', abs: string): void {
    const rel = relativeTo(root, abs);
    if (rel === null || !isNoteFilePath(rel)) return;
    if (pending.size === 0) firstPendingAt = Date.now();
    pending.set(rel, kind);
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - Date.now()));
    timer = setTimeout(() => {
      flushing = flushing.then(flush);
    }, wait);
  }

  async function flush(): Promise<void> {
    if (closed || pending.size === 0) return;
    const batch = [...pending];
    pending.clear();
    const changed: NoteFile[] = [];
    const removed: string[] = [];
    const problems: ImportProblem[] = [];
    for (const [rel, kind] of batch) {
      if (kind === 'removed') {
        removed.push(rel);
        continue;
      }
      try {
        const read = await readNoteFile(root, rel, limits);
        if (read.file) changed.push(read.file);
        else problems.push(read.problem);
      } catch (error) {
        // Gone again before it could be read: a save in progress finishes with another event.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') removed.push(rel);
        else
          problems.push({
            file: rel,
            severity: 'error',
            message: `could not be read: ${(error as Error).message}`,
          });
      }
    }
    if (closed || changed.length + removed.length + problems.length === 0) return;
    try {
      onChange({ folder: root, changed, removed, problems });
    } catch (error) {
      options.onError?.(error as Error);
    }
  }

  watcher.on('add', (p) => note('changed', p));
  watcher.on('change', (p) => note('changed', p));
  watcher.on('unlink', (p) => note('removed', p));
  watcher.on('error', (error) => options.onError?.(error as Error));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
