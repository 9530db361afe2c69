import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { handle, sendEvent, trustWindow } from './ipc';
import { saveExport } from './export';
import { installMenu } from './menu';
import { createNotesService } from './notes';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { applySessionSecurity, installWebContentsHardening } from './security';
import { createUserDataStore } from './storage';
import { createMainWindow, WINDOW_STATE_FILE } from './window';

// App lifecycle only: each concern lives in its own module and is wired here.

const preloadPath = path.join(__dirname, '../preload/index.js');
const rendererDir = path.join(__dirname, '../renderer');

let mainWindow: BrowserWindow | null = null;

function openWindow(): BrowserWindow {
  const win = createMainWindow({
    preloadPath,
    stateFile: path.join(app.getPath('userData'), WINDOW_STATE_FILE),
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

function focusWindow(): void {
  const win = mainWindow ?? openWindow();
  if (win.isMinimized()) win.restore();
  win.focus();
}

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Two instances would write the same data file; the first one gets focused instead.
  app.quit();
} else {
  app.on('second-instance', focusWindow);
  installWebContentsHardening(app);

  const store = createUserDataStore(app.getPath('userData'));
  let flushed = false;

  app.on('before-quit', (event) => {
    if (flushed) return;
    // Let a save that is under way finish, so quitting never races the last write.
    event.preventDefault();
    void store.idle().finally(() => {
      flushed = true;
      app.quit();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(() => {
    applySessionSecurity(session.defaultSession);
    serveAppProtocol(rendererDir);

    // The menu is rebuilt whenever the recent-folders list changes (File > Open Recent).
    const refreshMenu = () =>
      installMenu(
        (command) => {
          if (mainWindow) sendEvent(mainWindow, 'menu:command', command);
        },
        {
          platform: process.platform,
          appName: 'Service Atlas',
          devTools: !app.isPackaged,
          home: os.homedir(),
          recent: {
            folders: store.recentFolders(),
            open: ({ path: folder, merge }) => {
              if (mainWindow) sendEvent(mainWindow, 'menu:open-recent', { path: folder, merge });
            },
            clear: () => void store.clearRecentFolders().then(refreshMenu),
          },
        },
      );

    const notes = createNotesService({
      window: () => mainWindow,
      rememberFolder: (folder) => store.rememberFolder(folder),
      forgetFolder: (folderPath) => store.forgetFolder(folderPath),
      send: (change) => {
        if (mainWindow) sendEvent(mainWindow, 'notes:watch', change);
      },
      onRecentChanged: refreshMenu,
    });
    app.on('will-quit', () => void notes.close());
    // A closed window shows no folder any more; a new one starts from the built-in graph.
    app.on('browser-window-created', (_event, win) => win.on('closed', () => void notes.close()));

    trustWindow(() => mainWindow);
    handle('userData:load', async () => {
      const result = await store.load();
      refreshMenu();
      return result;
    });
    handle('userData:save', (data) => store.save(data));
    handle('export:save', (request) =>
      saveExport(request, { window: mainWindow, defaultDir: app.getPath('documents') }),
    );
    handle('app:info', () => ({ platform: 'electron', version: app.getVersion() }));
    handle('notes:open', (request) => notes.open(request));
    handle('notes:close', () => notes.close());

    refreshMenu();

    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
}
