import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../contract/ipc';
import type { RecentFolder } from '../../contract/user-data';

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Adds "Toggle Developer Tools"; only for unpackaged builds. */
  devTools: boolean;
  /** The home folder, shown as ~ in Open Recent. */
  home?: string;
  /** File > Open Recent: the folders (most recent first), what picking one does, and Clear. */
  recent?: {
    folders: RecentFolder[];
    open: (folder: RecentFolder) => void;
    clear: () => void;
  };
}

/** "~/notes/aws (with built-in graph)": a recent folder as the menu lists it. */
export function recentLabel(folder: RecentFolder, home = ''): string {
  const shown =
    home && folder.path.startsWith(`${home}/`) ? `~${folder.path.slice(home.length)}` : folder.path;
  // '&' marks a mnemonic on Windows and Linux; doubled it shows as itself.
  const label = shown.replace(/&/g, '&&');
  return folder.merge ? `${label} (with built-in graph)` : label;
}

function recentMenu(recent: MenuOptions['recent'], home: string): MenuItemConstructorOptions {
  const folders = recent?.folders ?? [];
  const submenu: MenuItemConstructorOptions[] =
    folders.length === 0
      ? [{ label: 'No Recent Folders', enabled: false }]
      : [
          ...folders.map((folder) => ({
            label: recentLabel(folder, home),
            click: () => recent?.open(folder),
          })),
          { type: 'separator' as const },
          { label: 'Clear Recent', click: () => recent?.clear() },
        ];
  return { label: 'Open Recent', submenu };
}

type Send = (command: MenuCommand) => void;

function item(
  send: Send,
  label: string,
  command: MenuCommand,
  accelerator?: string,
): MenuItemConstructorOptions {
  return { label, ...(accelerator ? { accelerator } : {}), click: () => send(command) };
}

/** The application menu; every command item sends its `menu:command` through `send`. */
export function buildMenuTemplate(send: Send, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        item(send, 'Open Notes Folder…', 'open-notes', 'CmdOrCtrl+O'),
        item(send, 'Open Notes Folder with Built-in Graph…', 'open-notes-merged', 'CmdOrCtrl+Shift+N'),
        recentMenu(options.recent, options.home ?? ''),
        item(send, 'Close Notes (Back to Built-in Graph)', 'close-notes', 'CmdOrCtrl+Shift+W'),
        { type: 'separator' },
        {
          label: 'Export',
          submenu: [
            item(send, 'Image (PNG)…', 'export-png', 'CmdOrCtrl+Shift+E'),
            item(send, 'Vector image (SVG)…', 'export-svg'),
            item(send, 'Graph data (JSON)…', 'export-json'),
            item(send, 'Graph data (GraphML)…', 'export-graphml'),
          ],
        },
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Text fields (search, view names) need the standard editing roles, and on macOS they only
      // work when these items exist in the menu.
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        item(send, 'Search…', 'search', 'CmdOrCtrl+K'),
        item(send, 'Outline', 'outline', 'CmdOrCtrl+Shift+O'),
        { type: 'separator' },
        item(send, 'Fit Graph to Window', 'fit', 'CmdOrCtrl+0'),
        item(send, 'Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        item(send, 'Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        // The ellipsis: the renderer asks first (MENU_CONFIRMATIONS), since dragged positions are forgotten.
        item(send, 'Reset Layout…', 'reset', 'CmdOrCtrl+Shift+0'),
        { type: 'separator' },
        item(send, 'Clear Filters', 'clear-filters', 'CmdOrCtrl+Shift+X'),
        item(send, 'Toggle Light/Dark Theme', 'toggle-theme', 'CmdOrCtrl+Shift+L'),
        ...(options.devTools ? [{ type: 'separator' } as const, { role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Go',
      submenu: [
        // Shown in the menu but left to the page, which keeps Alt+Arrow for text fields (word moves).
        { ...item(send, 'Back', 'back', 'Alt+Left'), registerAccelerator: false },
        { ...item(send, 'Forward', 'forward', 'Alt+Right'), registerAccelerator: false },
        { type: 'separator' },
        item(send, 'Focus on Selection', 'focus', 'CmdOrCtrl+Shift+F'),
        {
          // Shown as a hint but not registered: a registered Escape would be taken before the page
          // sees it, so it could no longer close a dialog or clear the search box first. The
          // renderer handles Escape itself (it must in the browser build anyway).
          ...item(send, 'Leave Focus', 'leave-focus', 'Escape'),
          registerAccelerator: false,
        },
        item(send, 'Find Path Between…', 'path', 'CmdOrCtrl+Shift+P'),
        item(send, 'Compare Services…', 'compare', 'CmdOrCtrl+Shift+C'),
      ],
    },
    {
      label: 'Study',
      submenu: [
        item(send, 'Quiz…', 'quiz', 'CmdOrCtrl+Shift+Q'),
        item(send, 'Tours…', 'tours', 'CmdOrCtrl+Shift+T'),
      ],
    },
    { role: 'windowMenu' },
  );
  return template;
}

/** Installs the application menu. */
export function installMenu(send: Send, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(send, options)));
}
