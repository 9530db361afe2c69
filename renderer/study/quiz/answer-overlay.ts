import type { Question } from '../../../graph-data';
import type { LoadedGraph } from '../../engine/loaded-graph';
import type { Overlay } from '../../state/store';

/** What the canvas shows after an answer: the fact's nodes and edges marked, and what to fit in view. */
export interface AnswerView {
  overlay: Overlay;
  /** The fact's nodes and edges and the other options, so the look-alikes are seen beside the answer. */
  fit: string[];
}

/**
 * The part of the graph a question is about: its subjects marked as a path, with the edges that state the
 * fact (the tested edge; for "which does NOT comply", the complies-with edges of the options that do;
 * otherwise the edges between the subjects).
 */
export function answerView(data: LoadedGraph, question: Question): AnswerView {
  const { index } = data;
  const subjects = new Set(question.subjects);
  const focus = new Set(question.focusNodes);
  const edges: string[] = [];
  const { basis } = question;
  if ('edge' in basis) edges.push(basis.edge);
  else {
    for (const id of basis.type === 'not-compliant' ? [basis.compliance] : question.subjects) {
      for (const e of [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])]) {
        const other = e.source === id ? e.target : e.source;
        const wanted =
          basis.type === 'not-compliant'
            ? e.kind === 'complies-with' && focus.has(other)
            : subjects.has(other);
        if (wanted && !edges.includes(e.id)) edges.push(e.id);
      }
    }
  }
  const overlay: Overlay = {};
  for (const id of subjects) overlay[id] = 'path-node';
  for (const id of edges) overlay[id] = 'path-edge';
  return { overlay, fit: [...question.focusNodes, ...edges] };
}
