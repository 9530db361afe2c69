import fs from 'node:fs';
import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type Rectangle } from 'electron';
import { z } from 'zod';
import { APP_ORIGIN } from '../../contract/ipc';
import { writeFileAtomicSync } from './atomic-write';

export const WINDOW_STATE_FILE = 'window-state.json';

const WindowState = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

const DEFAULT_SIZE = { width: 1280, height: 820 };

/** The saved window state, or null when missing or unreadable (then the window opens at its default). */
export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = WindowState.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Saves the window state atomically; a failure only costs the remembered position, so it is logged. */
export function writeWindowState(file: string, state: WindowState): void {
  try {
    writeFileAtomicSync(file, `${JSON.stringify(state)}\n`);
  } catch (error) {
    console.warn(`[window] could not remember the window position: ${String(error)}`);
  }
}

/**
 * True when the window's title-bar strip lies at least partly on a display's work area, so the
 * user can see it and drag it (a monitor that was unplugged leaves saved bounds far off-screen).
 */
export function isOnVisibleDisplay(bounds: Rectangle, workAreas: Rectangle[]): boolean {
  const strip = { x: bounds.x, y: bounds.y, width: bounds.width, height: 32 };
  return workAreas.some((area) => {
    const w = Math.min(strip.x + strip.width, area.x + area.width) - Math.max(strip.x, area.x);
    const h = Math.min(strip.y + strip.height, area.y + area.height) - Math.max(strip.y, area.y);
    return w >= 100 && h >= 16;
  });
}

/** The BrowserWindow options: a sandboxed, context-isolated renderer whose only bridge is the preload. */
export function windowOptions(
  preloadPath: string,
  bounds: Partial<Rectangle> | null,
): BrowserWindowConstructorOptions {
  return {
    ...DEFAULT_SIZE,
    ...(bounds ?? {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Service Atlas',
    backgroundColor: '#1e1f24',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Where the window's size and position are remembered (window-state.json in userData). */
  stateFile: string;
}

/** Creates the app window, restoring its last size and position when they are still on screen. */
export function createMainWindow({ preloadPath, stateFile }: MainWindowOptions): BrowserWindow {
  const saved = readWindowState(stateFile);
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const restore = saved && isOnVisibleDisplay(saved, workAreas);
  const bounds = saved
    ? restore
      ? { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
      : { width: saved.width, height: saved.height }
    : null;
  const win = new BrowserWindow(windowOptions(preloadPath, bounds));
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    const { x, y, width, height } = win.getNormalBounds();
    writeWindowState(stateFile, { x, y, width, height, maximized: win.isMaximized() });
  });
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
