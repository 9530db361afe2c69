import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import type { AtlasApi, AtlasInvokeApi, DroppedFile } from '../../contract/api';
import { eventMethods, invokeMethods, MENU_COMMANDS } from '../../contract/channels';
import type { EventChannel, EventPayload } from '../../contract/ipc';

// The only renderer-side file that touches ipcRenderer. It exposes one small object built from the
// contract; neither ipcRenderer nor any IPC event object ever reaches the page.

function buildInvokers(): AtlasInvokeApi {
  const entries = Object.entries(invokeMethods).map(([method, channel]) => [
    method,
    (...args: unknown[]) => ipcRenderer.invoke(channel, ...args),
  ]);
  return Object.fromEntries(entries) as AtlasInvokeApi;
}

const isObject = (payload: unknown) => typeof payload === 'object' && payload !== null;

/**
 * A subscription to one event channel: the callback gets the payload only (main validated it
 * against the contract before sending), and the return value unsubscribes.
 */
function subscriber<E extends EventChannel>(channel: E, accept: (payload: unknown) => boolean) {
  return (cb: (payload: EventPayload<E>) => void): (() => void) => {
    const listener = (_event: IpcRendererEvent, payload: unknown) => {
      if (accept(payload)) cb(payload as EventPayload<E>);
    };
    ipcRenderer.on(channel, listener);
    return () => {
      ipcRenderer.removeListener(channel, listener);
    };
  };
}

const api = {
  platform: 'electron' as const,
  ...buildInvokers(),
  onMenuCommand: subscriber(eventMethods.onMenuCommand, (p) =>
    (MENU_COMMANDS as readonly unknown[]).includes(p),
  ),
  onOpenRecent: subscriber(eventMethods.onOpenRecent, isObject),
  onNotesChanged: subscriber(eventMethods.onNotesChanged, isObject),
  pathForDroppedFile(file: DroppedFile): string | null {
    // Pages never see paths; Electron tells the preload the path of a file the user dropped.
    try {
      return webUtils.getPathForFile(file as Parameters<typeof webUtils.getPathForFile>[0]) || null;
    } catch {
      return null;
    }
  },
} satisfies AtlasApi;

/** The exact type of `window.atlas` in the desktop app. */
export type PreloadApi = typeof api;

contextBridge.exposeInMainWorld('atlas', api);
