import { forwardRef, useEffect, useId, type KeyboardEvent } from 'react';
import { NODE_KIND_INFO, type SearchHit } from '../../graph-data';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';

function Snippet({ hit }: { hit: SearchHit }) {
  if (!hit.highlight) return <span className="hit-snippet">{hit.snippet}</span>;
  const [start, end] = hit.highlight;
  return (
    <span className="hit-snippet">
      {hit.snippet.slice(0, start)}
      <mark>{hit.snippet.slice(start, end)}</mark>
      {hit.snippet.slice(end)}
    </span>
  );
}

/** The search box with results as you type; Enter selects the active hit, arrows move. */
export const SearchBox = forwardRef<HTMLInputElement>(function SearchBox(_props, ref) {
  const query = useAtlas((s) => s.query);
  const hits = useAtlas((s) => s.hits);
  const searching = useAtlas((s) => s.searching);
  const activeHit = useAtlas((s) => s.activeHit);
  const setQuery = useAtlas((s) => s.setQuery);
  const moveActiveHit = useAtlas((s) => s.moveActiveHit);
  const select = useAtlas((s) => s.select);
  const listId = useId();
  const optionId = (i: number) => `${listId}-hit-${i}`;
  const open = query.trim().length > 0;
  const active = open && hits.length > 0 ? optionId(activeHit) : undefined;

  // The active hit stays in view of the scrolling list while the arrows move it. New hits start at the
  // first, next to the box: scrolling to it on every keystroke would force a layout of the page.
  useEffect(() => {
    if (active) document.getElementById(active)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  // The list scrolls with the sidebar, so it needs no tab stop of its own: the box owns the keys.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      moveActiveHit(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      moveActiveHit(-1);
    } else if (e.key === 'Enter') {
      // What is highlighted is what Enter takes, even while the full-text hits are on their way.
      if (searching && !hits[activeHit]) {
        // On a large graph, with no name matching, the hits are still on their way from the search
        // worker: take the first when it comes.
        const stop = useAtlas.subscribe((s) => {
          if (s.searching) return;
          stop();
          const first = s.hits[s.activeHit];
          if (first && s.query === query) select(first.id);
        });
        return;
      }
      const hit = hits[activeHit];
      if (hit) select(hit.id);
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      if (query) setQuery('');
      else e.currentTarget.blur();
    }
  };

  return (
    <div className="search">
      <input
        ref={ref}
        type="search"
        aria-label="Search"
        placeholder="Search  (Ctrl+K or /)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onKeyDown}
        // Both name the list only while it is there: a reference to a missing element is broken ARIA.
        aria-controls={open ? listId : undefined}
        aria-activedescendant={active}
      />
      {/* Always in the page, so that the first count is announced too (a live region must exist first). */}
      <p className="search-count" aria-live="polite">
        {open &&
          // On a large graph the names that match are listed at once and the full text follows.
          (searching
            ? 'Searching…'
            : hits.length === 0
              ? 'No matches'
              : `${hits.length} result${hits.length === 1 ? '' : 's'}`)}
      </p>
      {open && (
        <div className="search-results">
          <ul id={listId} role="listbox" aria-label="Search results" aria-busy={searching}>
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeHit}
                className={i === activeHit ? 'hit active' : 'hit'}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => select(hit.id)}
              >
                <span className="hit-title">
                  <KindIcon kind={hit.kind} />
                  <span className="hit-label">{hit.label}</span>
                  <span className="hit-kind">{NODE_KIND_INFO[hit.kind].label}</span>
                </span>
                <Snippet hit={hit} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
});
