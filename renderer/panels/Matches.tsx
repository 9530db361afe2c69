import { memo, useMemo } from 'react';
import { NODE_KIND_INFO, type MatchReason } from '../../graph-data';
import { useData } from '../engine/use-engine';
import { Cite } from './Cite';
import { graphView } from '../engine/graph-view';
import { useAtlas } from '../state/store';
import { KindIcon } from './KindIcon';

/**
 * One match with its "Why?". Memoized: a new selection only moves the `current` mark, and the
 * reasons (with their citations) need not be rebuilt for every match each time.
 */
const MatchItem = memo(function MatchItem({
  id,
  reasons,
  current,
  select,
}: {
  id: string;
  reasons: MatchReason[];
  current: boolean;
  select: (id: string) => void;
}) {
  const data = useData();
  const node = data.index.node.get(id)!;
  return (
    <li className={current ? 'match-item current' : 'match-item'}>
      <button type="button" className="node-link" onClick={() => select(id)}>
        <KindIcon kind={node.kind} />
        {node.label}
        <span className="visually-hidden">, {NODE_KIND_INFO[node.kind].label}</span>
      </button>
      <details className="why">
        <summary aria-label={`Why does ${node.label} match?`}>Why?</summary>
        <ul>
          {reasons.map((r, i) => (
            <li key={i}>
              {node.label} {r.text}
              <Cite cite={r.cite} />
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
});

/** The nodes that match the facet filters, each with a "Why?" that lists its cited reasons. */
export function Matches() {
  const data = useData();
  const view = useAtlas((s) => graphView(s.data, s.filters, s.focus, s.hideInferred, s.keepOrphans));
  const select = useAtlas((s) => s.select);
  const selection = useAtlas((s) => s.selection);
  const matches = useMemo(() => {
    if (!view.matches) return null;
    return [...view.matches.entries()].sort((a, b) => data.label(a[0]).localeCompare(data.label(b[0])));
  }, [data, view]);
  if (!matches) return null;
  return (
    <section className="matches" aria-labelledby="matches-heading">
      <h2 id="matches-heading">
        {matches.length} match{matches.length === 1 ? '' : 'es'}
      </h2>
      <p className="hint">
        Matches must meet every ticked filter. On the graph they are ringed; the programmes that justify them
        are dashed; what the notes rule out is faded.
      </p>
      {/* A region of fixed height that scrolls, so that a growing list never pushes the filters below away. */}
      <div className="match-scroll" role="region" aria-label="Matches (scrolls)" tabIndex={0}>
        <ul className="match-list" aria-label="Matching nodes">
          {matches.map(([id, reasons]) => (
            <MatchItem key={id} id={id} reasons={reasons} current={id === selection} select={select} />
          ))}
        </ul>
        {view.silent.size > 0 && (
          <>
            <h3 id="silent-heading">Not in the notes</h3>
            <p className="hint">
              The notes say nothing either way about these, so they are neither matches nor ruled out (ringed
              with dots on the graph, not faded).
            </p>
            <ul className="match-list silent-list" aria-labelledby="silent-heading">
              {[...view.silent].map(([id, sentence]) => (
                <li key={id} className="match-item">
                  <button type="button" className="node-link" onClick={() => select(id)}>
                    {data.label(id)}
                  </button>
                  <span className="hint"> {sentence}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
