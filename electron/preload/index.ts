import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { AtlasApi, AtlasInvokeApi } from '../../contract/api';
import { invokeMethods, MENU_COMMANDS } from '../../contract/channels';
import type { MenuCommand } from '../../contract/ipc';

// The only renderer-side file that touches ipcRenderer. It exposes one small object built from the
// contract; neither ipcRenderer nor any IPC event object ever reaches the page.

function buildInvokers(): AtlasInvokeApi {
  const entries = Object.entries(invokeMethods).map(([method, channel]) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]);
  return Object.fromEntries(entries) as AtlasInvokeApi;
}

const api = {
  platform: 'electron' as const,
  ...buildInvokers(),
  onMenuCommand(cb: (command: MenuCommand) => void): () => void {
    const listener = (_event: IpcRendererEvent, payload: unknown) => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(payload)) cb(payload as MenuCommand);
    };
    ipcRenderer.on('menu:command', listener);
    return () => {
      ipcRenderer.removeListener('menu:command', listener);
    };
  },
} satisfies AtlasApi;

/** The exact type of `window.atlas` in the desktop app. */
export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld('atlas', api);
