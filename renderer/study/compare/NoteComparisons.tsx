import { useEffect, useMemo, useRef } from 'react';
import type { GraphNode } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { SourceCite } from './cite';
import { MAX_SUBJECTS, useCompare } from './compare-store';

/** A comparison table exactly as the note has it: its subjects as columns, its aspects as rows. */
function NoteTable({ node }: { node: GraphNode }) {
  const data = useData();
  const { index } = data;
  const select = useAtlas((s) => s.select);
  const setSubjects = useCompare((s) => s.setSubjects);
  const comparison = node.comparison!;
  const subjects = comparison.subjects.map((id) => index.node.get(id));
  const fitsMatrix = comparison.subjects.length >= 2 && comparison.subjects.length <= MAX_SUBJECTS;
  return (
    <div className="note-comparison" id={`note-comparison-${node.id}`}>
      <p className="hint">{node.summary}</p>
      <div className="compare-scroll" role="region" aria-label={`${node.label} (scrolls)`} tabIndex={0}>
        <table className="compare-table">
          <caption className="visually-hidden">{node.label}, as the notes have it</caption>
          <thead>
            <tr>
              <th scope="col" className="compare-facet">
                Aspect
              </th>
              {comparison.subjects.map((id, i) => (
                <th scope="col" key={id}>
                  <button type="button" className="node-link" onClick={() => select(id)}>
                    {subjects[i]?.label ?? id}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.aspects.map((a) => (
              <tr key={a.label}>
                <th scope="row">{a.label}</th>
                {comparison.subjects.map((id, i) => (
                  <td key={id}>{a.values[i] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceCite cite={node.cite} prefix="From" />
      {fitsMatrix && (
        <button type="button" onClick={() => setSubjects(comparison.subjects)}>
          Compare these in the generated table above
        </button>
      )}
    </div>
  );
}

/** The comparison tables the notes themselves contain, each opened from its data. */
export function NoteComparisons() {
  const data = useData();
  const openNote = useCompare((s) => s.openNote);
  const setOpenNote = useCompare((s) => s.setOpenNote);
  const opened = useRef<HTMLLIElement>(null);
  const nodes = useMemo(
    () => data.graph.nodes.filter((n) => n.kind === 'comparison' && n.comparison),
    [data],
  );

  // Opened from the details panel, the table may be below the fold.
  useEffect(() => {
    opened.current?.scrollIntoView({ block: 'nearest' });
  }, [openNote]);

  if (nodes.length === 0) return null;
  return (
    <section className="note-comparisons" aria-labelledby="note-comparisons-heading">
      <h3 id="note-comparisons-heading">Comparisons from the notes</h3>
      <ul>
        {nodes.map((n) => {
          const open = openNote === n.id;
          return (
            <li key={n.id} ref={open ? opened : undefined}>
              <button
                type="button"
                className="note-comparison-toggle"
                aria-expanded={open}
                aria-controls={`note-comparison-${n.id}`}
                onClick={() => setOpenNote(open ? null : n.id)}
              >
                {n.label}
              </button>
              <span className="hint">
                {' '}
                {n.comparison!.subjects.length} columns · {n.comparison!.aspects.length} aspects
              </span>
              {open && <NoteTable node={n} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
