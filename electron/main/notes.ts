import fsp from 'node:fs/promises';
import path from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import type { CloseNotesResult, NotesChange, OpenNotesRequest, OpenNotesResult } from '../../contract/notes';
import { workspaceKey, type RecentFolder } from '../../contract/user-data';
import { readNotesFolder } from './notes-folder';
import { watchNotesFolder, type NotesWatcher, type WatchOptions } from './notes-watcher';

/** What the notes service needs from the rest of main. */
export interface NotesDeps {
  window: () => BrowserWindow | null;
  rememberFolder: (folder: { path: string; merge: boolean }) => Promise<RecentFolder[]>;
  /** Drops a folder that has gone from the recent list. */
  forgetFolder?: (folderPath: string) => Promise<RecentFolder[]>;
  /** Sends a batch of changes in the open folder to the renderer. */
  send: (change: NotesChange) => void;
  /** Called after the recent list changed (File > Open Recent is rebuilt). */
  onRecentChanged?: (recent: RecentFolder[]) => void;
  watchOptions?: WatchOptions;
}

/** The desktop side of opening a notes folder: choose or check it, read it, watch it, close it. */
export interface NotesService {
  open(request: OpenNotesRequest): Promise<OpenNotesResult>;
  close(): Promise<CloseNotesResult>;
}

/** Checks that `given` is an absolute path to a readable folder; its real path, or why not. */
export async function checkNotesFolder(
  given: string,
): Promise<{ ok: true; real: string } | { ok: false; message: string; missing?: true }> {
  const again = 'choose it with File > Open Notes Folder…, or drop the folder itself onto the window';
  if (!path.isAbsolute(given)) {
    return { ok: false, message: `"${given}" is not the full path of a folder; ${again}.` };
  }
  try {
    const real = await fsp.realpath(given);
    const info = await fsp.stat(real);
    if (!info.isDirectory()) {
      return {
        ok: false,
        message: `${given} is a file, not a folder; open the folder that holds your notes (${again}).`,
      };
    }
    await fsp.access(real, fsp.constants.R_OK | fsp.constants.X_OK);
    return { ok: true, real };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      return {
        ok: false,
        missing: true,
        message: `The folder ${given} does not exist (it may have been moved or deleted); ${again}.`,
      };
    }
    if (code === 'EACCES' || code === 'EPERM') {
      return {
        ok: false,
        message: `Service Atlas is not allowed to read the folder ${given}; give your user read access to it, or copy the notes somewhere you can read.`,
      };
    }
    return { ok: false, message: `The folder ${given} could not be opened (${(error as Error).message}).` };
  }
}

async function chooseFolder(win: BrowserWindow | null, merge: boolean): Promise<string | null> {
  const options = {
    title: merge ? 'Open notes folder with the built-in graph' : 'Open notes folder',
    buttonLabel: 'Open',
    properties: ['openDirectory'] as Array<'openDirectory'>,
  };
  const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return choice.canceled ? null : (choice.filePaths[0] ?? null);
}

/** Creates the service; one folder is open (and watched) at a time, opens run one after another. */
export function createNotesService(deps: NotesDeps): NotesService {
  let watcher: NotesWatcher | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  function enqueue<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op);
    queue = run.catch(() => undefined);
    return run;
  }

  async function stopWatching(): Promise<boolean> {
    const current = watcher;
    watcher = null;
    await current?.close();
    return current !== null;
  }

  async function open(request: OpenNotesRequest): Promise<OpenNotesResult> {
    const given = request.path ?? (await chooseFolder(deps.window(), request.merge));
    if (given === null) return { status: 'canceled' };
    const checked = await checkNotesFolder(given);
    if (!checked.ok) {
      // A recent folder that has gone leaves File > Open Recent at once.
      if (checked.missing && deps.forgetFolder) deps.onRecentChanged?.(await deps.forgetFolder(given));
      return { status: 'failed', message: checked.message };
    }
    // Watch first and read second, so no edit falls between the two; changes seen while reading
    // are held back and sent only after the result, so the renderer never gets a change for a
    // folder it has not loaded yet.
    await stopWatching();
    const held: NotesChange[] = [];
    let holding = true;
    const next = watchNotesFolder(
      checked.real,
      (change) => (holding ? held.push(change) : deps.send(change)),
      {
        ...deps.watchOptions,
        onError: (error) => console.warn(`[notes] watching ${checked.real}: ${error.message}`),
      },
    );
    watcher = next;
    await next.ready;
    let read: Awaited<ReturnType<typeof readNotesFolder>>;
    try {
      read = await readNotesFolder(checked.real);
    } catch (error) {
      await stopWatching();
      return {
        status: 'failed',
        message: `The folder ${given} could not be read (${(error as Error).message}).`,
      };
    }
    const recentFolders = await deps.rememberFolder({ path: read.root, merge: request.merge });
    deps.onRecentChanged?.(recentFolders);
    // A timer runs after the IPC reply has been posted, and messages to one window keep their order.
    setTimeout(() => {
      holding = false;
      if (watcher === next) for (const change of held) deps.send(change);
    }, 0);
    return {
      status: 'opened',
      folder: read.root,
      merge: request.merge,
      workspace: workspaceKey({ path: read.root, merge: request.merge }),
      vault: read.vault,
      files: read.files,
      problems: read.problems,
      recentFolders,
    };
  }

  return {
    open: (request) => enqueue(() => open(request)),
    close: () => enqueue(async () => ({ closed: await stopWatching() })),
  };
}
