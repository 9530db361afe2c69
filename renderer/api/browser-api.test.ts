import { describe, expect, it, vi } from 'vitest';
import { emptyUserData, USER_DATA_VERSION, type UserData } from '../../contract/user-data';
import { BACKUP_KEY, createBrowserApi, NOTES_IN_BROWSER, STORAGE_KEY } from './browser-api';

/** A localStorage stand-in; `quota` makes setItem throw like a full browser storage. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  quota = Infinity;
  get length() {
    return this.map.size;
  }
  clear() {
    this.map.clear();
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  key(index: number) {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
}

const at = new Date('2025-03-04T05:06:07.089Z');
const withBookmark = (b: string): UserData => ({ ...emptyUserData(), bookmarks: [b] });

function setup() {
  const storage = new MemoryStorage();
  const download = vi.fn<(name: string, blob: Blob) => void>();
  const api = createBrowserApi({ storage, download, now: () => at, version: '0.1.0' });
  return { storage, download, api };
}

describe('browser AtlasApi', () => {
  it('says it is the web build', async () => {
    const { api } = setup();
    expect(api.platform).toBe('web');
    expect(await api.appInfo()).toEqual({ platform: 'web', version: '0.1.0' });
  });

  it('saves to localStorage, reads it back and keeps the previous copy as a backup', async () => {
    const { api, storage } = setup();
    expect(await api.loadUserData()).toEqual({ data: emptyUserData(), notices: [] });
    await api.saveUserData(withBookmark('ecs'));
    await api.saveUserData(withBookmark('eks'));
    expect((await api.loadUserData()).data.bookmarks).toEqual(['eks']);
    expect(JSON.parse(storage.getItem(BACKUP_KEY)!).bookmarks).toEqual(['ecs']);
  });

  for (const [label, value] of [
    ['empty', ''],
    ['cut off', '{"version":1,"bookmarks":["e'],
    ['not JSON', 'hello'],
    ['schema-invalid', '{"version":1,"bookmarks":7}'],
  ]) {
    it(`recovers from a ${label} value: backup restored, damaged value kept under another key`, async () => {
      const { api, storage } = setup();
      await api.saveUserData(withBookmark('older'));
      await api.saveUserData(withBookmark('newer'));
      storage.setItem(STORAGE_KEY, value!);

      const result = await api.loadUserData();

      expect(result.data.bookmarks).toEqual(['older']);
      const key = 'service-atlas:user-data:corrupt-2025-03-04T05-06-07-089Z';
      expect(storage.getItem(key)).toBe(value);
      expect(result.notices).toHaveLength(1);
      expect(result.notices[0]).toMatch(
        /^Your saved data could not be read \(.+\); the backup from .+ was restored/,
      );
      expect(result.notices[0]).toContain(`"${key}" in this browser's storage`);
      expect((await api.loadUserData()).notices).toEqual([]);
    });
  }

  it('starts empty and says so when there is no backup', async () => {
    const { api, storage } = setup();
    storage.setItem(STORAGE_KEY, 'oops');
    const result = await api.loadUserData();
    expect(result.data).toEqual(emptyUserData());
    expect(result.notices[0]).toContain(
      'no usable backup was found, so Service Atlas started with empty data',
    );
  });

  it('never overwrites data from a newer version', async () => {
    const { api, storage } = setup();
    const newer = JSON.stringify({ version: USER_DATA_VERSION + 1, novel: true });
    storage.setItem(STORAGE_KEY, newer);
    const loaded = await api.loadUserData();
    expect(loaded.notices[0]).toContain('written by a newer version of Service Atlas');
    const saved = await api.saveUserData(withBookmark('x'));
    expect(saved.ok).toBe(false);
    expect(storage.getItem(STORAGE_KEY)).toBe(newer);
  });

  it('reports a full storage instead of failing silently', async () => {
    const { api, storage } = setup();
    storage.quota = 10;
    const saved = await api.saveUserData(withBookmark('x'));
    expect(saved).toEqual({
      ok: false,
      notice: expect.stringContaining('storage for Service Atlas is full'),
    });
  });

  it('exports as a download with the right name, type and bytes', async () => {
    const { api, download } = setup();
    const png = btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47));
    expect(
      await api.saveExport({ suggestedName: 'atlas', format: 'png', data: png, encoding: 'base64' }),
    ).toEqual({
      saved: true,
    });
    const [name, blob] = download.mock.calls[0]!;
    expect(name).toBe('atlas.png');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });

  it('has no menu: subscribing is harmless and returns an unsubscribe', () => {
    const { api } = setup();
    const unsubscribe = api.onMenuCommand(() => undefined);
    expect(unsubscribe).toBeTypeOf('function');
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('browser AtlasApi: notes folders and multi-file exports', () => {
  it('points folder opening at the folder picker, and never fires desktop-only events', async () => {
    const { api } = setup();
    expect(await api.openNotes({ path: '/home/u/notes', merge: false })).toEqual({
      status: 'failed',
      message: NOTES_IN_BROWSER,
    });
    expect(await api.closeNotes()).toEqual({ closed: false });
    expect(api.pathForDroppedFile(new File(['x'], 'a.md'))).toBeNull();
    const unsubscribe = api.onNotesChanged(() => undefined);
    expect(() => unsubscribe()).not.toThrow();
    expect(() => api.onOpenRecent(() => undefined)()).not.toThrow();
  });

  it('downloads each file of a multi-file export, and refuses names with folders', async () => {
    const { api, download } = setup();
    const result = await api.saveExport({
      files: [
        { name: 'nodes.csv', mediaType: 'text/csv', text: 'id\necs\n' },
        { name: 'edges.csv', mediaType: 'text/csv', text: 'from,to\n' },
      ],
    });
    expect(result).toEqual({ saved: true, files: ['nodes.csv', 'edges.csv'] });
    expect(download.mock.calls.map(([name, blob]) => [name, blob.type])).toEqual([
      ['nodes.csv', 'text/csv'],
      ['edges.csv', 'text/csv'],
    ]);
    await expect(
      api.saveExport({ files: [{ name: '../nodes.csv', mediaType: 'text/csv', text: 'x' }] }),
    ).rejects.toThrow();
  });
});
