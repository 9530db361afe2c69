import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyUserData } from '../../contract/user-data';

const fake = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) =>
      fake.handlers.set(channel, fn),
  },
}));

const { handle, sendEvent, trustWindow } = await import('./ipc');

function frame(
  url: string,
  overrides: Partial<{ parent: unknown; processId: number; routingId: number }> = {},
) {
  return { url, parent: null, processId: 7, routingId: 1, ...overrides };
}

function makeWindow(url = 'atlas://app/index.html') {
  const mainFrame = frame(url);
  const webContents = { mainFrame, send: vi.fn() };
  return { webContents, isDestroyed: () => false };
}

let win: ReturnType<typeof makeWindow>;
const ownEvent = () => ({ sender: win.webContents, senderFrame: win.webContents.mainFrame });
const call = (channel: string, event: unknown, ...args: unknown[]) =>
  fake.handlers.get(channel)!(event, ...args);

beforeEach(() => {
  fake.handlers.clear();
  win = makeWindow();
  trustWindow(() => win as never);
});

describe('ipc handle()', () => {
  it('passes a valid call from the app window to the implementation and returns its result', async () => {
    const impl = vi.fn(async () => ({ ok: true as const }));
    handle('userData:save', impl);
    const data = { ...emptyUserData(), bookmarks: ['ecs'] };
    await expect(call('userData:save', ownEvent(), data)).resolves.toEqual({ ok: true });
    expect(impl).toHaveBeenCalledWith(data);
  });

  it('rejects a malformed payload without calling the implementation', async () => {
    const impl = vi.fn(async () => ({ saved: true }));
    handle('export:save', impl);
    const bad = [
      [],
      [{ suggestedName: 'graph', format: 'exe', data: 'x', encoding: 'utf8' }],
      [{ suggestedName: 'graph', format: 'png', data: 42, encoding: 'base64' }],
      [{ suggestedName: 'graph', format: 'png', data: 'x', encoding: 'utf8' }, 'extra'],
    ];
    for (const args of bad) {
      await expect(call('export:save', ownEvent(), ...args)).rejects.toThrow(
        /Refused export:save: invalid arguments/,
      );
    }
    expect(impl).not.toHaveBeenCalled();
  });

  it('rejects user data that breaks the schema', async () => {
    const impl = vi.fn(async () => ({ ok: true as const }));
    handle('userData:save', impl);
    await expect(call('userData:save', ownEvent(), { version: 99 })).rejects.toThrow(/invalid arguments/);
    expect(impl).not.toHaveBeenCalled();
  });

  it('opens notes only for a well-formed request, and refuses change events outside the contract', async () => {
    const impl = vi.fn(async () => ({ status: 'canceled' as const }));
    handle('notes:open', impl);
    for (const args of [
      [{}],
      [{ merge: 'yes' }],
      [{ path: '/a\0b', merge: false }],
      [{ path: '', merge: true }],
    ]) {
      await expect(call('notes:open', ownEvent(), ...args)).rejects.toThrow(
        /Refused notes:open: invalid arguments/,
      );
    }
    await expect(call('notes:open', ownEvent(), { path: '/home/u/notes', merge: true })).resolves.toEqual({
      status: 'canceled',
    });
    expect(impl).toHaveBeenCalledTimes(1);
    const escaping = {
      folder: '/n',
      changed: [{ path: '../etc/passwd', text: 'x' }],
      removed: [],
      problems: [],
    };
    expect(() => sendEvent(win as never, 'notes:watch', escaping)).toThrow();
    expect(win.webContents.send).not.toHaveBeenCalled();
  });

  const foreign: Array<[string, () => unknown]> = [
    [
      'another webContents',
      () => ({ sender: { mainFrame: frame('atlas://app/') }, senderFrame: frame('atlas://app/') }),
    ],
    [
      'a subframe of the app window',
      () => ({
        sender: win.webContents,
        senderFrame: frame('atlas://app/x.html', { parent: {}, routingId: 2 }),
      }),
    ],
    [
      'a frame with another routing id',
      () => ({ sender: win.webContents, senderFrame: frame('atlas://app/', { routingId: 9 }) }),
    ],
    ['a frame that is gone', () => ({ sender: win.webContents, senderFrame: null })],
  ];
  for (const [label, event] of foreign) {
    it(`rejects a call from ${label}`, async () => {
      const impl = vi.fn(() => ({ platform: 'electron' as const, version: '1' }));
      handle('app:info', impl);
      await expect(call('app:info', event())).rejects.toThrow(/^Refused app:info: the sen/);
      expect(impl).not.toHaveBeenCalled();
    });
  }

  for (const url of [
    'https://evil.example/',
    'file:///tmp/index.html',
    'atlas://app.evil/index.html',
    'about:blank',
  ]) {
    it(`rejects a call from the app window's main frame showing ${url}`, async () => {
      win = makeWindow(url);
      const impl = vi.fn(() => ({ platform: 'electron' as const, version: '1' }));
      handle('app:info', impl);
      await expect(call('app:info', ownEvent())).rejects.toThrow(/is not the app/);
      expect(impl).not.toHaveBeenCalled();
    });
  }

  it('rejects every call when no app window is open', async () => {
    trustWindow(() => null);
    const impl = vi.fn(() => ({ platform: 'electron' as const, version: '1' }));
    handle('app:info', impl);
    await expect(call('app:info', ownEvent())).rejects.toThrow(/app window is not open/);
    expect(impl).not.toHaveBeenCalled();
  });

  it('refuses to hand the renderer a result that breaks the contract', async () => {
    handle('app:info', () => ({ platform: 'mainframe', version: 1 }) as never);
    await expect(call('app:info', ownEvent())).rejects.toThrow();
  });
});

describe('sendEvent()', () => {
  it('sends a menu command to the window, and refuses one outside the contract', () => {
    sendEvent(win as never, 'menu:command', 'zoom-in');
    expect(win.webContents.send).toHaveBeenCalledWith('menu:command', 'zoom-in');
    expect(() => sendEvent(win as never, 'menu:command', 'format-disk' as never)).toThrow();
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });
});
