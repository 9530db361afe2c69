import { constants as fsConstants } from 'node:fs';
import path from 'node:path';
import type { LoadUserDataResult, SaveUserDataResult } from '../../contract/ipc';
import {
  emptyUserData,
  MAX_RECENT_FOLDERS,
  MAX_USER_DATA_BYTES,
  UserData,
  type RecentFolder,
} from '../../contract/user-data';
import {
  damagedNotice,
  fileStamp,
  newerVersionNotice,
  newerVersionSaveRefusal,
  readUserDataText,
  type Restored,
  type UserDataReading,
} from '../../contract/user-data-file';
import { nodeFs, removeStaleTemps, writeFileAtomic, type StorageFs } from './atomic-write';
import {
  formatBytes,
  missingFoldersNotice,
  missingRestoredNotice,
  readOnlyNotice,
  restoreNotWrittenNotice,
  saveFailureNotice,
  tooLargeRefusal,
} from './storage-notices';

export const DATA_FILE = 'atlas-data.json';
export const BACKUP_FILE = 'atlas-data.backup.json';
/** A copy of a file written by an older version, kept once when it is first migrated. */
export const olderVersionCopy = (version: number) => `atlas-data.v${version}.json`;

/** The user's saved data in one directory. Pure Node: main passes `app.getPath('userData')`. */
export interface UserDataStore {
  /** Reads the data, recovering from a damaged file; `notices` tell the user what was done. */
  load(): Promise<LoadUserDataResult>;
  /** Writes the data atomically, keeping the previous good copy as the backup. */
  save(data: UserData): Promise<SaveUserDataResult>;
  /** Resolves once every load and save started so far has finished. */
  idle(): Promise<void>;
  /** The recent notes folders, most recent first, as of the last load or change ([] before a load). */
  recentFolders(): RecentFolder[];
  /** Puts a folder first in the recent list and saves it; returns the new list. */
  rememberFolder(folder: { path: string; merge: boolean }): Promise<RecentFolder[]>;
  /** Drops one folder from the recent list (it has gone) and saves it; returns the new list. */
  forgetFolder(folderPath: string): Promise<RecentFolder[]>;
  /** Empties the recent list and saves it. */
  clearRecentFolders(): Promise<void>;
}

export interface UserDataStoreOptions {
  now?: () => Date;
  /** The file system; tests pass one that fails on cue (a full disk, a read-only folder). */
  fs?: StorageFs;
  /** Whether a pid is running; decides which leftover temp files are stale. */
  isProcessAlive?: (pid: number) => boolean;
}

