import { useMemo } from 'react';
import { compareNodes, type CompareRow, type CompareValue } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { useAtlas } from '../../state/store';
import { citeText, SourceCite } from './cite';
import { useCompare } from './compare-store';
import { highlightDistinctive, rowDistinction } from './distinctive';

/** Attribute values come through as text; booleans read better as words. */
function display(text: string): string {
  return text === 'true' ? 'Yes' : text === 'false' ? 'No' : text;
}

function sameCite(a: CompareValue, b: CompareValue | undefined): boolean {
  return b !== undefined && a.cite.note === b.cite.note && a.cite.section === b.cite.section;
}

/** One cell's values; a value that is a node selects it. With sources on, each run of values sharing a source ends with it. */
function Cell({
  values,
  row,
  showSources,
  unique,
}: {
  values: CompareValue[];
  row: CompareRow;
  showSources: boolean;
  /** Values of this cell no other subject has, marked when the matrix highlights what is distinctive. */
  unique?: Set<string>;
}) {
  const data = useData();
  const select = useAtlas((s) => s.select);
  if (values.length === 0) {
    return (
      <span className="compare-none">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Nothing in the notes</span>
      </span>
    );
  }
  return (
    <ul className="compare-values">
      {values.map((v, i) => {
        // In a row that differs, values every subject has are toned down so the differences stand out.
        const common = row.differs && row.shared.includes(v.text);
        const title = `Source: ${citeText(data.graph.sources, v.cite)}`;
        const only = unique?.has(v.text);
        return (
          <li key={i} className={common ? 'common' : only ? 'unique' : undefined}>
            {v.node ? (
              <button
                type="button"
                className="node-link compare-node"
                title={`${title}. Click to select it in the graph.`}
                onClick={() => select(v.node!)}
              >
                {v.text}
              </button>
            ) : (
              <span title={title}>{display(v.text)}</span>
            )}
            {showSources && !sameCite(v, values[i + 1]) && <SourceCite cite={v.cite} />}
          </li>
        );
      })}
    </ul>
  );
}

/** The generated matrix for 2-4 subjects: one column each, a row per facet, differences marked. */
export function CompareMatrix({ ids }: { ids: string[] }) {
  const data = useData();
  const hideShared = useCompare((s) => s.hideShared);
  const showSources = useCompare((s) => s.showSources);
  const setHideShared = useCompare((s) => s.setHideShared);
  const setShowSources = useCompare((s) => s.setShowSources);
  const toggle = useCompare((s) => s.toggle);
  const select = useAtlas((s) => s.select);
  const setOpenNote = useCompare((s) => s.setOpenNote);
  const comparison = useMemo(() => compareNodes(data.graph, ids), [data, ids]);
  // The notes' own tables that cover every subject here say things the generated rows cannot.
  const noteTables = useMemo(
    () =>
      data.graph.nodes.filter(
        (n) => n.kind === 'comparison' && ids.every((id) => n.comparison?.subjects.includes(id)),
      ),
    [data, ids],
  );
  const shared = comparison.rows.filter((r) => !r.differs);
  const rows = hideShared ? comparison.rows.filter((r) => r.differs) : comparison.rows;
  const names = comparison.subjects.map((s) => s.label);
  // When every row differs, whole-row highlights would mark everything; mark what stands out instead.
  const distinctive = highlightDistinctive(comparison.rows);
  const distinctions = useMemo(
    () => new Map(comparison.rows.map((r) => [r.key, rowDistinction(r)])),
    [comparison],
  );
  const standouts = distinctive
    ? [...distinctions.values()].reduce((n, d) => n + d.cells.filter(Boolean).length, 0)
    : 0;

  return (
    <section className="compare-matrix" aria-labelledby="compare-matrix-heading">
      <h3 id="compare-matrix-heading">Side by side</h3>
      <div className="compare-tools">
        <p className="hint">
          {distinctive
            ? `All ${comparison.rows.length} rows differ, so only what sets one apart is highlighted: ${standouts} cell${standouts === 1 ? '' : 's'} where one alone has a value, or differs from the others that agree.`
            : `${comparison.rows.length - shared.length} of ${comparison.rows.length} rows differ (highlighted).`}
        </p>
        <button type="button" aria-pressed={hideShared} onClick={() => setHideShared(!hideShared)}>
          Hide shared rows
        </button>
        <button type="button" aria-pressed={showSources} onClick={() => setShowSources(!showSources)}>
          Show sources
        </button>
      </div>
      {hideShared && shared.length > 0 && (
        <p className="hint">Hidden because all are the same: {shared.map((r) => r.label).join(', ')}.</p>
      )}
      <div className="compare-scroll" role="region" aria-label="Comparison table (scrolls)" tabIndex={0}>
        <table className="compare-table">
          <caption className="visually-hidden">
            {names.join(' compared with ')}. Rows where they differ are marked “differs”
            {distinctive ? '; cells that set one apart are marked “stands out”' : ''}.
          </caption>
          <thead>
            <tr>
              <th scope="col" className="compare-facet">
                Facet
              </th>
              {comparison.subjects.map((s) => (
                <th scope="col" key={s.id}>
                  <div className="compare-subject">
                    <button type="button" className="node-link" onClick={() => select(s.id)}>
                      {s.label}
                    </button>
                    <button
                      type="button"
                      className="icon-button compare-remove"
                      aria-label={`Remove ${s.label} from comparison`}
                      title={`Remove ${s.label} from comparison`}
                      onClick={() => toggle(s.id)}
                    >
                      ×
                    </button>
                  </div>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr
                key={r.key}
                className={distinctive ? 'differs by-cell' : r.differs ? 'differs' : 'same'}
                data-row={r.key}
              >
                <th scope="row">
                  {r.label}
                  <span className="compare-mark">{r.differs ? 'differs' : 'same for all'}</span>
                </th>
                {r.cells.map((values, i) => {
                  const d = distinctive ? distinctions.get(r.key) : undefined;
                  const stands = d?.cells[i] ?? false;
                  return (
                    <td key={comparison.subjects[i]!.id} className={stands ? 'distinctive' : undefined}>
                      {values.length === 0 && r.notInNotes[i] ? (
                        <span className="compare-none not-in-notes" title={r.notInNotes[i]}>
                          not in the notes
                        </span>
                      ) : (
                        <Cell
                          values={values}
                          row={r}
                          showSources={showSources}
                          unique={stands ? d?.unique[i] : undefined}
                        />
                      )}
                      {stands && <span className="visually-hidden">stands out</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {noteTables.length > 0 && (
        <p className="hint">
          The notes compare these in a table of their own:{' '}
          {noteTables.map((n) => (
            <button key={n.id} type="button" className="link-button" onClick={() => setOpenNote(n.id)}>
              {n.label}
            </button>
          ))}
        </p>
      )}
      <p className="hint">
        Hover a value for its source, or turn on “Show sources”. A linked value selects that node in the
        graph; “Show its details” above opens it.
      </p>
    </section>
  );
}
