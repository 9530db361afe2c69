import { create } from 'zustand';
import type { SessionState } from '../../../contract/user-data';
import type { LoadedGraph } from '../../engine/loaded-graph';
import { useAtlas } from '../../state/store';
import { findExample } from './cost-model';

/** A worked example from the notes: the node holding it and the example's id. */
export interface ExampleRef {
  node: string;
  id: string;
}

interface CostState {
  /** The node being estimated; null until the user chooses (the panel then offers a sensible default). */
  node: string | null;
  /** The worked example whose inputs and terms are loaded, if any. */
  example: ExampleRef | null;
  /** What the user typed, by input name; inputs not here show their default value. */
  values: Record<string, string>;
  choose(node: string): void;
  openExample(example: ExampleRef): void;
  closeExample(): void;
  setValue(node: string, name: string, text: string): void;
  resetValues(): void;
}

/** The estimator's state, kept outside the panel so that it survives switching tabs. */
export const useCost = create<CostState>()((set, get) => ({
  node: null,
  example: null,
  values: {},

  choose(node) {
    set({ node, example: null, values: {} });
  },
  openExample(example) {
    set({ node: example.node, example, values: {} });
  },
  closeExample() {
    set({ example: null, values: {} });
  },
  setValue(node, name, text) {
    // Typing pins the node, so that a later selection in the graph does not swap the form away.
    set({ node, values: { ...get().values, [name]: text } });
  },
  resetValues() {
    set({ values: {} });
  },
}));

/** What a reload keeps of the estimator: the node, the worked example open and what was typed. */
export function costSession(): NonNullable<SessionState['cost']> {
  const { node, example, values } = useCost.getState();
  return { node, example, values };
}

/** Brings the estimator back as a session kept it, unless this graph lacks its node or example. */
export function restoreCost(part: SessionState['cost'], data: LoadedGraph): void {
  if (!part) return;
  const example =
    part.example && findExample(data.graph, part.example.node, part.example.id) ? part.example : null;
  if (part.example && !example) return useCost.setState({ node: null, example: null, values: {} });
  const node = part.node && data.index.node.has(part.node) ? part.node : null;
  useCost.setState({ node, example, values: node ? part.values : {} });
}

// Another graph: a node or example it does not have is let go.
useAtlas.subscribe((s, prev) => {
  if (s.data === prev.data) return;
  const { node, example } = useCost.getState();
  if ((node && !s.data.index.node.has(node)) || (example && !s.data.index.node.has(example.node)))
    useCost.setState({ node: null, example: null, values: {} });
});
