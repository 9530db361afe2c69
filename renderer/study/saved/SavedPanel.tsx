import { useMemo, useRef, useState } from 'react';
import type { SavedView } from '../../../contract/user-data';
import { useData, useEngine } from '../../engine/use-engine';
import { KindIcon } from '../../panels/KindIcon';
import { graphView } from '../../engine/graph-view';
import { useAtlas } from '../../state/store';
import { deleteView, restoreView, setBookmarked, useBookmarks, useViews } from './saved-data';
import { SaveViewForm } from './SaveViewForm';
import { StarIcon } from './StarIcon';
import { openView, summarizeView } from './views';
import './saved.css';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "4 Mar 2025, 05:06", or nothing for a date a hand-edited file got wrong (format would throw). */
function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : DATE.format(date);
}

function Bookmarks() {
  const data = useData();
  const bookmarks = useBookmarks();
  const selection = useAtlas((s) => s.selection);
  const select = useAtlas((s) => s.select);
  const visible = useAtlas(
    (s) => graphView(s.data, s.filters, s.focus, s.hideInferred, s.keepOrphans).visibleNodes,
  );
  const { index, label } = data;
  // A bookmark whose node left the notes stays in the user's data but is not listed.
  const nodes = bookmarks.flatMap((id) => index.node.get(id) ?? []);

  return (
    <section className="saved-section" aria-labelledby="bookmarks-heading">
      <h3 id="bookmarks-heading">
        Bookmarks <span className="count">{nodes.length || ''}</span>
      </h3>
      {nodes.length === 0 ? (
        <p className="hint">
          No bookmarks yet. Select a node and press <StarIcon filled={false} size={12} /> Bookmark in its
          details to keep it here.
        </p>
      ) : (
        <ul className="saved-list" aria-label="Bookmarks">
          {nodes.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                className="node-link bookmark-link"
                aria-current={node.id === selection ? 'true' : undefined}
                title="Select it on the graph"
                onClick={() => select(node.id)}
              >
                <KindIcon kind={node.kind} />
                <span className="bookmark-label">{label(node.id)}</span>
                {!visible.has(node.id) && <span className="bookmark-hidden">hidden by filters or focus</span>}
              </button>
              <button
                type="button"
                className="icon-button remove-button"
                aria-label={`Remove bookmark: ${label(node.id)}`}
                title="Remove bookmark"
                onClick={() => setBookmarked(node.id, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Views() {
  const data = useData();
  const engine = useEngine();
  const views = useViews();
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<{ view: SavedView; index: number } | null>(null);
  // After an undo, focus goes to the restored view's Open button (the Undo button goes away).
  const focusOnMount = useRef<string | null>(null);
  const summaries = useMemo(() => {
    const { label } = data;
    return new Map(views.map((v) => [v.id, summarizeView(v, label)]));
  }, [data, views]);

  const announce = (message: string) => {
    setDeleted(null);
    setStatus(message);
  };

  return (
    <section className="saved-section" aria-labelledby="views-heading">
      <h3 id="views-heading">
        Saved views <span className="count">{views.length || ''}</span>
      </h3>
      <p className="hint">
        A view keeps the filters, focus, selection, layout, zoom and where every node is, to come back to
        later.
      </p>
      <SaveViewForm onSaved={announce} />
      <div className="saved-status">
        <p role="status">{status}</p>
        {deleted && (
          <button
            // A new key per deletion remounts it, so that autoFocus moves focus here each time: the
            // focused Delete button is gone, and Undo is the likely next step.
            key={deleted.view.id}
            autoFocus
            type="button"
            className="link-button"
            onClick={() => {
              focusOnMount.current = deleted.view.id;
              restoreView(deleted.view, deleted.index);
              announce(`Restored the view “${deleted.view.name}”.`);
            }}
          >
            Undo
          </button>
        )}
      </div>
      {views.length === 0 ? (
        <p className="hint">No saved views yet.</p>
      ) : (
        <ul className="view-list" aria-label="Saved views">
          {views.map((view) => (
            <li key={view.id} className="view-item">
              <div className="view-text">
                <span className="view-name">{view.name}</span>
                <time className="view-date" dateTime={view.createdAt}>
                  {formatDate(view.createdAt)}
                </time>
                <span className="view-summary">{summaries.get(view.id)}</span>
              </div>
              <div className="view-actions">
                <button
                  ref={(el) => {
                    if (el && focusOnMount.current === view.id) {
                      focusOnMount.current = null;
                      el.focus();
                    }
                  }}
                  type="button"
                  aria-label={`Open view ${view.name}`}
                  onClick={() => {
                    openView(view, engine);
                    announce(`Opened the view “${view.name}”.`);
                  }}
                >
                  Open
                </button>
                <button
                  type="button"
                  aria-label={`Delete view ${view.name}`}
                  onClick={() => {
                    const removed = deleteView(view.id);
                    if (!removed) return;
                    setDeleted(removed);
                    setStatus(`Deleted the view “${view.name}”.`);
                  }}
                >
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The Saved tool: bookmarked nodes, and named views to save and reopen. */
export function SavedPanel() {
  return (
    <section className="study-panel saved-panel" aria-label="Saved">
      <h2>Saved</h2>
      <Bookmarks />
      <Views />
    </section>
  );
}
