import { useState } from 'react';
import { useAtlas } from '../state/store';
import { ALWAYS_NAMED_SERVICES } from './label-levels';

/** Dismissed for the rest of the session (the card is a first-visit hint, not a setting). */
let dismissed = false;

/**
 * A small card over the canvas for a first visit: where to start (search, a guided tour, a
 * service). It leaves once dismissed or once something is selected, since by then it has done its job.
 */
export function StartHere() {
  const [open, setOpen] = useState(() => !dismissed);
  const selected = useAtlas((s) => s.selection !== null);
  const setPanel = useAtlas((s) => s.setPanel);
  const services = useAtlas((s) => s.data.graph.nodes.filter((n) => n.kind === 'service').length);
  if (!open || selected) return null;
  const close = () => {
    dismissed = true;
    setOpen(false);
  };
  const search = () =>
    document.querySelector<HTMLInputElement>('input[type="search"][aria-label="Search"]')?.focus();
  return (
    <section className="start-here" role="region" aria-labelledby="start-here-title">
      <h2 id="start-here-title">Start here</h2>
      <p>
        {services === 1
          ? 'Click the service (the named square) to see what it relates to, or:'
          : services > 0 && services <= ALWAYS_NAMED_SERVICES
            ? `Click one of the ${services} services (named squares) to see what it relates to, or:`
            : services > 0
              ? 'Click a service (a square) or any node to see what it relates to, or:'
              : 'Click a node to see what it relates to, or:'}
      </p>
      <div className="start-here-actions">
        <button type="button" onClick={search} title="Search (/ or Ctrl+K)">
          Search <kbd>/</kbd>
        </button>
        <button type="button" onClick={() => setPanel('tours')}>
          Take a guided tour
        </button>
      </div>
      <button
        type="button"
        className="start-here-close icon-button"
        aria-label="Dismiss Start here"
        onClick={close}
      >
        ×
      </button>
    </section>
  );
}
