import { useId } from 'react';
import { relationInfo, type GraphEdge, type GraphPath } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { graphView } from '../../engine/graph-view';
import { useAtlas } from '../../state/store';

/** A node named in a sentence: a button that selects it on the graph. */
function NodeLink({ id }: { id: string }) {
  const data = useData();
  const select = useAtlas((s) => s.select);
  return (
    <button type="button" className="link-button path-node-link" onClick={() => select(id)}>
      {data.label(id)}
    </button>
  );
}

/** One edge as its sentence ("EKS Anywhere is built on EKS Distro"), each node a link. */
function Step({ edge }: { edge: GraphEdge }) {
  return (
    <li>
      <NodeLink id={edge.source} /> <span className="path-verb">{relationInfo(edge.kind).verb}</span>{' '}
      <NodeLink id={edge.target} />
      {edge.qualifier && <span className="qualifier"> ({edge.qualifier})</span>}
    </li>
  );
}

/** Says so when part of the path is hidden by filters or focus, and offers to show everything. */
function HiddenWarning({ path }: { path: GraphPath }) {
  const filters = useAtlas((s) => s.filters);
  const focus = useAtlas((s) => s.focus);
  const data = useData();
  const hideInferred = useAtlas((s) => s.hideInferred);
  const keepOrphans = useAtlas((s) => s.keepOrphans);
  const view = graphView(data, filters, focus, hideInferred, keepOrphans);
  const hidden = path.nodes.filter((id) => !view.visibleNodes.has(id)).length;
  if (hidden === 0) return null;
  const show = () => {
    const { clearFilters, setFocus } = useAtlas.getState();
    clearFilters();
    setFocus(null);
  };
  return (
    <p className="path-warning">
      {hidden === 1 ? 'One node' : `${hidden} nodes`} of this path {hidden === 1 ? 'is' : 'are'} hidden by
      your filters or focus, so the graph cannot show the whole path.{' '}
      <button type="button" className="link-button" onClick={show}>
        Show the whole graph
      </button>
    </p>
  );
}

interface PathResultProps {
  from: string;
  to: string;
  paths: GraphPath[];
  chosen: number;
  kinds: readonly string[];
  onChoose(index: number): void;
  onAllowAll(): void;
}

/** The answer to "how are these two connected?": the shortest paths, or why there is none. */
export function PathResult({ from, to, paths, chosen, kinds, onChoose, onAllowAll }: PathResultProps) {
  const data = useData();
  const groupName = useId();
  const label = data.label;
  if (from === to) {
    return (
      <p className="path-message" role="status">
        You chose {label(from)} for both ends. Choose two different nodes to see how they are connected.
      </p>
    );
  }
  if (paths.length === 0) {
    return (
      <div className="path-message" role="status">
        {kinds.length === 0 ? (
          <p>
            {label(from)} and {label(to)} are not connected in the graph.
          </p>
        ) : (
          <>
            <p>
              {label(from)} and {label(to)} are not connected through the relations you allowed (
              {kinds.map((k) => relationInfo(k).verb).join(', ')}).
            </p>
            <button type="button" onClick={onAllowAll}>
              Allow every relation
            </button>
          </>
        )}
      </div>
    );
  }
  const path = paths[Math.min(chosen, paths.length - 1)]!;
  const steps = path.edges.length;
  const stepWord = `${steps} step${steps === 1 ? '' : 's'}`;
  return (
    <div className="path-result">
      <p className="path-count" role="status">
        {paths.length === 1
          ? `One shortest path, ${stepWord}.`
          : `${paths.length} shortest paths of ${stepWord} each; the one you choose is drawn on the graph.`}
      </p>
      {paths.length > 1 ? (
        <div className="path-choices" role="radiogroup" aria-label="Shortest paths">
          {paths.map((p, i) => (
            <label key={i} className={i === chosen ? 'path-choice chosen' : 'path-choice'}>
              <input type="radio" name={groupName} checked={i === chosen} onChange={() => onChoose(i)} />
              <span>{p.story}</span>
            </label>
          ))}
        </div>
      ) : (
        <p className="path-story">{path.story}</p>
      )}
      <HiddenWarning path={path} />
      <h3 className="path-steps-heading">Step by step</h3>
      <ol className="path-steps" aria-label="Steps of the highlighted path">
        {path.edges.map((e) => (
          <Step key={e.id} edge={e} />
        ))}
      </ol>
    </div>
  );
}
