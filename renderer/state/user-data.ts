import { create } from 'zustand';
import type { AtlasApi } from '../api';
import {
  BUILTIN_WORKSPACE,
  emptyUserData,
  unreadableSessionNotice,
  withWorkspaceData,
  workspaceData,
  type SavedView,
  type SessionState,
  type Theme,
  type UserData,
  type WorkspaceData,
} from '../../contract/user-data';
import type { SrsCard } from '../../graph-data';
import type { PositionStore } from '../engine/atlas-engine';
import type { Positions } from '../canvas/layouts';
import { useAtlas } from './store';

/*
 * The user's saved data (positions, theme, bookmarks, views, study progress): one owner, this module.
 * It holds the data once loaded in a small store that components read with `useUserData(selector)`,
 * and changes it only through the named operations below, each saved through the API. Saves are
 * queued one after another, so that an older save never lands after a newer one.
 */
let api: AtlasApi | undefined;
let pending: ReturnType<typeof setTimeout> | undefined;
let chain: Promise<void> = Promise.resolve();

/** The data as last loaded or changed. */
export const useUserData = create<UserData>()(() => emptyUserData());

/**
 * The workspace whose positions, bookmarks, views and progress are in use: the built-in graph's,
 * or that of the notes folder on screen (alone or merged: two workspaces).
 */
export const useWorkspace = create<{ key: string }>()(() => ({ key: BUILTIN_WORKSPACE }));

/** Switches to another workspace's data (before its graph is loaded, so its positions apply). */
export function setWorkspace(key: string): void {
  useWorkspace.setState({ key });
}

/** The current workspace's data, for components: `useWorkspaceData((w) => w.bookmarks)`. */
export function useWorkspaceData<T>(select: (w: WorkspaceData) => T): T {
  const key = useWorkspace((s) => s.key);
  return useUserData((d) => select(workspaceData(d, key)));
}

/** The current workspace's data, outside components. */
export function currentWorkspaceData(): WorkspaceData {
  return workspaceData(userData(), useWorkspace.getState().key);
}

declare global {
  interface Window {
    /** For end-to-end tests: waits until every change so far has been saved. */
    atlasUserData?: { flush(): Promise<void> };
  }
}

/** Writers that hold changes back (the session's, debounced) and hand them over before a flush. */
const flushHooks = new Set<() => void>();

/** Runs `hook` before every flush (a test's, or the page going away); returns its removal. */
export function beforeFlush(hook: () => void): () => void {
  flushHooks.add(hook);
  return () => flushHooks.delete(hook);
}

/**
 * Session parts the stored data could not read: said once, then dropped from the data in memory
 * (the next save writes the session without them).
 */
function reportUnreadableSessions(data: UserData): UserData {
  const parts = new Set<string>();
  const clean = (w: WorkspaceData): WorkspaceData => {
    if (!w.session?.unreadable) return w;
    w.session.unreadable.forEach((p) => parts.add(p));
    const { unreadable: _u, ...session } = w.session;
    return { ...w, session };
  };
  let next = withWorkspaceData(data, BUILTIN_WORKSPACE, clean(workspaceData(data, BUILTIN_WORKSPACE)));
  for (const key of Object.keys(data.workspaces))
    next = withWorkspaceData(next, key, clean(workspaceData(data, key)));
  if (parts.size === 0) return data;
  useAtlas.getState().notify(unreadableSessionNotice([...parts]));
  return next;
}

/** Loads the user's data through the API and shows any recovery notice it returns. */
export async function loadUserData(atlasApi: AtlasApi): Promise<UserData> {
  api = atlasApi;
  window.atlasUserData = { flush: flushUserData };
  // A reload or a closed window must not lose what is still waiting to be saved (a drag, the session).
  window.addEventListener('pagehide', () => void flushUserData());
  try {
    const result = await atlasApi.loadUserData();
    for (const notice of result.notices) useAtlas.getState().notify(notice);
    useUserData.setState(reportUnreadableSessions(result.data), true);
  } catch (err) {
    useAtlas
      .getState()
      .notify(`Your saved settings could not be read (${(err as Error).message}); starting with defaults.`);
  }
  return userData();
}

/** Saves a change still waiting (a drag's), and resolves once every save so far has finished. */
export function flushUserData(): Promise<void> {
  for (const hook of flushHooks) hook();
  if (pending) {
    clearTimeout(pending);
    pending = undefined;
    const snapshot = userData();
    chain = chain.then(() => save(snapshot));
  }
  return chain;
}

