/** Bookmarks a node (being built). */
export function BookmarkButton(_props: { id: string }) {
  return null;
}
