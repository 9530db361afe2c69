import { useLayoutEffect, useRef } from 'react';
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
import { isKindShown, setKindShown } from './kind-filter';
import { groupRelationKinds } from './relation-groups';

/** The nearest ancestor that scrolls vertically (the sidebar), if any. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/**
 * A checkbox that stays where it was when toggled: a filter can add or grow the matches list above
 * it, and neither the keyboard's focus nor the pointer should be left looking at something else. The
 * sidebar is scrolled by what the content above moved, then the control is made fully visible.
 */
function KeptInView({
  checked,
  onChange,
  disabled,
  title,
  className = 'check',
  children,
}: {
  className?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  title?: string;
  children: React.ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  const topBefore = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = input.current;
    const before = topBefore.current;
    topBefore.current = null;
    if (!el || before === null) return;
    const moved = el.getBoundingClientRect().top - before;
    const scroller = moved ? scrollParent(el) : null;
    if (scroller) scroller.scrollTop += moved;
    if (el === document.activeElement) el.scrollIntoView({ block: 'nearest' });
  }, [checked]);
  return (
    <label className={className} title={title}>
      <input
        ref={input}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => {
          topBefore.current = e.currentTarget.getBoundingClientRect().top;
          onChange(e.target.checked);
        }}
      />
      {children}
    </label>
  );
}

function Check({ filter, value, children }: { filter: FilterKey; value: string; children: React.ReactNode }) {
  const checked = useAtlas((s) => s.filters[filter].includes(value));
  const toggle = useAtlas((s) => s.toggleFilter);
  return (
    <KeptInView checked={checked} onChange={() => toggle(filter, value)}>
      {children}
    </KeptInView>
  );
}

/**
 * Node kinds with their colour, shape and count: the legend, which also filters by kind. Every kind
 * is ticked (shown) until unticked; "only" shows one kind alone; "Show all" undoes both.
 */
export function Legend() {
  const { kindCounts } = useData();
  const nodeKinds = useAtlas((s) => s.filters.nodeKinds);
  const setFilters = useAtlas((s) => s.setFilters);
  const present = kindCounts.map((k) => k.kind as string);
  const shownCount = present.filter((k) => isKindShown(nodeKinds, k)).length;
  const store = (next: string[]) => setFilters({ ...useAtlas.getState().filters, nodeKinds: next });
  return (
    <fieldset className="filter-group legend">
      <legend>Legend · node kinds</legend>
      <div className="legend-tools">
        <span className="hint">
          {shownCount === present.length
            ? 'All kinds shown'
            : `${shownCount} of ${present.length} kinds shown`}
        </span>
        <button
          type="button"
          className="link-button"
          disabled={shownCount === present.length}
          onClick={() => store([])}
        >
          Show all
        </button>
      </div>
      {kindCounts.map(({ kind, count }) => {
        const shown = isKindShown(nodeKinds, kind);
        const last = shown && shownCount === 1;
        const { plural, meaning } = NODE_KIND_INFO[kind];
        return (
          <div className="legend-row" key={kind}>
            <KeptInView
              checked={shown}
              disabled={last}
              title={last ? 'At least one kind stays shown' : meaning}
              onChange={(on) => store(setKindShown(nodeKinds, present, kind, on))}
            >
              <KindIcon kind={kind} />
              <span className="check-label">{plural}</span>
              <span className="count" aria-label={`${count} nodes`}>
                {count}
              </span>
            </KeptInView>
            <button
              type="button"
              className="only-button"
              aria-label={`Show only ${plural}`}
              title={`Show only ${plural}`}
              aria-pressed={nodeKinds.length === 1 && nodeKinds[0] === kind}
              onClick={() => store(nodeKinds.length === 1 && nodeKinds[0] === kind ? [] : [kind])}
            >
              only
            </button>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Relation kinds under headings, with the choice to keep the nodes the filter leaves unconnected. */
function RelationKinds() {
  const { edgeKindCounts } = useData();
  const edgeKindsOn = useAtlas((s) => s.filters.edgeKinds.length);
  const keepOrphans = useAtlas((s) => s.keepOrphans);
  const setKeepOrphans = useAtlas((s) => s.setKeepOrphans);
  const setFilters = useAtlas((s) => s.setFilters);
  const groups = groupRelationKinds(edgeKindCounts);
  return (
    <details className="filter-group relations-filter" open={edgeKindsOn > 0 || undefined}>
      <summary>Relation kinds{edgeKindsOn > 0 ? ` (${edgeKindsOn} on)` : ''}</summary>
      <p className="hint">Tick kinds to show only those relations; with none ticked, all are shown.</p>
      <div className="relation-tools">
        <KeptInView checked={keepOrphans} onChange={setKeepOrphans}>
          <span className="check-label">Keep nodes without these relations</span>
        </KeptInView>
        <button
          type="button"
          className="link-button"
          disabled={edgeKindsOn === 0}
          onClick={() => setFilters({ ...useAtlas.getState().filters, edgeKinds: [] })}
        >
          Show all relations
        </button>
      </div>
      <fieldset>
        <legend className="visually-hidden">Relation kinds</legend>
        {groups.map((g) => (
          <fieldset key={g.key} className="relation-group">
            <legend>{g.label}</legend>
            {g.kinds.map(({ kind, count }) => (
              <Check key={kind} filter="edgeKinds" value={kind}>
                <span className="check-label">{relationInfo(kind).verb}</span>
                <span className="count" aria-label={`${count} relations`}>
                  {count}
                </span>
              </Check>
            ))}
          </fieldset>
        ))}
      </fieldset>
    </details>
  );
}

/** What a filter group shows when the notes give it nothing to filter by. */
function NoneInNotes() {
  return <p className="hint">None in these notes.</p>;
}

/** Facet filters (compliance, hosting, orchestrator), the legend and relation kinds; they combine with AND. */
export function Filters() {
  const { graph } = useData();
  const programmes = graph.nodes
    .filter((n) => n.kind === 'compliance')
    .sort((a, b) => a.label.localeCompare(b.label));
  const hostings = HOSTING_VALUES.filter((h) =>
    graph.nodes.some((n) => n.hosting.some((c) => c.value === h)),
  );
  const orchestrators = ORCHESTRATOR_VALUES.filter((o) =>
    graph.nodes.some((n) => n.orchestrator.some((c) => c.value === o)),
  );
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
        <KeptInView className="check inferred-toggle" checked={hideInferred} onChange={setHideInferred}>
          <span className="check-label">Hide inferred relations</span>
          <span className="count">{inferred}</span>
        </KeptInView>
      )}
      <fieldset className="filter-group">
        <legend>Compliance</legend>
        {programmes.length === 0 && <NoneInNotes />}
        {programmes.map((p) => (
          <Check key={p.id} filter="compliance" value={p.id}>
            <span className="check-label">{p.label}</span>
          </Check>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Runs where</legend>
        {hostings.length === 0 && <NoneInNotes />}
        {hostings.map((h) => (
          <Check key={h} filter="hosting" value={h}>
            <span className="check-label">{HOSTING_LABELS[h]}</span>
          </Check>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Orchestrator</legend>
        {orchestrators.length === 0 && <NoneInNotes />}
        {orchestrators.map((o) => (
          <Check key={o} filter="orchestrator" value={o}>
            <span className="check-label">{ORCHESTRATOR_LABELS[o]}</span>
          </Check>
        ))}
      </fieldset>
      <Legend />
      <RelationKinds />
    </section>
  );
}
