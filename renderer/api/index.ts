import type { AtlasApi } from '../../contract/api';
import { version } from '../../package.json';
import { createBrowserApi } from './browser-api';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    readonly atlas?: AtlasApi;
  }
}

let chosen: AtlasApi | undefined;

/**
 * The app's API to the outside world, chosen once: the Electron preload's `window.atlas` when
 * present, otherwise the browser implementation backed by localStorage.
 */
export function getAtlasApi(): AtlasApi {
  chosen ??= window.atlas ?? createBrowserApi({ storage: window.localStorage, version });
  return chosen;
}

export type {
  AppInfo,
  AtlasApi,
  ExportFormat,
  ExportFilesRequest,
  ExportRequest,
  ExportResult,
  LoadUserDataResult,
  MenuCommand,
  SaveUserDataResult,
} from '../../contract/api';