/** The data as last loaded or changed. */
export function userData(): UserData {
  return useUserData.getState();
}

/** Changes the data and saves it, at once or after `delayMs` (coalescing bursts such as drags). */
function update(change: (d: UserData) => UserData, delayMs = 0): void {
  const next = change(userData());
  if (next === userData()) return;
  useUserData.setState(next, true);
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = undefined;
    const snapshot = userData();
    chain = chain.then(() => save(snapshot));
  }, delayMs);
}

async function save(snapshot: UserData): Promise<void> {
  if (!api) return;
  try {
    const result = await api.saveUserData(snapshot);
    if (!result.ok) useAtlas.getState().notify(result.notice);
  } catch (err) {
    useAtlas.getState().notify(`Your changes could not be saved: ${(err as Error).message}`);
  }
}

/** Changes the current workspace's data (and saves it, like every change). */
function updateWorkspace(change: (w: WorkspaceData) => WorkspaceData, delayMs = 0): void {
  const key = useWorkspace.getState().key;
  update((d) => {
    const before = workspaceData(d, key);
    const after = change(before);
    return after === before ? d : withWorkspaceData(d, key, after);
  }, delayMs);
}

/** Remembers the theme the user chose. */
export function saveTheme(theme: Theme): void {
  update((d) => ({ ...d, settings: { ...d.settings, theme } }));
}

/** Stores one question's spaced-repetition card (merged, so no other card can be overwritten). */
export function saveCard(questionId: string, card: SrsCard): void {
  updateWorkspace((w) => ({ ...w, progress: { ...w.progress, [questionId]: card } }));
}

/** The current workspace's session (where the user was); empty for a fresh start. */
export function currentSession(): SessionState {
  return currentWorkspaceData().session ?? {};
}

/**
 * Stores a workspace's session (default: the current one's), replacing the one kept. The caller
 * debounces: this saves at once.
 */
export function saveSession(session: SessionState, key = useWorkspace.getState().key): void {
  update((d) => {
    const before = workspaceData(d, key);
    if (JSON.stringify(before.session ?? {}) === JSON.stringify(session)) return d;
    return withWorkspaceData(d, key, { ...before, session });
  });
}

/** Replaces a layout's remembered positions (a saved view brought back). */
export function saveLayoutPositions(layout: string, positions: Positions): void {
  updateWorkspace((w) => ({ ...w, positions: { ...w.positions, [layout]: positions } }));
}

/** The user's dragged positions per layout, as the engine reads and writes them. */
export const userPositions: PositionStore = {
  saved: (layout) => currentWorkspaceData().positions[layout],
  save: (layout, id, at) =>
    updateWorkspace(
      (w) => ({ ...w, positions: { ...w.positions, [layout]: { ...w.positions[layout], [id]: at } } }),
      400,
    ),
  forget: (layout) =>
    updateWorkspace((w) => {
      if (!w.positions[layout]) return w;
      const positions = { ...w.positions };
      delete positions[layout];
      return { ...w, positions };
    }),
};

/** Adds or removes a bookmark. */
export function setBookmarked(id: string, on: boolean): void {
  updateWorkspace((w) =>
    w.bookmarks.includes(id) === on
      ? w
      : { ...w, bookmarks: on ? [...w.bookmarks, id] : w.bookmarks.filter((b) => b !== id) },
  );
}

/** Saves a view; one with the same id is replaced where it stands, otherwise it goes at the end. */
export function putView(view: SavedView): void {
  updateWorkspace((w) => {
    const at = w.views.findIndex((v) => v.id === view.id);
    const views = at < 0 ? [...w.views, view] : w.views.map((v, i) => (i === at ? view : v));
    return { ...w, views };
  });
}

/** Deletes a view; returns it and where it was, so that the deletion can be undone. */
export function deleteView(id: string): { view: SavedView; index: number } | undefined {
  const { views } = currentWorkspaceData();
  const index = views.findIndex((v) => v.id === id);
  const view = views[index];
  if (!view) return undefined;
  updateWorkspace((w) => ({ ...w, views: w.views.filter((v) => v.id !== id) }));
  return { view, index };
}

/** Puts a deleted view back where it was (unless one with its id came back meanwhile). */
export function restoreView(view: SavedView, index: number): void {
  updateWorkspace((w) => {
    if (w.views.some((v) => v.id === view.id)) return w;
    const views = [...w.views];
    views.splice(Math.min(index, views.length), 0, view);
    return { ...w, views };
  });
}
