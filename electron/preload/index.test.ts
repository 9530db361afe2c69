import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, Record<string, unknown>>(),
    listeners,
    invoke: vi.fn(async (..._args: unknown[]) => 'result'),
  };
});

vi.mock('electron', () => ({
  webUtils: {
    getPathForFile: (file: { name: string }) => (file.name === 'dropped' ? '/home/u/notes' : ''),
  },
  contextBridge: {
    exposeInMainWorld: (key: string, value: Record<string, unknown>) => fake.exposed.set(key, value),
  },
  ipcRenderer: {
    invoke: fake.invoke,
    on: (channel: string, fn: (...args: unknown[]) => void) => {
      if (!fake.listeners.has(channel)) fake.listeners.set(channel, new Set());
      fake.listeners.get(channel)!.add(fn);
    },
    removeListener: (channel: string, fn: (...args: unknown[]) => void) =>
      fake.listeners.get(channel)?.delete(fn),
  },
}));

await import('./index');
const api = fake.exposed.get('atlas') as unknown as import('../../contract/api').AtlasApi;

function emitMenu(payload: unknown) {
  for (const fn of fake.listeners.get('menu:command') ?? []) fn({ sender: 'ipc event object' }, payload);
}

describe('preload', () => {
  it('exposes one small API as window.atlas, with no ipcRenderer in it', () => {
    expect([...fake.exposed.keys()]).toEqual(['atlas']);
    expect(Object.keys(api).sort()).toEqual(
      [
        'appInfo',
        'closeNotes',
        'loadUserData',
        'onMenuCommand',
        'onNotesChanged',
        'onOpenRecent',
        'openNotes',
        'pathForDroppedFile',
        'platform',
        'saveExport',
        'saveUserData',
      ].sort(),
    );
    expect(api.platform).toBe('electron');
    for (const value of Object.values(api)) expect(['function', 'string']).toContain(typeof value);
  });

  it('maps each method to its contract channel', async () => {
    await api.loadUserData();
    await api.saveExport({ suggestedName: 'g', format: 'svg', data: '<svg/>', encoding: 'utf8' });
    await api.appInfo();
    await api.openNotes({ merge: true });
    await api.closeNotes();
    expect(fake.invoke.mock.calls).toEqual([
      ['userData:load'],
      ['export:save', { suggestedName: 'g', format: 'svg', data: '<svg/>', encoding: 'utf8' }],
      ['app:info'],
      ['notes:open', { merge: true }],
      ['notes:close'],
    ]);
  });

  it('hands menu subscribers the command only, ignores unknown ones, and unsubscribes', () => {
    const cb = vi.fn();
    const unsubscribe = api.onMenuCommand(cb);
    emitMenu('zoom-in');
    emitMenu('rm -rf');
    expect(cb.mock.calls).toEqual([['zoom-in']]);
    unsubscribe();
    emitMenu('fit');
    expect(cb).toHaveBeenCalledTimes(1);
    expect(fake.listeners.get('menu:command')?.size).toBe(0);
  });

  it('hands folder-change subscribers the change only, and unsubscribes', () => {
    const cb = vi.fn();
    const unsubscribe = api.onNotesChanged(cb);
    const change = { folder: '/n', changed: [{ path: 'a.md', text: '# A' }], removed: [], problems: [] };
    for (const fn of fake.listeners.get('notes:watch') ?? []) fn({ sender: 'ipc event object' }, change);
    expect(cb.mock.calls).toEqual([[change]]);
    unsubscribe();
    expect(fake.listeners.get('notes:watch')?.size).toBe(0);
    const recent = vi.fn();
    api.onOpenRecent(recent)();
    expect(fake.listeners.get('menu:open-recent')?.size).toBe(0);
  });

  it('tells the path of a dropped folder, and null for a file without one', () => {
    expect(api.pathForDroppedFile({ name: 'dropped', size: 1, type: '' })).toBe('/home/u/notes');
    expect(api.pathForDroppedFile({ name: 'pasted', size: 1, type: '' })).toBeNull();
  });
});
