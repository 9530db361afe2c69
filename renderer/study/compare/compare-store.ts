import { create } from 'zustand';
import type { NodeKind } from '../../../graph-data';
import { useAtlas } from '../../state/store';

/** The most subjects a comparison holds: beyond four the table no longer fits the panel. */
export const MAX_SUBJECTS = 4;

/** Kinds of node that can be compared in the matrix. */
export function isComparable(kind: NodeKind): boolean {
  return kind === 'service' || kind === 'compute-option';
}

export type ToggleResult = 'added' | 'removed' | 'full';

interface CompareState {
  /** Node ids in the order they were chosen (the matrix's column order). */
  subjects: string[];
  /** The comparison node (from the notes) whose table is open, if any. */
  openNote: string | null;
  hideShared: boolean;
  showSources: boolean;
  /** Adds or removes a subject; refuses to add a fifth. */
  toggle(id: string): ToggleResult;
  setSubjects(ids: string[]): void;
  clear(): void;
  setOpenNote(id: string | null): void;
  setHideShared(hide: boolean): void;
  setShowSources(show: boolean): void;
}

/** What is being compared; kept outside the panel so it survives switching tabs. */
export const useCompare = create<CompareState>()((set, get) => ({
  subjects: [],
  openNote: null,
  hideShared: false,
  showSources: false,

  toggle(id) {
    const { subjects } = get();
    if (subjects.includes(id)) {
      set({ subjects: subjects.filter((s) => s !== id) });
      return 'removed';
    }
    if (subjects.length >= MAX_SUBJECTS) return 'full';
    set({ subjects: [...subjects, id] });
    return 'added';
  },
  setSubjects(ids) {
    set({ subjects: [...new Set(ids)].slice(0, MAX_SUBJECTS) });
  },
  clear() {
    set({ subjects: [] });
  },
  setOpenNote(openNote) {
    set({ openNote });
  },
  setHideShared(hideShared) {
    set({ hideShared });
  },
  setShowSources(showSources) {
    set({ showSources });
  },
}));

// Another graph: subjects it does not have leave the comparison.
useAtlas.subscribe((s, prev) => {
  if (s.data === prev.data) return;
  const has = (id: string) => s.data.index.node.has(id);
  const { subjects, openNote } = useCompare.getState();
  useCompare.setState({
    subjects: subjects.filter(has),
    openNote: openNote && has(openNote) ? openNote : null,
  });
});
