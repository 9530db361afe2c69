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
      ['appInfo', 'loadUserData', 'onMenuCommand', 'platform', 'saveExport', 'saveUserData'].sort(),
    );
    expect(api.platform).toBe('electron');
    for (const value of Object.values(api)) expect(['function', 'string']).toContain(typeof value);
  });

  it('maps each method to its contract channel', async () => {
    await api.loadUserData();
    await api.saveExport({ suggestedName: 'g', format: 'svg', data: '<svg/>', encoding: 'utf8' });
    await api.appInfo();
    expect(fake.invoke.mock.calls).toEqual([
      ['userData:load'],
      ['export:save', { suggestedName: 'g', format: 'svg', data: '<svg/>', encoding: 'utf8' }],
      ['app:info'],
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
});
