import type { SavedView } from '../../../contract/user-data';
import { currentWorkspaceData, useWorkspaceData } from '../../state/user-data';

/*
 * Bookmarks and saved views, read from the user data's one owner (renderer/state/user-data.ts),
 * which also holds the operations that change them.
 */
export { deleteView, putView, restoreView, setBookmarked } from '../../state/user-data';

/** The bookmarked node ids, in the order they were added. */
export function useBookmarks(): readonly string[] {
  return useWorkspaceData((w) => w.bookmarks);
}

/** Whether one node is bookmarked. */
export function useIsBookmarked(id: string): boolean {
  return useWorkspaceData((w) => w.bookmarks.includes(id));
}

/** The saved views, in the order they were first saved. */
export function useViews(): readonly SavedView[] {
  return useWorkspaceData((w) => w.views);
}

/** The view whose name matches (ignoring case and surrounding space), if any. */
export function viewNamed(name: string): SavedView | undefined {
  const key = name.trim().toLocaleLowerCase();
  return currentWorkspaceData().views.find((v) => v.name.trim().toLocaleLowerCase() === key);
}
