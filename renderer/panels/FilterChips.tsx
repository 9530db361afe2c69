import {
  HOSTING_LABELS,
  NODE_KIND_INFO,
  ORCHESTRATOR_LABELS,
  relationInfo,
  type Hosting,
  type NodeKind,
  type Orchestrator,
} from '../../graph-data';
import type { FilterState } from '../../contract/user-data';
import type { LoadedGraph } from '../engine/loaded-graph';
import { useData } from '../engine/use-engine';
import { hasFilters, useAtlas } from '../state/store';
import { hiddenKinds, isKindShown, setKindShown } from './kind-filter';

/** One active filter value as the user reads it, and the filters without it. */
export interface FilterChip {
  key: string;
  facet: string;
  text: string;
  without: (f: FilterState) => FilterState;
}

const drop =
  (field: keyof FilterState, value: string) =>
  (f: FilterState): FilterState => ({ ...f, [field]: f[field].filter((v) => v !== value) });

/**
 * The chips for a set of filters: one per ticked value; for node kinds, one per hidden kind, or a
 * single "only ..." chip when fewer kinds are shown than hidden.
 */
export function filterChips(data: LoadedGraph, f: FilterState): FilterChip[] {
  const chips: FilterChip[] = [];
  const values = (field: keyof FilterState, facet: string, text: (v: string) => string) => {
    for (const v of f[field])
      chips.push({ key: `${field}:${v}`, facet, text: text(v), without: drop(field, v) });
  };
  values('compliance', 'Compliance', (id) => data.label(id));
  values('hosting', 'Runs where', (h) => HOSTING_LABELS[h as Hosting] ?? h);
  values('orchestrator', 'Orchestrator', (o) => ORCHESTRATOR_LABELS[o as Orchestrator] ?? o);
  const present = data.kindCounts.map((k) => k.kind as string);
  const hidden = hiddenKinds(f.nodeKinds, present);
  const plural = (k: string) => NODE_KIND_INFO[k as NodeKind]?.plural ?? k;
  if (hidden.length > 0 && hidden.length <= present.length - hidden.length) {
    for (const k of hidden)
      chips.push({
        key: `nodeKinds:${k}`,
        facet: 'Kinds',
        text: `${plural(k)} hidden`,
        without: (g) => ({ ...g, nodeKinds: setKindShown(g.nodeKinds, present, k, true) }),
      });
  } else if (hidden.length > 0) {
    const shown = present.filter((k) => isKindShown(f.nodeKinds, k));
    chips.push({
      key: 'nodeKinds:only',
      facet: 'Kinds',
      text: `Only ${shown.map(plural).join(', ')}`,
      without: (g) => ({ ...g, nodeKinds: [] }),
    });
  }
  values('edgeKinds', 'Relations', (kind) => relationInfo(kind).verb);
  return chips;
}

/** The active filters over the canvas, each removable with its ×; "Clear all" removes them all. */
export function FilterChips() {
  const data = useData();
  const filters = useAtlas((s) => s.filters);
  const focused = useAtlas((s) => s.focus !== null);
  const setFilters = useAtlas((s) => s.setFilters);
  const clear = useAtlas((s) => s.clearFilters);
  if (!hasFilters(filters)) return null;
  const chips = filterChips(data, filters);
  // A removed chip takes its button with it; focus moves to a neighbouring chip's instead of the page.
  const remove = (chip: FilterChip, button: HTMLButtonElement) => {
    const next = button.closest('li')?.nextElementSibling ?? button.closest('li')?.previousElementSibling;
    setFilters(chip.without(useAtlas.getState().filters));
    const target = next?.querySelector('button') ?? null;
    // With the last chip gone the bar goes too; the search box is the nearest place to carry on from.
    requestAnimationFrame(() =>
      (target?.isConnected ? target : document.querySelector<HTMLElement>('.search input'))?.focus(),
    );
  };
  return (
    <div
      className={focused ? 'filter-chips below-focus' : 'filter-chips'}
      role="region"
      aria-label="Active filters"
    >
      <ul aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span className="chip-facet">{chip.facet}</span>
            <span className="chip-text">{chip.text}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove filter ${chip.text}`}
              title={`Remove filter ${chip.text}`}
              onClick={(e) => remove(chip, e.currentTarget)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button chips-clear" onClick={clear}>
        Clear all
      </button>
    </div>
  );
}
