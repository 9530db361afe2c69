import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

/**
 * The file-system calls the user-data store makes, as one object so tests can inject faults
 * (a full disk, a read-only folder) without filling a disk. Production passes `node:fs/promises`.
 */
export type StorageFs = Pick<
  typeof fsp,
  'open' | 'readFile' | 'rename' | 'rm' | 'stat' | 'mkdir' | 'readdir' | 'access'
>;

/** The real file system. */
export const nodeFs: StorageFs = fsp;

// One random token per process: with the pid it keeps temp names unique even across machines
// sharing a folder or pid namespaces (containers) where two writers can have the same pid.
const processToken = randomBytes(4).toString('hex');
let counter = 0;

/** The temp-file prefix for `file`; leftovers from a crash can be found (and removed) by it. */
export function tempPrefix(file: string): string {
  return `.${path.basename(file)}.tmp-`;
}

function tempPath(file: string): string {
  counter += 1;
  return path.join(path.dirname(file), `${tempPrefix(file)}${process.pid}-${processToken}-${counter}`);
}

/** The pid that wrote a temp file, read from its name, or null when the name carries none. */
export function tempOwnerPid(file: string, name: string): number | null {
  const prefix = tempPrefix(file);
  if (!name.startsWith(prefix)) return null;
  const pid = Number(name.slice(prefix.length).split('-')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** True while a process with this pid exists (signal 0 only checks; EPERM means it exists but is not ours). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Windows refuses a rename over a file another process (an indexer, an antivirus) holds open
// for a moment; a few short retries ride that out.
const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(io: StorageFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await io.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RETRYABLE.has(code) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

async function fsyncDir(io: StorageFs, dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await io.open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself is still atomic.
  } finally {
    await handle?.close();
  }
}

/**
 * Replaces `file` so that a crash at any moment leaves either the old or the new complete
 * content: write a temp file in the same directory, fsync it, rename it over, fsync the directory.
 * A failure (a full disk) removes the temp file and leaves `file` as it was.
 * `mode` defaults to owner-only, right for the app's private data; exports pass 0o644.
 */
export async function writeFileAtomic(
  file: string,
  data: string | Uint8Array,
  mode = 0o600,
  io: StorageFs = nodeFs,
): Promise<void> {
  const tmp = tempPath(file);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await io.open(tmp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(io, tmp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await io.rm(tmp, { force: true }).catch(() => undefined);
    throw error;
  }
  await fsyncDir(io, path.dirname(file));
}

/** The synchronous twin of `writeFileAtomic`, for the few writes made while the app is closing. */
export function writeFileAtomicSync(file: string, data: string | Uint8Array): void {
  const tmp = tempPath(file);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', 0o600);
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, file);
  } catch (error) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    throw error;
  }
  if (process.platform !== 'win32') {
    try {
      const dirFd = fs.openSync(path.dirname(file), 'r');
      try {
        fs.fsyncSync(dirFd);
      } finally {
        fs.closeSync(dirFd);
      }
    } catch {
      // See fsyncDir.
    }
  }
}

/**
 * Removes temp files that crashed writers left next to `file`. A temp file whose writer is still
 * running (another instance, or a save in flight in this one) is left alone: deleting it would
 * make that writer's rename fail and lose its save.
 */
export async function removeStaleTemps(
  file: string,
  io: StorageFs = nodeFs,
  alive: (pid: number) => boolean = isProcessAlive,
): Promise<void> {
  const dir = path.dirname(file);
  const names = await io.readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const pid = tempOwnerPid(file, name);
    return pid !== null && !alive(pid);
  });
  // Cleanup is housekeeping: a read-only folder or a file that vanished meanwhile is no error.
  await Promise.all(stale.map((name) => io.rm(path.join(dir, name), { force: true }).catch(() => undefined)));
}
