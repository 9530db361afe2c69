import {
  HOSTING_LABELS,
  HOSTING_VALUES,
  NODE_KIND_INFO,
  ORCHESTRATOR_LABELS,
  ORCHESTRATOR_VALUES,
  relationInfo,
} from '../../graph-data';
import { useData } from '../engine/use-engine';
import { hasFilters, useAtlas, type FilterKey } from '../state/store';
import { KindIcon } from './KindIcon';

function Check({ filter, value, children }: { filter: FilterKey; value: string; children: React.ReactNode }) {
  const checked = useAtlas((s) => s.filters[filter].includes(value));
  const toggle = useAtlas((s) => s.toggleFilter);
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={() => toggle(filter, value)} />
      {children}
    </label>
  );
}

/** Node kinds with their colour, shape and count: the legend, which also filters by kind. */
export function Legend() {
  const { kindCounts } = useData();
  return (
    <fieldset className="filter-group legend">
      <legend>Legend · node kinds</legend>
      {kindCounts.map(({ kind, count }) => (
        <Check key={kind} filter="nodeKinds" value={kind}>
          <KindIcon kind={kind} />
          <span className="check-label" title={NODE_KIND_INFO[kind].meaning}>
            {NODE_KIND_INFO[kind].plural}
          </span>
          <span className="count" aria-label={`${count} nodes`}>
            {count}
          </span>
        </Check>
      ))}
    </fieldset>
  );
}

/** Facet filters (compliance, hosting, orchestrator) and relation kinds; they combine with AND. */
export function Filters() {
  const { graph, edgeKindCounts } = useData();
  const programmes = graph.nodes
    .filter((n) => n.kind === 'compliance')
    .sort((a, b) => a.label.localeCompare(b.label));
  const hostings = HOSTING_VALUES.filter((h) =>
    graph.nodes.some((n) => n.hosting.some((c) => c.value === h)),
  );
  const orchestrators = ORCHESTRATOR_VALUES.filter((o) =>
    graph.nodes.some((n) => n.orchestrator.some((c) => c.value === o)),
  );
  const edgeKindsOn = useAtlas((s) => s.filters.edgeKinds.length);
  const inferred = graph.edges.filter((e) => e.inferred).length;
  const hideInferred = useAtlas((s) => s.hideInferred);
  const setHideInferred = useAtlas((s) => s.setHideInferred);
  const any = useAtlas((s) => hasFilters(s.filters));
  const clear = useAtlas((s) => s.clearFilters);
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="section-head">
        <h2 id="filters-heading">Filters</h2>
        <button type="button" className="link-button" onClick={clear} disabled={!any}>
          Clear filters
        </button>
      </div>
      {inferred > 0 && (
        <label className="check inferred-toggle">
          <input type="checkbox" checked={hideInferred} onChange={(e) => setHideInferred(e.target.checked)} />
          <span className="check-label">Hide inferred relations</span>
          <span className="count">{inferred}</span>
        </label>
      )}
      <fieldset className="filter-group">
        <legend>Compliance</legend>
        {programmes.map((p) => (
          <Check key={p.id} filter="compliance" value={p.id}>
            <span className="check-label">{p.label}</span>
          </Check>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Runs where</legend>
        {hostings.map((h) => (
          <Check key={h} filter="hosting" value={h}>
            <span className="check-label">{HOSTING_LABELS[h]}</span>
          </Check>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Orchestrator</legend>
        {orchestrators.map((o) => (
          <Check key={o} filter="orchestrator" value={o}>
            <span className="check-label">{ORCHESTRATOR_LABELS[o]}</span>
          </Check>
        ))}
      </fieldset>
      <Legend />
      <details className="filter-group relations-filter" open={edgeKindsOn > 0 || undefined}>
        <summary>Relation kinds{edgeKindsOn > 0 ? ` (${edgeKindsOn} on)` : ''}</summary>
        <fieldset>
          <legend className="visually-hidden">Relation kinds</legend>
          {edgeKindCounts.map(({ kind, count }) => (
            <Check key={kind} filter="edgeKinds" value={kind}>
              <span className="check-label">{relationInfo(kind).verb}</span>
              <span className="count" aria-label={`${count} relations`}>
                {count}
              </span>
            </Check>
          ))}
        </fieldset>
      </details>
    </section>
  );
}
