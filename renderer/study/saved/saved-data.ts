import { useSyncExternalStore } from 'react';
import type { SavedView } from '../../../contract/user-data';
import { updateUserData, userData } from '../../state/user-data';

/*
 * Bookmarks and saved views live in the user data (saved through the API). The user-data module is
 * not reactive, so changes made here tell the components that show them. Nothing else writes these
 * two fields, and the snapshots are the (immutable) arrays themselves, so React re-renders only when
 * they really change.
 */
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function change(update: Parameters<typeof updateUserData>[0]) {
  updateUserData(update);
  for (const l of listeners) l();
}

/** The bookmarked node ids, in the order they were added. */
export function useBookmarks(): readonly string[] {
  return useSyncExternalStore(subscribe, () => userData().bookmarks);
}

/** Whether one node is bookmarked. */
export function useIsBookmarked(id: string): boolean {
  return useSyncExternalStore(subscribe, () => userData().bookmarks.includes(id));
}

/** Adds or removes a bookmark. */
export function setBookmarked(id: string, on: boolean): void {
  if (userData().bookmarks.includes(id) === on) return;
  change((d) => ({
    ...d,
    bookmarks: on ? [...d.bookmarks, id] : d.bookmarks.filter((b) => b !== id),
  }));
}

/** The saved views, in the order they were first saved. */
export function useViews(): readonly SavedView[] {
  return useSyncExternalStore(subscribe, () => userData().views);
}

/** The view whose name matches (ignoring case and surrounding space), if any. */
export function viewNamed(name: string): SavedView | undefined {
  const key = name.trim().toLocaleLowerCase();
  return userData().views.find((v) => v.name.trim().toLocaleLowerCase() === key);
}

/** Saves a view; one with the same id is replaced where it stands, otherwise it goes at the end. */
export function putView(view: SavedView): void {
  change((d) => {
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
  change((d) => ({ ...d, views: d.views.filter((v) => v.id !== id) }));
  return { view, index };
}

/** Puts a deleted view back where it was (unless one with its id came back meanwhile). */
export function restoreView(view: SavedView, index: number): void {
  change((d) => {
    if (d.views.some((v) => v.id === view.id)) return d;
    const views = [...d.views];
    views.splice(Math.min(index, views.length), 0, view);
    return { ...d, views };
  });
}
