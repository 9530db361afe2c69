import type { EventPayload, InvokeArgs, InvokeResult, invokeMethods } from './ipc';

type InvokeMethods = typeof invokeMethods;

/** One promise-returning method per entry of `invokeMethods`, typed from the contract. */
export type AtlasInvokeApi = {
  [M in keyof InvokeMethods]: (
    ...args: InvokeArgs<InvokeMethods[M]>
  ) => Promise<InvokeResult<InvokeMethods[M]>>;
};

/**
 * What the renderer gets from `getAtlasApi()`: in Electron the preload's `window.atlas`,
 * in a browser the localStorage implementation. The renderer never asks which beyond `platform`.
 */
export interface AtlasApi extends AtlasInvokeApi {
  readonly platform: 'electron' | 'web';
  /** Calls `cb` for each application-menu command; returns the unsubscribe. */
  onMenuCommand(cb: (command: EventPayload<'menu:command'>) => void): () => void;
}

export type {
  AppInfo,
  ExportFormat,
  ExportRequest,
  ExportResult,
  LoadUserDataResult,
  MenuCommand,
  SaveUserDataResult,
} from './ipc';