/** Serializes a document the way it is stored on disk. */
export function serializeUserData(data: UserData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

// A stored file well above what a save may write was not written by this app: it is read as
// damaged instead of being loaded whole into memory.
const MAX_STORED_BYTES = 2 * MAX_USER_DATA_BYTES;

type Stored = { kind: 'missing' } | { kind: 'text'; text: string } | { kind: 'too-large'; size: number };

/** Creates the store for `dir` (created if missing). All operations run one at a time, in call order. */
export function createUserDataStore(dir: string, options: UserDataStoreOptions = {}): UserDataStore {
  const now = options.now ?? (() => new Date());
  const io = options.fs ?? nodeFs;
  const dataFile = path.join(dir, DATA_FILE);
  const backupFile = path.join(dir, BACKUP_FILE);
  let queue: Promise<unknown> = Promise.resolve();
  // Main owns the recent list (it sees every folder opened): null until the first load, after
  // which every save writes this list whatever the renderer sent.
  let recent: RecentFolder[] | null = null;
  let lastGood: UserData | null = null;

  function enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op);
    queue = run.catch(() => undefined);
    return run;
  }

  const write = (file: string, text: string) => writeFileAtomic(file, text, 0o600, io);

  async function readStored(file: string): Promise<Stored> {
    try {
      const stat = await io.stat(file);
      if (stat.size > MAX_STORED_BYTES) return { kind: 'too-large', size: stat.size };
      return { kind: 'text', text: await io.readFile(file, 'utf8') };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw error;
    }
  }

  function readingOf(stored: Exclude<Stored, { kind: 'missing' }>): UserDataReading {
    if (stored.kind === 'too-large') {
      return {
        kind: 'damaged',
        reason: `it was ${formatBytes(stored.size)}, far larger than any saved data`,
      };
    }
    return readUserDataText(stored.text);
  }

  async function readBackup(): Promise<{ data: UserData; savedAt: Date | null } | null> {
    const stored = await readStored(backupFile).catch(() => ({ kind: 'missing' }) as const);
    if (stored.kind === 'missing') return null;
    const reading = readingOf(stored);
    if (reading.kind !== 'ok') return null;
    const stat = await io.stat(backupFile).catch(() => null);
    return { data: reading.data, savedAt: stat ? stat.mtime : null };
  }

  /** Renames the damaged data file out of the way (never deletes it) and returns its new name. */
  async function moveAside(): Promise<string> {
    const stamp = fileStamp(now());
    for (let n = 0; ; n += 1) {
      const name = `atlas-data.corrupt-${stamp}${n === 0 ? '' : `-${n}`}.json`;
      const target = path.join(dir, name);
      const taken = await io.stat(target).then(
        () => true,
        () => false,
      );
      if (taken) continue;
      await io.rename(dataFile, target);
      return name;
    }
  }

  async function writable(): Promise<boolean> {
    return io.access(dir, fsConstants.W_OK).then(
      () => true,
      () => false,
    );
  }

  /** Writes recovered data back so the next start finds it; on failure the next start recovers again. */
  async function writeBack(data: UserData, notices: string[]): Promise<void> {
    try {
      await write(dataFile, serializeUserData(data));
    } catch (error) {
      notices.push(restoreNotWrittenNotice(error, dir));
    }
  }

  async function load(): Promise<LoadUserDataResult> {
    // A read-only folder must not stop the data being read: none of these three is fatal.
    await io.mkdir(dir, { recursive: true }).catch(() => undefined);
    await removeStaleTemps(dataFile, io, options.isProcessAlive);
    await removeStaleTemps(backupFile, io, options.isProcessAlive);
    const notices: string[] = (await writable()) ? [] : [readOnlyNotice(dir)];

    const stored = await readStored(dataFile);
    if (stored.kind === 'missing') {
      // No data file but a good backup means a recovery or a save was cut short (a full disk):
      // restoring it is always better than starting silently empty.
      const backup = await readBackup();
      if (!backup) return loaded(emptyUserData(), notices, false);
      notices.push(missingRestoredNotice(backup.savedAt));
      await writeBack(backup.data, notices);
      return loaded(backup.data, notices, false);
    }
    const reading = readingOf(stored);
    if (reading.kind === 'ok') {
      if (reading.migratedFrom !== undefined && stored.kind === 'text') {
        await keepOlderVersionCopy(reading.migratedFrom, stored.text);
      }
      return loaded(reading.data, notices, reading.migratedFrom === undefined);
    }

    const backup = await readBackup();
    const restored: Restored = backup ? { from: 'backup', savedAt: backup.savedAt } : { from: 'empty' };
    const data = backup?.data ?? emptyUserData();
    if (reading.kind === 'newer') {
      notices.push(newerVersionNotice(reading.version, restored));
      return loaded(data, notices, false);
    }
    let keptAs: string;
    try {
      keptAs = await moveAside();
    } catch {
      // A read-only folder: the damaged file stays where it is, untouched, and is read again next time.
      notices.push(damagedNotice(reading.reason, restored, `${DATA_FILE} (unchanged)`));
      return loaded(data, notices, false);
    }
    notices.push(damagedNotice(reading.reason, restored, keptAs));
    if (backup) await writeBack(backup.data, notices);
    return loaded(data, notices, false);
  }

  /**
   * Finishes a load: drops recent folders that are gone (with a notice) and remembers the list.
   * `persist` writes the shortened list back at once, so the notice is not repeated every start;
   * it is false where the file must not be touched now (a recovery just wrote it, or it belongs
   * to a newer version, or it is being migrated and the next save writes it anyway).
   */
  async function loaded(data: UserData, notices: string[], persist: boolean): Promise<LoadUserDataResult> {
    const present: RecentFolder[] = [];
    const gone: string[] = [];
    for (const folder of data.recentFolders) {
      const isDir = await io.stat(folder.path).then(
        (st) => st.isDirectory(),
        () => false,
      );
      if (isDir) present.push(folder);
      else gone.push(folder.path);
    }
    recent = present;
    const result = { ...data, recentFolders: present };
    lastGood = result;
    if (gone.length === 0) return { data: result, notices };
    notices.push(missingFoldersNotice(gone));
    if (persist) await write(dataFile, serializeUserData(result)).catch(() => undefined);
    return { data: result, notices };
  }

  async function keepOlderVersionCopy(version: number, text: string): Promise<void> {
    const copy = path.join(dir, olderVersionCopy(version));
    const exists = await io.stat(copy).then(
      () => true,
      () => false,
    );
    // Best effort: the copy only matters to someone going back to the older version.
    if (!exists) await write(copy, text).catch(() => undefined);
  }

  async function save(input: UserData): Promise<SaveUserDataResult> {
    const doc = UserData.parse(input);
    if (recent !== null) doc.recentFolders = recent;
    const text = serializeUserData(doc);
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > MAX_USER_DATA_BYTES) return { ok: false, notice: tooLargeRefusal(bytes) };
    try {
      await io.mkdir(dir, { recursive: true });
      const stored = await readStored(dataFile);
      if (stored.kind !== 'missing') {
        const reading = readingOf(stored);
        if (reading.kind === 'newer') return { ok: false, notice: newerVersionSaveRefusal(reading.version) };
        // The backup is replaced only by a good copy, and only after that copy is whole on disk
        // (writeFileAtomic), so a full disk here leaves the previous backup as it was.
        if (reading.kind === 'ok' && stored.kind === 'text' && stored.text !== text) {
          await write(backupFile, stored.text);
        }
        if (reading.kind === 'damaged') await moveAside();
      }
      await write(dataFile, text);
      lastGood = doc;
    } catch (error) {
      const notice = saveFailureNotice(error, dir);
      if (notice === null) throw error;
      return { ok: false, notice };
    }
    return { ok: true };
  }

  /** Saves the last good document with the recent list changed by `change`. */
  async function changeRecent(change: (list: RecentFolder[]) => RecentFolder[]): Promise<RecentFolder[]> {
    if (recent === null) await load();
    recent = change(recent ?? []).slice(0, MAX_RECENT_FOLDERS);
    // A refused save (full disk, newer file) still leaves the list right for this session.
    await save(lastGood ?? emptyUserData());
    return [...recent];
  }

  return {
    load: () => enqueue(load),
    save: (data) => enqueue(() => save(data)),
    idle: () => enqueue(async () => undefined),
    recentFolders: () => [...(recent ?? [])],
    rememberFolder: (folder) =>
      enqueue(() =>
        changeRecent((list) => [
          { path: folder.path, merge: folder.merge, openedAt: now().toISOString() },
          ...list.filter((f) => f.path !== folder.path),
        ]),
      ),
    forgetFolder: (folderPath) =>
      enqueue(() => changeRecent((list) => list.filter((f) => f.path !== folderPath))),
    clearRecentFolders: () => enqueue(async () => void (await changeRecent(() => []))),
  };
}
