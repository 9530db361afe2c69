import { setBookmarked, useIsBookmarked } from './saved-data';
import { StarIcon } from './StarIcon';
import './saved.css';

/**
 * Bookmarks a node: a toggle button whose name stays "Bookmark" while aria-pressed says whether it is
 * on (the WAI-ARIA toggle-button pattern: a name that flips as well as the state reads as a
 * contradiction to screen-reader users); the star fills when it is on.
 */
export function BookmarkButton({ id }: { id: string }) {
  const on = useIsBookmarked(id);
  return (
    <button
      type="button"
      className="bookmark-button"
      aria-pressed={on}
      title={on ? 'Remove bookmark' : 'Bookmark this node (listed under Saved)'}
      onClick={() => setBookmarked(id, !on)}
    >
      <StarIcon filled={on} />
      Bookmark
    </button>
  );
}
