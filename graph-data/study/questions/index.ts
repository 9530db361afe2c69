import type { Graph } from '../../model/schema';
import { notCompliantQuestions, qualifiedComplianceQuestions } from './compliance';
import { buildContext } from './context';
import { definitionQuestions } from './definitions';
import { facetQuestions } from './facets';
import { priceQuestions } from './prices';
import { relationQuestions } from './relations';
import type { Question } from './types';

export { hideNames } from './definitions';
export {
  MAX_OPTIONS,
  MIN_DISTRACTORS,
  QUESTION_KINDS,
  SCOPE,
  type Question,
  type QuestionBasis,
  type QuestionKind,
  type QuestionOption,
} from './types';

/**
 * Quiz questions generated purely from the graph: every typed relation, compliance list, facet and price
 * in the notes becomes one or more multiple-choice questions, so adding a fact to the notes adds questions.
 *
 * Correctness rule: exactly one option is supported by the graph, and every distractor is provably false
 * in the graph (for relations, a distractor has no edge at all with the node asked about, and is not
 * reachable from it through a chain of related "structural" relations; for "Which X <verb> Y?" the
 * distractor's own list for that relation must be in the notes; platforms named after a hosting class,
 * such as "On-premises servers", count as covering every platform of that class). Questions that cannot get at
 * least two such distractors are skipped. Distractors are look-alikes: nodes of the same kind that share
 * words in their names, neighbours, relation roles and facets with the right answer.
 */

/**
 * Every question the graph supports, in a fixed order (relations, compliance, prices, facets, definitions).
 * Pure and deterministic: the same graph always gives the same questions with the same option order.
 */
export function generateQuestions(graph: Graph): Question[] {
  const ctx = buildContext(graph);
  const all = [
    ...relationQuestions(ctx),
    ...qualifiedComplianceQuestions(ctx),
    ...notCompliantQuestions(ctx),
    ...priceQuestions(ctx),
    ...facetQuestions(ctx),
    ...definitionQuestions(ctx),
  ];
  const seen = new Set<string>();
  return all.filter((q) => (seen.has(q.id) ? false : (seen.add(q.id), true)));
}

/** Whether `optionId` is the right answer to `question`. */
export function isCorrect(question: Question, optionId: string): boolean {
  return question.answer === optionId;
}
