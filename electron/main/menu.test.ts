import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, MENU_CONFIRMATIONS, type MenuCommand } from '../../contract/ipc';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t) => t) } }));

const { buildMenuTemplate } = await import('./menu');

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** Clicks every item and records which command each one sent. */
function commandItems(platform: NodeJS.Platform) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate((c) => sent.push(c), {
    platform,
    appName: 'Service Atlas',
    devTools: false,
  });
  const items = flatten(template).filter((item) => item.click);
  return items.map((item) => {
    (item.click as () => void)();
    return {
      command: sent.at(-1),
      accelerator: item.accelerator,
      registered: item.registerAccelerator !== false,
    };
  });
}

describe('application menu', () => {
  it('offers every menu command exactly once', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const commands = commandItems(platform).map((i) => i.command);
      expect([...commands].sort()).toEqual([...MENU_COMMANDS].sort());
    }
  });

  it('binds the documented shortcuts', () => {
    const byCommand = new Map(commandItems('linux').map((i) => [i.command, i]));
    const expected: Partial<Record<MenuCommand, string>> = {
      search: 'CmdOrCtrl+K',
      back: 'Alt+Left',
      forward: 'Alt+Right',
      fit: 'CmdOrCtrl+0',
      'zoom-in': 'CmdOrCtrl+=',
      'zoom-out': 'CmdOrCtrl+-',
      'toggle-theme': 'CmdOrCtrl+Shift+L',
      outline: 'CmdOrCtrl+Shift+O',
      'leave-focus': 'Escape',
    };
    for (const [command, accelerator] of Object.entries(expected)) {
      expect(byCommand.get(command as MenuCommand)?.accelerator, command).toBe(accelerator);
    }
    const accelerators = [...byCommand.values()].map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('leaves Escape to the page, so it can still close a dialog first', () => {
    const leave = commandItems('linux').find((i) => i.command === 'leave-focus');
    expect(leave?.registered).toBe(false);
  });

  it('leaves Alt+Arrow to the page, so text fields keep it for moving by word', () => {
    const items = commandItems('linux');
    for (const command of ['back', 'forward'] as const)
      expect(items.find((i) => i.command === command)?.registered, command).toBe(false);
  });

  it('has the app menu on macOS and the editing roles text fields need', () => {
    const mac = buildMenuTemplate(() => undefined, {
      platform: 'darwin',
      appName: 'Service Atlas',
      devTools: true,
    });
    expect(mac[0]?.label).toBe('Service Atlas');
    const roles = flatten(mac).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['copy', 'paste', 'selectAll', 'quit', 'toggleDevTools']));
    const linux = buildMenuTemplate(() => undefined, {
      platform: 'linux',
      appName: 'Service Atlas',
      devTools: false,
    });
    expect(flatten(linux).map((i) => i.role)).not.toContain('toggleDevTools');
  });
});

describe('File menu: notes folders', () => {
  const folders = [
    { path: '/home/u/notes/aws', merge: false, openedAt: '2025-01-02T00:00:00.000Z' },
    { path: '/srv/R&D vault', merge: true, openedAt: '2025-01-01T00:00:00.000Z' },
  ];

  function openRecent(list: typeof folders) {
    const opened: unknown[] = [];
    let cleared = 0;
    const template = buildMenuTemplate(() => undefined, {
      platform: 'linux',
      appName: 'Service Atlas',
      devTools: false,
      home: '/home/u',
      recent: { folders: list, open: (f) => opened.push(f), clear: () => (cleared += 1) },
    });
    const file = template.find((i) => i.label === 'File')!.submenu as MenuItemConstructorOptions[];
    const recent = file.find((i) => i.label === 'Open Recent')!.submenu as MenuItemConstructorOptions[];
    return { file, recent, opened, cleared: () => cleared };
  }

  it('lists recent folders most recent first, opens the one picked, and can be cleared', () => {
    const { recent, opened, cleared } = openRecent(folders);
    expect(recent.map((i) => i.label)).toEqual([
      '~/notes/aws',
      '/srv/R&&D vault (with built-in graph)',
      undefined,
      'Clear Recent',
    ]);
    (recent[1]!.click as () => void)();
    expect(opened).toEqual([folders[1]]);
    (recent[3]!.click as () => void)();
    expect(cleared()).toBe(1);
  });

  it('says there is nothing recent instead of an empty submenu', () => {
    expect(openRecent([]).recent).toEqual([{ label: 'No Recent Folders', enabled: false }]);
  });

  it('opens notes alone or merged, and closes them, from the File menu', () => {
    const labels = openRecent([]).file.map((i) => i.label);
    expect(labels.slice(0, 4)).toEqual([
      'Open Notes Folder…',
      'Open Notes Folder with Built-in Graph…',
      'Open Recent',
      'Close Notes (Back to Built-in Graph)',
    ]);
  });

  it('marks Reset Layout as a command the renderer confirms', () => {
    const template = buildMenuTemplate(() => undefined, { platform: 'linux', appName: 'A', devTools: false });
    const reset = flatten(template).find((i) => i.accelerator === 'CmdOrCtrl+Shift+0');
    expect(reset?.label).toBe('Reset Layout…');
    expect(MENU_CONFIRMATIONS.reset.question).toMatch(/positions you dragged/);
  });
});
