import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyUserData, MAX_USER_DATA_BYTES, type UserData } from '../../contract/user-data';
import { tempPrefix, type StorageFs } from './atomic-write';
import { BACKUP_FILE, createUserDataStore, DATA_FILE } from './storage';

// Faults are injected through the store's fs seam: real files in a temp folder, with chosen
// calls failing the way a full disk or a read-only folder makes them fail.

let dir: string;
const at = new Date('2025-03-04T05:06:07.089Z');
const dataFile = () => path.join(dir, DATA_FILE);
const backupFile = () => path.join(dir, BACKUP_FILE);

function withBookmark(name: string): UserData {
  return { ...emptyUserData(), bookmarks: [name] };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** A temp file being written for `target` (the atomic writer writes `.<name>.tmp-*` first). */
const tempFor = (target: string) => (p: string) => path.basename(p).startsWith(tempPrefix(target));

interface Faults {
  /** Writes into files matching this fail with ENOSPC after half the bytes, as a full disk does. */
  diskFullFor?: (file: string) => boolean;
  /** Every call that would change the folder fails with EROFS. */
  readOnly?: boolean;
  /** Writes into matching files wait for `gate` before they go on. */
  holdWritesFor?: (file: string) => boolean;
  gate?: Promise<void>;
}

function faultyFs(faults: Faults): StorageFs {
  const readOnly = async () => {
    throw errno('EROFS');
  };
  return {
    readFile: fsp.readFile,
    stat: fsp.stat,
    readdir: fsp.readdir,
    access: (async (p: string, mode?: number) => {
      if (faults.readOnly && mode !== undefined && mode !== 0) throw errno('EROFS');
      return fsp.access(p, mode);
    }) as StorageFs['access'],
    mkdir: fsp.mkdir,
    rename: faults.readOnly ? readOnly : fsp.rename,
    rm: faults.readOnly ? readOnly : fsp.rm,
    open: (async (file: string, flags?: string, mode?: number) => {
      if (faults.readOnly && flags !== 'r') throw errno('EROFS');
      const handle = await fsp.open(file, flags, mode);
      const writeFile = handle.writeFile.bind(handle);
      handle.writeFile = (async (data: string | Uint8Array) => {
        if (faults.holdWritesFor?.(file)) await faults.gate;
        if (faults.diskFullFor?.(file)) {
          const bytes = Buffer.from(data);
          await writeFile(bytes.subarray(0, bytes.length >> 1));
          throw errno('ENOSPC');
        }
        return writeFile(data);
      }) as typeof handle.writeFile;
      return handle;
    }) as StorageFs['open'],
  };
}

const healthy = () => createUserDataStore(dir, { now: () => at });
const faulty = (faults: Faults) => createUserDataStore(dir, { now: () => at, fs: faultyFs(faults) });
const files = async () => (await fsp.readdir(dir)).sort();

/** Saves "older" then "newer": the data file holds newer, the backup older. */
async function twoSaves(): Promise<void> {
  const s = healthy();
  await s.save(withBookmark('older'));
  await s.save(withBookmark('newer'));
}

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-faults-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('user-data store on a full disk', () => {
  it('refuses a save with a plain notice and keeps the data and the backup as they were', async () => {
    await twoSaves();
    const backupBefore = await fsp.readFile(backupFile(), 'utf8');

    const result = await faulty({ diskFullFor: tempFor(BACKUP_FILE) }).save(withBookmark('lost'));

    expect(result.ok).toBe(false);
    expect(!result.ok && result.notice).toContain(`the disk holding your data (${dir}) is full`);
    expect(await fsp.readFile(backupFile(), 'utf8')).toBe(backupBefore);
    expect(await files()).toEqual([BACKUP_FILE, DATA_FILE]);
    expect(await healthy().load()).toEqual({ data: withBookmark('newer'), notices: [] });
  });

  it('keeps the last saved data when the disk fills while the data file itself is written', async () => {
    await twoSaves();
    const result = await faulty({ diskFullFor: tempFor(DATA_FILE) }).save(withBookmark('lost'));
    expect(result.ok).toBe(false);
    expect(await files()).toEqual([BACKUP_FILE, DATA_FILE]);
    const next = await healthy().load();
    expect(next).toEqual({ data: withBookmark('newer'), notices: [] });
    expect(JSON.parse(await fsp.readFile(backupFile(), 'utf8')).bookmarks).toEqual(['newer']);
  });

  it('during a recovery: restores the backup, leaves it untouched, and the next start restores it again', async () => {
    await twoSaves();
    await fsp.writeFile(dataFile(), '{"version": 1, "bookm');
    const backupBefore = await fsp.readFile(backupFile(), 'utf8');

    const first = await faulty({ diskFullFor: tempFor(DATA_FILE) }).load();

    expect(first.data).toEqual(withBookmark('older'));
    expect(first.notices).toHaveLength(2);
    expect(first.notices[0]).toContain('the backup from');
    expect(first.notices[1]).toContain('could not be written back');
    expect(first.notices[1]).toContain('the disk is full');
    expect(await fsp.readFile(backupFile(), 'utf8')).toBe(backupBefore);

    // The next start (space freed) must not begin silently empty: it restores the backup and says so.
    const second = await healthy().load();
    expect(second.data).toEqual(withBookmark('older'));
    expect(second.notices).toEqual([
      expect.stringMatching(/^Your saved data file was missing, so the backup from /),
    ]);
    const third = await healthy().load();
    expect(third).toEqual({ data: withBookmark('older'), notices: [] });
    expect(await fsp.readFile(backupFile(), 'utf8')).toBe(backupBefore);
  });

  it('a save into a damaged file on a full disk still leaves the backup for the next start', async () => {
    await twoSaves();
    await fsp.writeFile(dataFile(), 'garbage');
    const result = await faulty({ diskFullFor: tempFor(DATA_FILE) }).save(withBookmark('lost'));
    expect(result.ok).toBe(false);
    const next = await healthy().load();
    expect(next.data).toEqual(withBookmark('older'));
    expect(next.notices).toHaveLength(1);
  });
});

describe('user-data store in a read-only folder', () => {
  it('reads the data, says at once that changes will not be kept, and refuses saves plainly', async () => {
    await twoSaves();
    const store = faulty({ readOnly: true });

    const loaded = await store.load();
    expect(loaded.data).toEqual(withBookmark('newer'));
    expect(loaded.notices).toEqual([
      `Service Atlas can read your saved data but cannot write to its data folder (${dir}): it is read-only or belongs to another user, so changes you make now will not be kept. Make the folder writable and restart to keep your changes.`,
    ]);

    const saved = await store.save(withBookmark('lost'));
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.notice).toMatch(
      /^Your changes were not saved because Service Atlas is not allowed to write/,
    );
    expect(await healthy().load()).toEqual({ data: withBookmark('newer'), notices: [] });
  });

  it('recovers a damaged file from the backup without moving or deleting anything', async () => {
    await twoSaves();
    await fsp.writeFile(dataFile(), 'garbage');
    const loaded = await faulty({ readOnly: true }).load();
    expect(loaded.data).toEqual(withBookmark('older'));
    expect(loaded.notices[1]).toContain(`the damaged data was kept as ${DATA_FILE} (unchanged)`);
    expect(await fsp.readFile(dataFile(), 'utf8')).toBe('garbage');
    expect(await files()).toEqual([BACKUP_FILE, DATA_FILE]);
  });

  it('does not fail the start over leftover temp files it cannot remove', async () => {
    await twoSaves();
    const leftover = path.join(dir, `${tempPrefix(DATA_FILE)}999999-dead-1`);
    await fsp.writeFile(leftover, '{');
    const store = createUserDataStore(dir, { fs: faultyFs({ readOnly: true }), isProcessAlive: () => false });
    expect((await store.load()).data).toEqual(withBookmark('newer'));
  });
});

