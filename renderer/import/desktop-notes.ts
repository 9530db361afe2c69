import { getAtlasApi } from '../api';
import type { AtlasEngine } from '../engine/atlas-engine';
import { builtInBase, builtInGraph } from '../engine/built-in-graph';
import { useAtlas } from '../state/store';
import { useImport } from './import-store';

/*
 * The desktop app's notes folders: main reads, validates and watches the folder; the renderer
 * imports the files in its worker like any other. Edits saved in another editor arrive as batches
 * and are read again with the rest, keeping selection, positions and filters; a broken edit keeps
 * the last good graph and says why.
 */

/** The folder's last path segment, as the user knows it. */
function folderName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** Opens a notes folder through main (a dialog when `path` is absent). */
export async function openDesktopNotes(
  engine: AtlasEngine,
  request: { path?: string; merge: boolean },
): Promise<void> {
  const { notify } = useAtlas.getState();
  let result;
  try {
    result = await getAtlasApi().openNotes(request);
  } catch (err) {
    notify(`The notes folder could not be opened: ${(err as Error).message}`);
    return;
  }
  if (result.status === 'canceled') return;
  if (result.status === 'failed') {
    notify(result.message);
    return;
  }
  watched = result.folder;
  await useImport.getState().start(engine, {
    name: folderName(result.folder),
    files: result.files,
    readProblems: result.problems,
    vault: result.vault,
    base: builtInBase(result.merge),
    key: result.workspace,
  });
}

/** The folder main watches for us, if any. */
let watched: string | null = null;

/**
 * Reads the open folder again with a batch of changes from main. A change that breaks a note keeps
 * that note's last good version on the graph (the store holds the files as last read cleanly).
 */
async function applyChanges(
  engine: AtlasEngine,
  change: { folder: string; changed: { path: string; text: string }[]; removed: string[] },
): Promise<void> {
  const notes = useImport.getState().notes;
  if (!notes || change.folder !== watched) return;
  const files = new Map(notes.files.map((f) => [f.path, f]));
  for (const path of change.removed) files.delete(path);
  for (const file of change.changed) files.set(file.path, file);
  await useImport.getState().start(engine, {
    name: notes.name,
    files: [...files.values()],
    readProblems: [],
    vault: notes.vault,
    base: builtInBase(notes.merged),
    key: useImport.getState().workspaceKey ?? undefined,
    changed: change.changed.map((f) => f.path),
  });
}

/** Wires the menu's notes commands, Open Recent and the folder watcher; returns the unsubscribe. */
export function connectDesktopNotes(engine: AtlasEngine): () => void {
  const api = getAtlasApi();
  if (api.platform !== 'electron') return () => undefined;
  const offRecent = api.onOpenRecent((request) => void openDesktopNotes(engine, request));
  const offChanges = api.onNotesChanged((change) => void applyChanges(engine, change));
  return () => {
    offRecent();
    offChanges();
  };
}

/** Back to the built-in graph, and main stops watching. */
export async function closeDesktopNotes(engine: AtlasEngine): Promise<void> {
  watched = null;
  const builtIn = builtInGraph();
  if (typeof builtIn !== 'string') useImport.getState().closeNotes(engine, builtIn);
  if (getAtlasApi().platform === 'electron') await getAtlasApi().closeNotes();
}
