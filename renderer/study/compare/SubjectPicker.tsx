import { useMemo } from 'react';
import { NODE_KIND_INFO, type GraphNode } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { MAX_SUBJECTS, isComparable, useCompare } from './compare-store';

function byLabel(a: GraphNode, b: GraphNode): number {
  return a.label.localeCompare(b.label);
}

function Choices({ legend, nodes }: { legend: string; nodes: GraphNode[] }) {
  const subjects = useCompare((s) => s.subjects);
  const toggle = useCompare((s) => s.toggle);
  const full = subjects.length >= MAX_SUBJECTS;
  return (
    <fieldset className="compare-choices">
      <legend>{legend}</legend>
      {nodes.map((n) => {
        const checked = subjects.includes(n.id);
        return (
          <label key={n.id} className={full && !checked ? 'unavailable' : undefined}>
            <input
              type="checkbox"
              checked={checked}
              disabled={full && !checked}
              onChange={() => toggle(n.id)}
            />
            {n.label}
          </label>
        );
      })}
    </fieldset>
  );
}

/** Checkboxes for every service and launch type, plus an offer to add what is selected in the graph. */
export function SubjectPicker() {
  const data = useData();
  const subjects = useCompare((s) => s.subjects);
  const clear = useCompare((s) => s.clear);
  const toggle = useCompare((s) => s.toggle);
  const selection = useAtlas((s) => s.selection);
  const setPanel = useAtlas((s) => s.setPanel);
  const groups = useMemo(
    () =>
      (['service', 'compute-option'] as const).map((kind) => ({
        legend: NODE_KIND_INFO[kind].plural,
        nodes: data.graph.nodes.filter((n) => n.kind === kind).sort(byLabel),
      })),
    [data],
  );
  const selected = selection ? data.index.node.get(selection) : undefined;
  const full = subjects.length >= MAX_SUBJECTS;

  return (
    <div className="compare-picker">
      {selected && (
        <p className="compare-selected">
          <span aria-live="polite">
            Selected in the graph: <strong>{selected.label}</strong>
          </span>{' '}
          {isComparable(selected.kind) && !subjects.includes(selected.id) && !full && (
            <button type="button" onClick={() => toggle(selected.id)}>
              Add to comparison
            </button>
          )}{' '}
          <button type="button" className="link-button" onClick={() => setPanel('details')}>
            Show its details
          </button>
        </p>
      )}
      <div className="compare-choice-groups">
        {groups.map((g) => (
          <Choices key={g.legend} legend={g.legend} nodes={g.nodes} />
        ))}
      </div>
      <div className="compare-count">
        <p className="hint" role="status">
          {subjects.length === 0 && 'Choose 2 to 4 to compare them side by side.'}
          {subjects.length === 1 && 'Choose at least one more to see the comparison.'}
          {subjects.length > 1 && !full && `${subjects.length} chosen; you can add up to ${MAX_SUBJECTS}.`}
          {full && `${MAX_SUBJECTS} chosen, the most a comparison holds: untick one to choose another.`}
        </p>
        {subjects.length > 0 && (
          <button type="button" className="link-button" onClick={clear}>
            Clear all
          </button>
        )}
      </div>
    </div>
  );
}
