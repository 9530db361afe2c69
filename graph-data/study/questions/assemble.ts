import { NODE_KIND_INFO } from '../../model/kinds';
import type { GraphNode } from '../../model/schema';
import { hashString, seededShuffle } from '../../model/seeded';
import { MAX_OPTIONS, MIN_DISTRACTORS, SCOPE, type Question, type QuestionOption } from './types';

/** An option naming a graph node. */
export function nodeOption(n: GraphNode): QuestionOption {
  return { id: n.id, label: n.label, node: n.id };
}

/** An option that is plain text (a price), with an id derived from the text. */
export function textOption(text: string): QuestionOption {
  return { id: `o${hashString(text).toString(36)}`, label: text };
}

const CLAUSE_START =
  /^(since|in|for|with|via|through|if|as|on|when|by|from|to|only|without|under|after|before)\b/i;

/**
 * The prompt with the fact's qualifier worked in before its question mark: a clause reads as one ("is
 * audited with which integration since 2025?"), a bare year as when it was added, anything else as an aside.
 */
export function withQualifier(prompt: string, qualifier: string | undefined): string {
  if (!qualifier) return prompt;
  const phrase = /^\d{4}$/.test(qualifier)
    ? `, added in ${qualifier}`
    : CLAUSE_START.test(qualifier)
      ? ` ${qualifier}`
      : ` (${qualifier})`;
  return prompt.replace(/\?$/, `${phrase}?`);
}

/** "Which service ...?" as "According to the notes, which service ...?": every question states its scope. */
export function scoped(prompt: string): string {
  if (prompt.startsWith(SCOPE)) return prompt;
  const lowered = /^(Which|What)\b/.test(prompt) ? prompt[0]!.toLowerCase() + prompt.slice(1) : prompt;
  return `${SCOPE}${lowered}`;
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
  return {
    ...q,
    prompt: scoped(q.prompt),
    options,
    answer: right.id,
    focusNodes: focus,
    subjects: [...q.focusNodes],
  };
}
