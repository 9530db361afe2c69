import fsp from 'node:fs/promises';
import path from 'node:path';
import type { LoadUserDataResult, SaveUserDataResult } from '../../contract/ipc';
import { emptyUserData, UserData } from '../../contract/user-data';
import {
  damagedNotice,
  fileStamp,
  newerVersionNotice,
  newerVersionSaveRefusal,
  readUserDataText,
  type Restored,
} from '../../contract/user-data-file';
import { removeStaleTemps, writeFileAtomic } from './atomic-write';

export const DATA_FILE = 'atlas-data.json';
export const BACKUP_FILE = 'atlas-data.backup.json';

/** The user's saved data in one directory. Pure Node: main passes `app.getPath('userData')`. */
export interface UserDataStore {
  /** Reads the data, recovering from a damaged file; `notices` tell the user what was done. */
  load(): Promise<LoadUserDataResult>;
  /** Writes the data atomically, keeping the previous good copy as the backup. */
  save(data: UserData): Promise<SaveUserDataResult>;
  /** Resolves once every load and save started so far has finished. */
  idle(): Promise<void>;
}

export interface UserDataStoreOptions {
  now?: () => Date;
}

/** Serializes a document the way it is stored on disk. */
export function serializeUserData(data: UserData): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

async function readText(file: string): Promise<string | null> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Creates the store for `dir` (created if missing). All operations run one at a time, in call order. */
export function createUserDataStore(dir: string, options: UserDataStoreOptions = {}): UserDataStore {
  const now = options.now ?? (() => new Date());
  const dataFile = path.join(dir, DATA_FILE);
  const backupFile = path.join(dir, BACKUP_FILE);
  let queue: Promise<unknown> = Promise.resolve();

  function enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readBackup(): Promise<{ data: UserData; savedAt: Date | null } | null> {
    const text = await readText(backupFile);
    if (text === null) return null;
    const reading = readUserDataText(text);
    if (reading.kind !== 'ok') return null;
    const stat = await fsp.stat(backupFile).catch(() => null);
    return { data: reading.data, savedAt: stat ? stat.mtime : null };
  }

  /** Renames the damaged data file out of the way (never deletes it) and returns its new name. */
  async function moveAside(): Promise<string> {
    const stamp = fileStamp(now());
    for (let n = 0; ; n += 1) {
      const name = `atlas-data.corrupt-${stamp}${n === 0 ? '' : `-${n}`}.json`;
      const target = path.join(dir, name);
      const taken = await fsp.stat(target).then(
        () => true,
        () => false,
      );
      if (taken) continue;
      await fsp.rename(dataFile, target);
      return name;
    }
  }

  async function load(): Promise<LoadUserDataResult> {
    await fsp.mkdir(dir, { recursive: true });
    await removeStaleTemps(dataFile);
    await removeStaleTemps(backupFile);
    const text = await readText(dataFile);
    if (text === null) return { data: emptyUserData(), notices: [] };
    const reading = readUserDataText(text);
    if (reading.kind === 'ok') return { data: reading.data, notices: [] };

    const backup = await readBackup();
    const restored: Restored = backup ? { from: 'backup', savedAt: backup.savedAt } : { from: 'empty' };
    const data = backup?.data ?? emptyUserData();
    if (reading.kind === 'newer') {
      return { data, notices: [newerVersionNotice(reading.version, restored)] };
    }
    const keptAs = await moveAside();
    // Write the restored data back so the next start finds it even if nothing is saved before quitting.
    if (backup) await writeFileAtomic(dataFile, serializeUserData(backup.data));
    return { data, notices: [damagedNotice(reading.reason, restored, keptAs)] };
  }

  async function save(input: UserData): Promise<SaveUserDataResult> {
    const text = serializeUserData(UserData.parse(input));
    await fsp.mkdir(dir, { recursive: true });
    const current = await readText(dataFile);
    if (current !== null) {
      const reading = readUserDataText(current);
      if (reading.kind === 'newer') return { ok: false, notice: newerVersionSaveRefusal(reading.version) };
      if (reading.kind === 'ok' && current !== text) await writeFileAtomic(backupFile, current);
      if (reading.kind === 'damaged') await moveAside();
    }
    await writeFileAtomic(dataFile, text);
    return { ok: true };
  }

  return {
    load: () => enqueue(load),
    save: (data) => enqueue(() => save(data)),
    idle: () => enqueue(async () => undefined),
  };
}
