import { create } from 'zustand';
import type { SessionState } from '../../../contract/user-data';
import type { LoadedGraph } from '../../engine/loaded-graph';
import { useAtlas } from '../../state/store';

/** One end of the path: the node chosen (if any) and the text in its picker. */
export interface PathEnd {
  id: string | null;
  text: string;
}

const EMPTY_END: PathEnd = { id: null, text: '' };

/**
 * The Path tool's choices. They live outside the panel so that switching to another tab and back
 * keeps the two ends, the relation kinds and the chosen path.
 */
export interface PathState {
  from: PathEnd;
  to: PathEnd;
  /** Relation kinds the path may use; empty means any. */
  kinds: string[];
  /** Index of the shortest path highlighted when there are several. */
  chosen: number;
  /**
   * The path came back with a reload, and so did the camera the user had on it: drawing it does not
   * frame it again, until the user changes the path.
   */
  keepCamera: boolean;
  setEnd(which: 'from' | 'to', end: PathEnd): void;
  swap(): void;
  toggleKind(kind: string): void;
  clearKinds(): void;
  choose(index: number): void;
  clear(): void;
}

/** The Path tool's store. */
export const usePath = create<PathState>()((set, get) => ({
  from: EMPTY_END,
  to: EMPTY_END,
  kinds: [],
  chosen: 0,
  keepCamera: false,
  setEnd(which, end) {
    const current = get()[which];
    if (current.id === end.id && current.text === end.text) return;
    // A new end means new paths: start again from the first.
    set(current.id === end.id ? { [which]: end } : { [which]: end, chosen: 0, keepCamera: false });
  },
  swap() {
    const { from, to } = get();
    set({ from: to, to: from, chosen: 0, keepCamera: false });
  },
  toggleKind(kind) {
    const kinds = get().kinds;
    set({
      kinds: kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind],
      chosen: 0,
      keepCamera: false,
    });
  },
  clearKinds() {
    set({ kinds: [], chosen: 0, keepCamera: false });
  },
  choose(chosen) {
    set({ chosen, keepCamera: false });
  },
  clear() {
    set({ from: EMPTY_END, to: EMPTY_END, chosen: 0, keepCamera: false });
  },
}));

/** What a reload keeps of the Path tool: both ends, the relation kinds and the path chosen. */
export function pathSession(): NonNullable<SessionState['path']> {
  const { from, to, kinds, chosen } = usePath.getState();
  return { from, to, kinds, chosen };
}

/** Brings the Path tool back as a session kept it; an end this graph lacks keeps only its text. */
export function restorePath(part: SessionState['path'], data: LoadedGraph): void {
  if (!part) return;
  const keep = (end: PathEnd): PathEnd =>
    end.id && !data.index.node.has(end.id) ? { id: null, text: end.text } : end;
  const known = new Set(data.edgeKindCounts.map((k) => k.kind as string));
  const from = keep(part.from);
  const to = keep(part.to);
  const kinds = part.kinds.filter((k) => known.has(k));
  const same = from === part.from && to === part.to && kinds.length === part.kinds.length;
  usePath.setState({ from, to, kinds, chosen: same ? part.chosen : 0, keepCamera: true });
}

// Another graph: an end it does not have is cleared (its text stays, to search again).
useAtlas.subscribe((s, prev) => {
  if (s.data === prev.data) return;
  const keep = (end: PathEnd) =>
    end.id && !s.data.index.node.has(end.id) ? { id: null, text: end.text } : end;
  const { from, to } = usePath.getState();
  usePath.setState({ from: keep(from), to: keep(to), chosen: 0 });
});
