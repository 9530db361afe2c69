import { create } from 'zustand';
import type { Tour } from '../../../graph-data';
import type { LoadedGraph } from '../../engine/loaded-graph';
import { useAtlas } from '../../state/store';

interface TourState {
  /** The tour open, if any. */
  tourId: string | null;
  /** The step shown of each tour the user has been on, so that leaving and coming back resumes. */
  steps: Record<string, number>;
  open(tour: Tour, step?: number): void;
  go(tour: Tour, step: number): void;
  close(): void;
}

/** What the step lights: its nodes and relations, as the study tools' emphasis (the rest dims). */
function light(tour: Tour, step: number): void {
  const s = tour.steps[step];
  const { data, setOverlay } = useAtlas.getState();
  if (!s) return setOverlay('tour', null);
  const overlay: Record<string, string> = {};
  for (const id of s.nodes) if (data.index.node.has(id)) overlay[id] = 'path-node';
  for (const id of s.edges) if (data.edgeById.has(id)) overlay[id] = 'path-edge';
  setOverlay('tour', overlay);
}

/** The guided tour in hand; kept outside the panel so that it survives switching tabs. */
export const useTours = create<TourState>()((set, get) => ({
  tourId: null,
  steps: {},
  open(tour, step) {
    const at = Math.max(0, Math.min(tour.steps.length - 1, step ?? get().steps[tour.id] ?? 0));
    set({ tourId: tour.id, steps: { ...get().steps, [tour.id]: at } });
    light(tour, at);
  },
  go(tour, step) {
    if (step < 0 || step >= tour.steps.length) return;
    set({ steps: { ...get().steps, [tour.id]: step } });
    light(tour, step);
  },
  close() {
    set({ tourId: null });
    useAtlas.getState().setOverlay('tour', null);
  },
}));

/** The nodes and relations a tour names that the graph on screen does not have. */
export function missingFromGraph(data: LoadedGraph, tour: Tour): string[] {
  const missing = new Set<string>();
  for (const s of tour.steps) {
    for (const id of s.nodes) if (!data.index.node.has(id)) missing.add(id);
    for (const id of s.edges) if (!data.edgeById.has(id)) missing.add(id);
  }
  return [...missing];
}

/** A deep link to a tour step (`#tour=ecs-family&step=2`, steps counted from 1) opens it in the Tours tab. */
export function openTourFromHash(hash: string, tours: readonly Tour[]): void {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tour = tours.find((t) => t.id === params.get('tour'));
  if (!tour) return;
  const step = Number(params.get('step') ?? '1');
  useAtlas.getState().setPanel('tours');
  useTours.getState().open(tour, Number.isFinite(step) ? Math.round(step) - 1 : 0);
}
