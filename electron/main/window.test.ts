import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    listeners = new Map<string, Array<() => void>>();
    bounds: { x: number; y: number; width: number; height: number };
    maximized = false;
    loadedUrl = '';
    constructor(public options: Record<string, unknown>) {
      this.bounds = { x: 40, y: 40, width: 1280, height: 820, ...(options as object) } as never;
      FakeBrowserWindow.created.push(this);
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    getNormalBounds() {
      return this.bounds;
    }
    on(name: string, fn: () => void) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    }
    once(name: string, fn: () => void) {
      this.on(name, fn);
    }
    emit(name: string) {
      for (const fn of this.listeners.get(name) ?? []) fn();
    }
    show() {}
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
  }
  return { FakeBrowserWindow, displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.FakeBrowserWindow,
  screen: { getAllDisplays: () => fake.displays },
}));

const { createMainWindow, isOnVisibleDisplay, readWindowState, windowOptions } = await import('./window');

let dir: string;
let stateFile: string;
const open = () =>
  createMainWindow({ preloadPath: '/p.js', stateFile }) as unknown as InstanceType<
    typeof fake.FakeBrowserWindow
  >;
beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'atlas-window-'));
  stateFile = path.join(dir, 'window-state.json');
  fake.FakeBrowserWindow.created = [];
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('window options', () => {
  it('keep the renderer sandboxed and isolated, with the preload as its only bridge', () => {
    const prefs = windowOptions('/app/out/preload/index.js', null).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('window state', () => {
  it('comes back where the user left it', async () => {
    const first = open();
    expect(first.loadedUrl).toBe('atlas://app/index.html');
    first.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    first.emit('close');

    const second = open();
    expect(second.options).toMatchObject({ x: 300, y: 200, width: 1000, height: 700 });
    expect(await fsp.readdir(dir)).toEqual(['window-state.json']);
  });

  it('opens on screen, keeping only the size, when the saved position is on a display that is gone', async () => {
    await fsp.writeFile(
      stateFile,
      JSON.stringify({ x: 4000, y: 100, width: 900, height: 600, maximized: true }),
    );
    const win = open();
    expect(win.options).toMatchObject({ width: 900, height: 600 });
    expect(win.options).not.toHaveProperty('x');
    expect(win.maximized).toBe(true);
  });

  it('ignores a damaged state file', async () => {
    await fsp.writeFile(stateFile, '{"x": 1, "y"');
    expect(readWindowState(stateFile)).toBeNull();
    const win = open();
    expect(win.options).toMatchObject({ width: 1280, height: 820 });
  });

  it('counts a window as visible only when its title bar can be grabbed', () => {
    const areas = [
      { x: 0, y: 0, width: 1920, height: 1050 },
      { x: 1920, y: 0, width: 1280, height: 1024 },
    ];
    expect(isOnVisibleDisplay({ x: 2000, y: 100, width: 800, height: 600 }, areas)).toBe(true);
    expect(isOnVisibleDisplay({ x: -750, y: 10, width: 800, height: 600 }, areas)).toBe(false);
    expect(isOnVisibleDisplay({ x: 100, y: -500, width: 800, height: 600 }, areas)).toBe(false);
    expect(isOnVisibleDisplay({ x: 5000, y: 100, width: 800, height: 600 }, areas)).toBe(false);
  });
});
