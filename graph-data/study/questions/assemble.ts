import { NODE_KIND_INFO } from '../../model/kinds';
import type { GraphNode } from '../../model/schema';
import { hashString, seededShuffle } from '../../model/seeded';
import { MAX_OPTIONS, MIN_DISTRACTORS, type Question, type QuestionOption } from './types';

/** An option naming a graph node. */
export function nodeOption(n: GraphNode): QuestionOption {
  return { id: n.id, label: n.label, node: n.id };
}

/** An option that is plain text (a price), with an id derived from the text. */
export function textOption(text: string): QuestionOption {
  return { id: `o${hashString(text).toString(36)}`, label: text };
}

/** The prompt with the fact's qualifier added before its question mark, when there is one. */
export function withQualifier(prompt: string, qualifier: string | undefined): string {
  return qualifier ? prompt.replace(/\?$/, ` (${qualifier})?`) : prompt;
}

/** The node's kind as a lower-case word for prompts ("service", "compliance programme"). */
export function kindWord(n: GraphNode): string {
  return NODE_KIND_INFO[n.kind].label.toLowerCase();
}

/** Builds the question, or nothing when there are too few distractors. */
export function assemble(
  q: Omit<Question, 'options' | 'answer' | 'focusNodes' | 'subjects'> & { focusNodes: string[] },
  right: QuestionOption,
  wrong: QuestionOption[],
): Question | undefined {
  if (wrong.length < MIN_DISTRACTORS) return undefined;
  const options = seededShuffle([right, ...wrong.slice(0, MAX_OPTIONS - 1)], q.id);
  const focus = [...q.focusNodes];
  for (const o of options) if (o.node && !focus.includes(o.node)) focus.push(o.node);
  return { ...q, options, answer: right.id, focusNodes: focus, subjects: [...q.focusNodes] };
}
