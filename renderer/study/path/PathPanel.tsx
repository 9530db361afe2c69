import { useEffect, useMemo } from 'react';
import { relationInfo, shortestPaths, type GraphPath } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { useAtlas, type Overlay } from '../../state/store';
import { useEngine } from '../../engine/use-engine';
import { NodePicker } from './NodePicker';
import { PathResult } from './PathResult';
import { usePath } from './path-store';
import './path.css';

/** At most this many shortest paths are listed (the first is drawn until another is chosen). */
const MAX_PATHS = 5;

/** The relation kinds the path may use; none ticked means any. */
function RelationKinds() {
  const data = useData();
  const kinds = usePath((s) => s.kinds);
  const toggleKind = usePath((s) => s.toggleKind);
  const clearKinds = usePath((s) => s.clearKinds);
  const { edgeKindCounts } = data;
  return (
    <details className="path-kinds">
      <summary>Relations the path may use: {kinds.length === 0 ? 'any' : `${kinds.length} chosen`}</summary>
      <fieldset>
        <legend className="visually-hidden">Relations the path may use</legend>
        <p className="hint">Tick some to find paths through those relations only; tick none for any.</p>
        <ul>
          {edgeKindCounts.map(({ kind }) => (
            <li key={kind}>
              <label>
                <input type="checkbox" checked={kinds.includes(kind)} onChange={() => toggleKind(kind)} />{' '}
                {relationInfo(kind).verb}
              </label>
            </li>
          ))}
        </ul>
        {kinds.length > 0 && (
          <button type="button" className="link-button" onClick={clearKinds}>
            Allow every relation
          </button>
        )}
      </fieldset>
    </details>
  );
}

/** The canvas marks of a path: its nodes and edges in the path colour. */
function pathOverlay(path: GraphPath): Overlay {
  const overlay: Overlay = {};
  for (const id of path.nodes) overlay[id] = 'path-node';
  for (const e of path.edges) overlay[e.id] = 'path-edge';
  return overlay;
}

/** The Path tool: how two nodes are connected, drawn on the graph and told as sentences. */
export function PathPanel() {
  const data = useData();
  const { from, to, kinds, chosen, setEnd, swap, choose, clear, clearKinds } = usePath();
  const setOverlay = useAtlas((s) => s.setOverlay);
  const engine = useEngine();

  const paths = useMemo(
    () =>
      from.id && to.id
        ? shortestPaths(data.graph, from.id, to.id, { maxPaths: MAX_PATHS, edgeKinds: kinds })
        : null,
    [data, from.id, to.id, kinds],
  );
  const shown =
    paths && paths.length > 0 && from.id !== to.id ? paths[Math.min(chosen, paths.length - 1)] : undefined;

  // The drawn path follows the choice and goes away with the panel.
  useEffect(() => {
    if (!shown) return;
    setOverlay('path', pathOverlay(shown));
    return () => setOverlay('path', null);
  }, [shown, setOverlay]);

  useEffect(() => {
    if (shown && !usePath.getState().keepCamera)
      engine.show([...shown.nodes, ...shown.edges.map((e) => e.id)]);
  }, [engine, shown]);

  return (
    <section className="study-panel path-panel" aria-label="Path">
      <h2>Path</h2>
      <p className="hint">
        How are two nodes connected? Choose them, and the shortest chain of relations between them is drawn on
        the graph and told as sentences.
      </p>
      <div className="path-ends">
        <NodePicker label="From" end={from} onChange={(end) => setEnd('from', end)} />
        <div className="path-end-actions">
          <button type="button" aria-label="Swap From and To" title="Swap From and To" onClick={swap}>
            <span aria-hidden="true">⇅</span> Swap
          </button>
          <button type="button" className="link-button" onClick={clear} disabled={!from.text && !to.text}>
            Clear
          </button>
        </div>
        <NodePicker label="To" end={to} onChange={(end) => setEnd('to', end)} />
      </div>
      <RelationKinds />
      <div className="path-output">
        {from.id && to.id && paths ? (
          <PathResult
            from={from.id}
            to={to.id}
            paths={paths}
            chosen={chosen}
            kinds={kinds}
            onChoose={choose}
            onAllowAll={clearKinds}
          />
        ) : (
          <p className="hint path-waiting">
            {from.id || to.id
              ? `Now choose ${from.id ? 'where to go (To)' : 'where to start (From)'}.`
              : 'Type a name in From and To, or select a node on the graph and press “Use selected node”.'}
          </p>
        )}
        {shown && (
          <button
            type="button"
            className="path-fit"
            onClick={() => engine.show([...shown.nodes, ...shown.edges.map((e) => e.id)])}
          >
            Show the path on the graph
          </button>
        )}
      </div>
    </section>
  );
}
