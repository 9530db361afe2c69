import { fork } from 'node:child_process';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyUserData, USER_DATA_VERSION, type UserData } from '../../contract/user-data';
import { BACKUP_FILE, createUserDataStore, DATA_FILE, serializeUserData } from './storage';
import { stressDocument } from './storage-stress-writer';

let dir: string;
const at = new Date('2025-03-04T05:06:07.089Z');
const store = () => createUserDataStore(dir, { now: () => at });
const dataFile = () => path.join(dir, DATA_FILE);
const backupFile = () => path.join(dir, BACKUP_FILE);

function withBookmark(name: string): UserData {
  return { ...emptyUserData(), bookmarks: [name] };
}

async function files(): Promise<string[]> {
  return (await fsp.readdir(dir)).sort();
}

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-store-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('user-data store', () => {
  it('starts empty without a notice when there is no file yet', async () => {
    const result = await store().load();
    expect(result).toEqual({ data: emptyUserData(), notices: [] });
  });

  it('reads back what it saved, and keeps the previous good copy as the backup', async () => {
    const s = store();
    expect(await s.save(withBookmark('ecs'))).toEqual({ ok: true });
    expect(await s.save(withBookmark('eks'))).toEqual({ ok: true });
    expect((await store().load()).data.bookmarks).toEqual(['eks']);
    expect(JSON.parse(await fsp.readFile(backupFile(), 'utf8')).bookmarks).toEqual(['ecs']);
    expect(await files()).toEqual([BACKUP_FILE, DATA_FILE]);
  });

  it('runs overlapping saves one at a time, so the last call wins', async () => {
    const s = store();
    await Promise.all(Array.from({ length: 25 }, (_, i) => s.save(withBookmark(`n${i}`))));
    expect((await store().load()).data.bookmarks).toEqual(['n24']);
    expect(JSON.parse(await fsp.readFile(backupFile(), 'utf8')).bookmarks).toEqual(['n23']);
    expect(await files()).toEqual([BACKUP_FILE, DATA_FILE]);
  });

  const damaged: Array<[string, string, string]> = [
    ['an empty file', '', 'it was empty'],
    [
      'a file cut off mid-write',
      serializeUserData(withBookmark('lost')).slice(0, 40),
      'it was cut off before the end',
    ],
    ['a file that is not JSON', 'bookmarks: ecs, eks', 'not valid JSON'],
    [
      'a file that breaks the schema',
      JSON.stringify({ version: USER_DATA_VERSION, bookmarks: 'ecs' }),
      'its contents did not match what this version of Service Atlas expects',
    ],
  ];

  for (const [label, content, reason] of damaged) {
    it(`recovers from ${label}: restores the backup and keeps the damaged file aside`, async () => {
      const s = store();
      await s.save(withBookmark('older'));
      await s.save(withBookmark('newer'));
      await fsp.writeFile(dataFile(), content);

      const result = await store().load();

      expect(result.data.bookmarks).toEqual(['older']);
      const keptAs = 'atlas-data.corrupt-2025-03-04T05-06-07-089Z.json';
      expect(result.notices).toHaveLength(1);
      expect(result.notices[0]).toContain(`Your saved data could not be read (${reason}); the backup from `);
      expect(result.notices[0]).toContain(`was restored and the damaged data was kept as ${keptAs}.`);
      expect(await fsp.readFile(path.join(dir, keptAs), 'utf8')).toBe(content);
      // The restored data is on disk again, so a restart without saving does not lose it.
      expect((await store().load()).notices).toEqual([]);
      expect((await store().load()).data.bookmarks).toEqual(['older']);
    });

    it(`starts empty from ${label} when there is no usable backup, and says so`, async () => {
      await fsp.writeFile(dataFile(), content);
      await fsp.writeFile(backupFile(), '{"version": 1, "bookm');

      const result = await store().load();

      expect(result.data).toEqual(emptyUserData());
      expect(result.notices[0]).toBe(
        `Your saved data could not be read (${reason}) and no usable backup was found, so Service Atlas started with empty data; the damaged data was kept as atlas-data.corrupt-2025-03-04T05-06-07-089Z.json.`,
      );
      expect(await files()).toEqual([BACKUP_FILE, 'atlas-data.corrupt-2025-03-04T05-06-07-089Z.json']);
    });
  }

  it('never overwrites a file from a newer version, and refuses saves with a reason', async () => {
    const s = store();
    await s.save(withBookmark('from v1'));
    await s.save(withBookmark('also v1'));
    const newer = JSON.stringify({ version: USER_DATA_VERSION + 1, somethingNew: { a: 1 } }, null, 4);
    await fsp.writeFile(dataFile(), newer);

    const result = await store().load();
    expect(result.data.bookmarks).toEqual(['from v1']);
    expect(result.notices).toHaveLength(1);
    expect(result.notices[0]).toContain(
      `written by a newer version of Service Atlas (data version ${USER_DATA_VERSION + 1}`,
    );
    expect(result.notices[0]).toContain('changes you make now will not be saved');

    const saved = await s.save(withBookmark('should not land'));
    expect(saved.ok).toBe(false);
    expect(saved.ok === false && saved.notice).toMatch(/^Your changes were not saved: .*newer version/);
    expect(await fsp.readFile(dataFile(), 'utf8')).toBe(newer);
    expect(JSON.parse(await fsp.readFile(backupFile(), 'utf8')).bookmarks).toEqual(['from v1']);
    expect(await files()).toEqual([BACKUP_FILE, DATA_FILE]);
  });

  it('keeps a file damaged after loading aside instead of overwriting it on the next save', async () => {
    const s = store();
    await s.save(withBookmark('good'));
    await s.save(withBookmark('better'));
    await fsp.writeFile(dataFile(), 'garbage');
    await s.save(withBookmark('next'));
    expect(
      await fsp.readFile(path.join(dir, 'atlas-data.corrupt-2025-03-04T05-06-07-089Z.json'), 'utf8'),
    ).toBe('garbage');
    // The damaged file never becomes the backup.
    expect(JSON.parse(await fsp.readFile(backupFile(), 'utf8')).bookmarks).toEqual(['good']);
    expect((await store().load()).data.bookmarks).toEqual(['next']);
  });

  it('removes temp files a crashed save left behind', async () => {
    await store().save(withBookmark('x'));
    await fsp.writeFile(path.join(dir, `.${DATA_FILE}.tmp-999-1`), '{"version":1,"bo');
    await createUserDataStore(dir, { isProcessAlive: (pid) => pid !== 999 }).load();
    expect(await files()).toEqual([DATA_FILE]);
  });
});

