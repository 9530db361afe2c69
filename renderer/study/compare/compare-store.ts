import { create } from 'zustand';
import type { NodeKind } from '../../../graph-data';
import type { SessionState } from '../../../contract/user-data';
import type { LoadedGraph } from '../../engine/loaded-graph';
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

/** What a reload keeps of Compare: the subjects, the open note table and how the matrix is shown. */
export function compareSession(): NonNullable<SessionState['compare']> {
  const { subjects, openNote, hideShared, showSources } = useCompare.getState();
  return { subjects, openNote, hideShared, showSources };
}

/** Brings Compare back as a session kept it, leaving out what this graph does not have. */
export function restoreCompare(part: SessionState['compare'], data: LoadedGraph): void {
  if (!part) return;
  const comparable = (id: string) => {
    const node = data.index.node.get(id);
    return node !== undefined && isComparable(node.kind);
  };
  useCompare.setState({
    subjects: [...new Set(part.subjects.filter(comparable))].slice(0, MAX_SUBJECTS),
    openNote: part.openNote && data.index.node.has(part.openNote) ? part.openNote : null,
    hideShared: part.hideShared,
    showSources: part.showSources,
  });
}

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
