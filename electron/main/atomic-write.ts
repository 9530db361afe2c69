import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';

let counter = 0;

/** The temp-file prefix for `file`; leftovers from a crash can be found (and removed) by it. */
export function tempPrefix(file: string): string {
  return `.${path.basename(file)}.tmp-`;
}

function tempPath(file: string): string {
  counter += 1;
  return path.join(path.dirname(file), `${tempPrefix(file)}${process.pid}-${counter}`);
}

// Windows refuses a rename over a file another process (an indexer, an antivirus) holds open
// for a moment; a few short retries ride that out.
const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RETRYABLE.has(code) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
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
 * `mode` defaults to owner-only, right for the app's private data; exports pass 0o644.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const tmp = tempPath(file);
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await renameWithRetry(tmp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true });
    throw error;
  }
  await fsyncDir(path.dirname(file));
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

/** Removes temp files a crashed writer left next to `file`. */
export async function removeStaleTemps(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = tempPrefix(file);
  const names = await fsp.readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => name.startsWith(prefix))
      .map((name) => fsp.rm(path.join(dir, name), { force: true })),
  );
}
