import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_WORKSPACE, emptyUserData, workspaceData } from '../../contract/user-data';
import { createUserDataStore, DATA_FILE, olderVersionCopy } from './storage';

let dir: string;
let notes: string;
let clock = 0;
const store = () => createUserDataStore(dir, { now: () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++)) });

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-recent-'));
  notes = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-notes-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
  await fsp.rm(notes, { recursive: true, force: true });
});

async function folders(...names: string[]): Promise<string[]> {
  return Promise.all(
    names.map(async (name) => {
      const p = path.join(notes, name);
      await fsp.mkdir(p);
      return p;
    }),
  );
}

describe('user data from version 1', () => {
  it('migrates a version-1 file: its data becomes the built-in workspace and the old file is kept', async () => {
    const v1 = `${JSON.stringify({ version: 1, settings: { theme: 'light' }, bookmarks: ['eks'], positions: {}, views: [], progress: {} })}\n`;
    await fsp.writeFile(path.join(dir, DATA_FILE), v1);
    const s = store();
    const loaded = await s.load();
    expect(loaded.notices).toEqual([]);
    expect(loaded.data.version).toBe(2);
    expect(workspaceData(loaded.data, BUILTIN_WORKSPACE).bookmarks).toEqual(['eks']);
    expect(await fsp.readFile(path.join(dir, olderVersionCopy(1)), 'utf8')).toBe(v1);

    expect(await s.save(loaded.data)).toEqual({ ok: true });
    const stored = JSON.parse(await fsp.readFile(path.join(dir, DATA_FILE), 'utf8'));
    expect(stored).toMatchObject({ version: 2, bookmarks: ['eks'], workspaces: {}, recentFolders: [] });
  });
});

describe('recent notes folders', () => {
  it('lists the most recent first, once each, at most ten, and keeps the list across starts', async () => {
    const paths = await folders(...Array.from({ length: 12 }, (_, i) => `n${i}`));
    const s = store();
    await s.load();
    for (const p of paths) await s.rememberFolder({ path: p, merge: false });
    await s.rememberFolder({ path: paths[3]!, merge: true });

    const list = s.recentFolders();
    expect(list.map((f) => path.basename(f.path))).toEqual([
      'n3',
      'n11',
      'n10',
      'n9',
      'n8',
      'n7',
      'n6',
      'n5',
      'n4',
      'n2',
    ]);
    expect(list[0]?.merge).toBe(true);
    expect((await store().load()).data.recentFolders).toEqual(list);
  });

  it("keeps main's list when the renderer saves a document with a stale one", async () => {
    const [a] = await folders('a');
    const s = store();
    const { data } = await s.load();
    await s.rememberFolder({ path: a!, merge: false });
    await s.save({ ...data, bookmarks: ['ecs'] });
    const next = (await store().load()).data;
    expect(next.bookmarks).toEqual(['ecs']);
    expect(next.recentFolders.map((f) => f.path)).toEqual([a]);
  });

  it('drops folders that are gone, says which, and does not say it again next start', async () => {
    const [kept, gone] = await folders('kept', 'gone');
    const s = store();
    await s.load();
    await s.rememberFolder({ path: kept!, merge: false });
    await s.rememberFolder({ path: gone!, merge: true });
    await fsp.rm(gone!, { recursive: true });

    const loaded = await store().load();
    expect(loaded.data.recentFolders.map((f) => f.path)).toEqual([kept]);
    expect(loaded.notices).toEqual([
      `The notes folder ${gone} is no longer there (moved, renamed or deleted), so it was removed from File > Open Recent.`,
    ]);
    expect((await store().load()).notices).toEqual([]);
  });

  it('forgets one folder', async () => {
    const [a, b] = await folders('a', 'b');
    const s = store();
    await s.load();
    await s.rememberFolder({ path: a!, merge: false });
    await s.rememberFolder({ path: b!, merge: false });
    expect((await s.forgetFolder(b!)).map((f) => f.path)).toEqual([a]);
    expect((await store().load()).data.recentFolders.map((f) => f.path)).toEqual([a]);
  });

  it('clears the list', async () => {
    const [a] = await folders('a');
    const s = store();
    await s.load();
    await s.rememberFolder({ path: a!, merge: false });
    await s.clearRecentFolders();
    expect(s.recentFolders()).toEqual([]);
    expect((await store().load()).data).toEqual(emptyUserData());
  });
});
