import type { AtlasEngine } from '../../engine/atlas-engine';
import type { FilterState, SavedView } from '../../../contract/user-data';
import { LAYOUTS, useAtlas, type AtlasState, type LayoutName } from '../../state/store';
import { formatHash, parseHash } from '../../state/url-hash';
import { saveLayoutPositions } from '../../state/user-data';

type Positions = SavedView['positions'];

/** Two decimals are far below a pixel and keep the user-data file small. */
const round = (v: number) => Math.round(v * 100) / 100;

function newId(): string {
  return `view-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The current view as a SavedView: filters, focus, selection and layout from the store; zoom, pan and every position from the canvas. */
export function captureView(
  engine: AtlasEngine,
  state: Pick<AtlasState, 'filters' | 'focus' | 'selection' | 'layout'>,
  name: string,
  id: string = newId(),
  now: Date = new Date(),
): SavedView {
  const positions: Positions = {};
  for (const [id, { x, y }] of Object.entries(engine.nodePositions()))
    positions[id] = { x: round(x), y: round(y) };
  const { zoom, pan } = engine.camera();
  return {
    id,
    name: name.trim(),
    createdAt: now.toISOString(),
    filters: state.filters,
    selection: state.selection,
    focus: state.focus ? { ...state.focus } : null,
    zoom,
    pan: { x: round(pan.x), y: round(pan.y) },
    positions,
    layout: state.layout,
  };
}

/** How many filter values a view sets, across all the filter groups. */
export function filterCount(filters: FilterState): number {
  return Object.values(filters).reduce((sum, values) => sum + values.length, 0);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Concentric · 2 filters · focus on EKS · 127 positions": what opening a view brings back. */
export function summarizeView(view: SavedView, label: (id: string) => string): string {
  const parts: string[] = [];
  const layout = LAYOUTS.find((l) => l.name === view.layout);
  if (layout) parts.push(layout.label);
  const filters = filterCount(view.filters);
  parts.push(filters ? plural(filters, 'filter') : 'no filters');
  if (view.focus) {
    parts.push(
      `focus on ${label(view.focus.node)}${view.focus.depth > 1 ? ` (depth ${view.focus.depth})` : ''}`,
    );
  }
  if (view.selection) parts.push(`${label(view.selection)} selected`);
  parts.push(plural(Object.keys(view.positions).length, 'position'));
  return parts.join(' · ');
}

/**
 * Brings a saved view back. The canvas lays out again when the layout changes and animates a fit
 * when the focus changes (both inside the store's synchronous subscription), so the store goes first,
 * then any animation is stopped, and only then the saved positions, zoom and pan are applied, so that
 * nothing moves them afterwards. Filters, focus and selection are checked by the same rules as a
 * deep link, so that a view saved before the notes changed still opens with whatever still exists.
 * The positions also become the layout's remembered positions, so that a reload shows the same picture.
 */
export function openView(view: SavedView, engine: AtlasEngine): void {
  const store = useAtlas.getState();
  const checked = parseHash(
    store.data,
    formatHash({ selection: view.selection, filters: view.filters, focus: view.focus }),
  );
  const layout = LAYOUTS.find((l) => l.name === view.layout)?.name as LayoutName | undefined;
  if (layout && layout !== store.layout) store.setLayout(layout);
  store.setFilters(checked.filters);
  store.setFocus(checked.focus);
  store.select(checked.selection);

  const applied = engine.placeNodes(view.positions);
  engine.setCamera(view);

  const name = layout ?? useAtlas.getState().layout;
  saveLayoutPositions(name, applied);
}