describe('user-data store under SIGKILL', () => {
  const writer = path.join(__dirname, 'storage-stress-writer.ts');

  /** Starts a writer that saves stressDocument(first), (first+1), ... until killed. */
  function startWriter(first: number) {
    const child = fork(writer, [dir, String(first)], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    // Ready once the writer has completed its first save, so that every kill lands among saves.
    const ready = new Promise<void>((resolve, reject) => {
      child.on('message', (m) => {
        if (typeof m === 'object' && m !== null && 'saved' in m) resolve();
      });
      child.once('exit', (code) => reject(new Error(`writer exited early (${code})`)));
    });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    return { child, ready, exited };
  }

  function numberOf(text: string): number {
    const data = JSON.parse(text) as UserData;
    const n = Number(data.bookmarks[0]?.split('-')[1]);
    expect(text).toBe(serializeUserData(stressDocument(n)));
    return n;
  }

  it('always leaves the old or a new complete document, never a broken one', async () => {
    const rounds = 24;
    let last = 0;
    const seen = new Set<number>();
    const deadline = Date.now() + 90_000;
    for (let round = 0; round < rounds && Date.now() < deadline; round += 1) {
      const { child, ready, exited } = startWriter(last + 1);
      await ready;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 60));
      child.kill('SIGKILL');
      await exited;

      const text = fs.existsSync(dataFile()) ? await fsp.readFile(dataFile(), 'utf8') : null;
      expect(text).not.toBeNull();
      const n = numberOf(text!);
      // The writer completed document last+1 before the kill, so at least that one survived.
      expect(n).toBeGreaterThan(last);
      // A kill between refreshing the backup and replacing the file leaves both at the same document.
      if (fs.existsSync(backupFile())) {
        expect(numberOf(await fsp.readFile(backupFile(), 'utf8'))).toBeLessThanOrEqual(n);
      }

      const loaded = await store().load();
      expect(loaded.notices).toEqual([]);
      expect(loaded.data).toEqual(stressDocument(n));
      last = n;
      seen.add(n);
    }
    // Enough rounds must have run before the deadline, each killing a writer mid-stream, to mean something.
    expect(seen.size).toBeGreaterThanOrEqual(10);
    console.info(`SIGKILL test: ${seen.size} distinct documents survived, up to number ${last}`);
  }, 120_000);
});
