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
  /** Calls `cb` when File > Open Recent picks a folder; returns the unsubscribe. Never fires in the browser. */
  onOpenRecent(cb: (request: EventPayload<'menu:open-recent'>) => void): () => void;
  /** Calls `cb` with each batch of changes in the open notes folder; returns the unsubscribe. */
  onNotesChanged(cb: (change: EventPayload<'notes:watch'>) => void): () => void;
  /**
   * The absolute path of a file or folder dropped on the window, to pass to `openNotes({ path })`;
   * null in the browser, where pages never learn paths (read the dropped entries instead).
   */
  pathForDroppedFile(file: DroppedFile): string | null;
}

/**
 * A file the page received from a drop: a DOM `File`. The contract is compiled without the DOM,
 * so it names only what every `File` has.
 */
export interface DroppedFile {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

export type {
  AppInfo,
  ExportFile,
  ExportFilesRequest,
  ExportFormat,
  ExportRequest,
  ExportResult,
  LoadUserDataResult,
  MenuCommand,
  SaveUserDataResult,
} from './ipc';
export type {
  CloseNotesResult,
  ImportProblem,
  NoteFile,
  NotesChange,
  OpenNotesRequest,
  OpenNotesResult,
  OpenRecentRequest,
} from './notes';
