import { create } from 'zustand';
import type { AtlasApi } from '../api';
import { emptyUserData, type SavedView, type Theme, type UserData } from '../../contract/user-data';
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

/** The data as last loaded or changed, for components (`useUserData((d) => d.bookmarks)`). */
export const useUserData = create<UserData>()(() => emptyUserData());

declare global {
  interface Window {
    /** For end-to-end tests: waits until every change so far has been saved. */
    atlasUserData?: { flush(): Promise<void> };
  }
}

/** Loads the user's data through the API and shows any recovery notice it returns. */
export async function loadUserData(atlasApi: AtlasApi): Promise<UserData> {
  api = atlasApi;
  window.atlasUserData = { flush: flushUserData };
  try {
    const result = await atlasApi.loadUserData();
    useUserData.setState(result.data, true);
    for (const notice of result.notices) useAtlas.getState().notify(notice);
  } catch (err) {
    useAtlas
      .getState()
      .notify(`Your saved settings could not be read (${(err as Error).message}); starting with defaults.`);
  }
  return userData();
}

/** Saves a change still waiting (a drag's), and resolves once every save so far has finished. */
export function flushUserData(): Promise<void> {
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

/** Remembers the theme the user chose. */
export function saveTheme(theme: Theme): void {
  update((d) => ({ ...d, settings: { ...d.settings, theme } }));
}

/** Stores one question's spaced-repetition card (merged, so no other card can be overwritten). */
export function saveCard(questionId: string, card: SrsCard): void {
  update((d) => ({ ...d, progress: { ...d.progress, [questionId]: card } }));
}

/** Replaces a layout's remembered positions (a saved view brought back). */
export function saveLayoutPositions(layout: string, positions: Positions): void {
  update((d) => ({ ...d, positions: { ...d.positions, [layout]: positions } }));
}

/** The user's dragged positions per layout, as the engine reads and writes them. */
export const userPositions: PositionStore = {
  saved: (layout) => userData().positions[layout],
  save: (layout, id, at) =>
    update(
      (d) => ({ ...d, positions: { ...d.positions, [layout]: { ...d.positions[layout], [id]: at } } }),
      400,
    ),
  forget: (layout) =>
    update((d) => {
      if (!d.positions[layout]) return d;
      const positions = { ...d.positions };
      delete positions[layout];
      return { ...d, positions };
    }),
};

/** Adds or removes a bookmark. */
export function setBookmarked(id: string, on: boolean): void {
  update((d) =>
    d.bookmarks.includes(id) === on
      ? d
      : { ...d, bookmarks: on ? [...d.bookmarks, id] : d.bookmarks.filter((b) => b !== id) },
  );
}

/** Saves a view; one with the same id is replaced where it stands, otherwise it goes at the end. */
export function putView(view: SavedView): void {
  update((d) => {
    const at = d.views.findIndex((v) => v.id === view.id);
    const views = at < 0 ? [...d.views, view] : d.views.map((v, i) => (i === at ? view : v));
    return { ...d, views };
  });
}

/** Deletes a view; returns it and where it was, so that the deletion can be undone. */
export function deleteView(id: string): { view: SavedView; index: number } | undefined {
  const index = userData().views.findIndex((v) => v.id === id);
  const view = userData().views[index];
  if (!view) return undefined;
  update((d) => ({ ...d, views: d.views.filter((v) => v.id !== id) }));
  return { view, index };
}

/** Puts a deleted view back where it was (unless one with its id came back meanwhile). */
export function restoreView(view: SavedView, index: number): void {
  update((d) => {
    if (d.views.some((v) => v.id === view.id)) return d;
    const views = [...d.views];
    views.splice(Math.min(index, views.length), 0, view);
    return { ...d, views };
  });
}