describe('two instances on one data folder', () => {
  it("a starting instance never deletes the temp file of another instance's save in flight", async () => {
    await twoSaves();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const first = faulty({ holdWritesFor: tempFor(DATA_FILE), gate });
    const saving = first.save(withBookmark('from the first instance'));
    // Wait until the first instance's temp file exists, then start a second instance.
    for (let i = 0; i < 200 && !(await files()).some(tempFor(DATA_FILE)); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const temps = (await files()).filter(tempFor(DATA_FILE));
    expect(temps).toHaveLength(1);

    await healthy().load();
    expect(await files()).toContain(temps[0]);

    release();
    expect(await saving).toEqual({ ok: true });
    expect((await healthy().load()).data).toEqual(withBookmark('from the first instance'));
  });

  it('removes leftovers of writers that are gone and keeps those of running ones', async () => {
    await twoSaves();
    const live = `${tempPrefix(DATA_FILE)}4242-abcd1234-1`;
    const dead = `${tempPrefix(DATA_FILE)}4343-abcd1234-1`;
    await fsp.writeFile(path.join(dir, live), '{');
    await fsp.writeFile(path.join(dir, dead), '{');
    await createUserDataStore(dir, { isProcessAlive: (pid) => pid === 4242 }).load();
    expect(await files()).toEqual([live, BACKUP_FILE, DATA_FILE].sort());
  });

  it('names temp files uniquely, so two writers in one folder never share one', async () => {
    const a = createUserDataStore(dir);
    const b = createUserDataStore(dir);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).save(withBookmark(`n${i}`))),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await files()).toEqual([BACKUP_FILE, DATA_FILE]);
  });
});

describe('user-data size bound', () => {
  it(`refuses a save above ${MAX_USER_DATA_BYTES / 1024 / 1024} MiB with a notice, leaving the file as it was`, async () => {
    await twoSaves();
    const huge = {
      ...emptyUserData(),
      bookmarks: Array.from({ length: 9000 }, (_, i) => `${i}`.padEnd(1000, 'x')),
    };
    const result = await healthy().save(huge);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.notice).toMatch(
      /your data would take 8\.\d MiB, more than the 8 MiB Service Atlas stores/,
    );
    expect(await healthy().load()).toEqual({ data: withBookmark('newer'), notices: [] });
  });

  it('accepts a save just under the bound', async () => {
    const big = {
      ...emptyUserData(),
      bookmarks: Array.from({ length: 7000 }, (_, i) => `${i}`.padEnd(1000, 'x')),
    };
    expect(await healthy().save(big)).toEqual({ ok: true });
    expect((await healthy().load()).data.bookmarks).toHaveLength(7000);
  });

  it('reads a stored file far above the bound as damaged instead of loading it whole', async () => {
    await twoSaves();
    await fsp.writeFile(dataFile(), Buffer.alloc(2 * MAX_USER_DATA_BYTES + 1, 0x20));
    const loaded = await healthy().load();
    expect(loaded.data).toEqual(withBookmark('older'));
    expect(loaded.notices[0]).toContain('(it was 16 MiB, far larger than any saved data)');
  });
});
