import type { Question } from './questions';
import { hashString } from '../model/seeded';
import {
  dueQueue,
  gradeAnswer,
  isStarted,
  mastery,
  MASTERY_STATES,
  newCard,
  review,
  type Grade,
  type GradeOptions,
  type Mastery,
} from './sm2';
import type { SrsCard } from './srs-card';

/** Study progress: one SM-2 card per question id. */
export type Progress = Record<string, SrsCard>;

export interface NextQuestionsOptions {
  /** At most this many never-studied questions (default: `count`). */
  newLimit?: number;
  /**
   * When fewer than `count` questions are due or new, fill up with questions being learned that are not
   * due yet, soonest due first (default false: a session with nothing due is empty).
   */
  ahead?: boolean;
  /** Mixes the new questions in an order fixed by this seed, so one session is not all one type (default 'atlas'). */
  seed?: string;
}

/**
 * The next questions to ask: the due ones first (most overdue first, via {@link dueQueue}), then new ones,
 * at most `count` in all. New questions come in a seeded order that mixes the kinds of question.
 */
export function nextQuestions(
  questions: readonly Question[],
  progress: Readonly<Progress>,
  now: Date,
  count: number,
  options: NextQuestionsOptions = {},
): Question[] {
  if (count <= 0) return [];
  const seed = options.seed ?? 'atlas';
  const byId = new Map(questions.map((q) => [q.id, q]));
  const ids = [...byId.keys()].sort(
    (a, b) => hashString(`${seed}|${a}`) - hashString(`${seed}|${b}`) || (a < b ? -1 : 1),
  );
  const queue = dueQueue(ids, progress, now, { newLimit: options.newLimit ?? count });
  const picked = queue.slice(0, count);
  if (options.ahead && picked.length < count) {
    const taken = new Set(picked);
    const later = ids
      .filter((id) => !taken.has(id) && isStarted(progress[id]))
      .sort((a, b) => Date.parse(progress[a]!.due) - Date.parse(progress[b]!.due) || (a < b ? -1 : 1));
    picked.push(...later.slice(0, count - picked.length));
  }
  return picked.map((id) => byId.get(id)!);
}

/** One answered question in a session. */
export interface SessionAnswer {
  questionId: string;
  kind: string;
  /** The option the learner chose. */
  chosen: string;
  correct: boolean;
  grade: Grade;
  elapsedMs?: number;
  /** When it was answered (ISO). */
  at: string;
}

/**
 * Records an answer: grades it ({@link gradeAnswer}), reviews the question's card with SM-2 (creating the card
 * if it is new) and returns the answer and a new progress object (the given one is not changed).
 */
export function recordAnswer(
  progress: Readonly<Progress>,
  question: Question,
  chosen: string,
  now: Date,
  elapsedMs?: number,
  gradeOptions?: GradeOptions,
): { answer: SessionAnswer; card: SrsCard; progress: Progress } {
  const correct = chosen === question.answer;
  const grade = gradeAnswer(correct, elapsedMs, gradeOptions);
  const card = review(progress[question.id] ?? newCard(now), grade, now);
  const answer: SessionAnswer = {
    questionId: question.id,
    kind: question.kind,
    chosen,
    correct,
    grade,
    ...(elapsedMs !== undefined ? { elapsedMs } : {}),
    at: now.toISOString(),
  };
  return { answer, card, progress: { ...progress, [question.id]: card } };
}

export interface KindSummary {
  answered: number;
  correct: number;
  /** correct / answered, 0 when nothing was answered. */
  accuracy: number;
}

export interface SessionSummary extends KindSummary {
  wrong: number;
  byKind: Record<string, KindSummary>;
  /** Question ids answered wrongly at least once in the session, in the order first missed. */
  missed: string[];
  /** Mean answer time in milliseconds over answers that were timed. */
  averageMs?: number;
  /** How many cards are due at `now` (after the session), when progress was given. */
  nowDue: number;
  /** The earliest due time still in the future (ISO), when progress was given and one exists. */
  nextDue?: string;
  /** How many questions are in each mastery state, over `questionIds` (or the cards in progress). */
  mastery: Record<Mastery, number>;
}

export interface SummariseOptions {
  progress?: Readonly<Progress>;
  now?: Date;
  /** The questions to count mastery over (default: the ids in progress). */
  questionIds?: readonly string[];
}

function kindSummary(answered: number, correct: number): KindSummary {
  return { answered, correct, accuracy: answered === 0 ? 0 : correct / answered };
}

/** The end-of-session summary: how many answered and right, per kind, what was missed, what is due. */
export function summarise(answers: readonly SessionAnswer[], options: SummariseOptions = {}): SessionSummary {
  const correct = answers.filter((a) => a.correct).length;
  const counts = new Map<string, { answered: number; correct: number }>();
  for (const a of answers) {
    const c = counts.get(a.kind) ?? { answered: 0, correct: 0 };
    c.answered += 1;
    if (a.correct) c.correct += 1;
    counts.set(a.kind, c);
  }
  const byKind: Record<string, KindSummary> = {};
  for (const [kind, c] of counts) byKind[kind] = kindSummary(c.answered, c.correct);
  const missed: string[] = [];
  for (const a of answers) if (!a.correct && !missed.includes(a.questionId)) missed.push(a.questionId);
  const timed = answers.filter((a) => a.elapsedMs !== undefined);
  const averageMs = timed.length > 0 ? timed.reduce((s, a) => s + a.elapsedMs!, 0) / timed.length : undefined;

  const mastered = Object.fromEntries(MASTERY_STATES.map((m) => [m, 0])) as Record<Mastery, number>;
  let nowDue = 0;
  let nextDue: string | undefined;
  const progress = options.progress;
  if (progress) {
    const now = options.now ?? new Date();
    const ids = options.questionIds ?? Object.keys(progress);
    for (const id of ids) {
      const card = progress[id];
      const state = mastery(card, now);
      mastered[state] += 1;
      if (state === 'due') nowDue += 1;
      else if (isStarted(card) && (nextDue === undefined || Date.parse(card.due) < Date.parse(nextDue)))
        nextDue = card.due;
    }
  }
  return {
    ...kindSummary(answers.length, correct),
    wrong: answers.length - correct,
    byKind,
    missed,
    ...(averageMs !== undefined ? { averageMs } : {}),
    nowDue,
    ...(nextDue !== undefined ? { nextDue } : {}),
    mastery: mastered,
  };
}

/**
 * Mastery per graph node, for colouring the graph: over the questions whose subjects include the node,
 * `due` if any is due, `new` if none has been studied, `known` if every one is known, else `learning`.
 * Nodes no question is about are left out.
 */
export function nodeMastery(
  questions: readonly Question[],
  progress: Readonly<Progress>,
  now: Date,
): Record<string, Mastery> {
  const states = new Map<string, Mastery[]>();
  for (const q of questions) {
    const state = mastery(progress[q.id], now);
    for (const node of new Set(q.subjects)) {
      const list = states.get(node) ?? [];
      list.push(state);
      states.set(node, list);
    }
  }
  const out: Record<string, Mastery> = {};
  for (const [node, list] of states) {
    if (list.includes('due')) out[node] = 'due';
    else if (list.every((s) => s === 'new')) out[node] = 'new';
    else if (list.every((s) => s === 'known')) out[node] = 'known';
    else out[node] = 'learning';
  }
  return out;
}
