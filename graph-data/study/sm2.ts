import type { SrsCard } from './srs-card';

/**
 * The spaced-repetition scheduler: **SM-2** (SuperMemo 2, Piotr Woźniak, 1987), as commonly implemented.
 *
 * After each review with a grade q from 0 (blackout) to 5 (perfect):
 * - q >= 3 (a pass): the interval becomes 1 day after the first pass, 6 days after the second, and
 *   `round(previous interval × ease)` after that; the repetition count goes up by one.
 * - q < 3 (a lapse): repetitions go back to 0 and the interval to 1 day; the lapse is counted.
 * - In both cases the ease factor is updated with the SM-2 formula
 *   `EF' = EF + (0.1 − (5 − q) × (0.08 + (5 − q) × 0.02))`, never below 1.3. The interval of a pass
 *   uses the ease from *before* the update, as in the original algorithm.
 *
 * The formula only ever moves the ease by whole hundredths (+0.10, 0, −0.14, −0.32, −0.54, −0.80), so the
 * ease is kept rounded to two decimals to avoid floating-point drift over hundreds of reviews.
 */

/** An SM-2 grade: 0-2 are failures, 3 = correct with difficulty, 4 = correct, 5 = perfect and quick. */
export type Grade = 0 | 1 | 2 | 3 | 4 | 5;

/** The ease a new card starts with (SM-2's initial E-Factor). */
export const INITIAL_EASE = 2.5;
/** SM-2's lowest ease factor. */
export const MIN_EASE = 1.3;

/**
 * Mastery thresholds. A card is `known` once it has passed at least {@link KNOWN_MIN_REPETITIONS} reviews in
 * a row and its interval is at least {@link KNOWN_MIN_INTERVAL_DAYS} days (Anki's "mature" threshold). With
 * the default ease that is after the fourth good review (1, 6, 15, then 38 days).
 */
export const KNOWN_MIN_REPETITIONS = 3;
export const KNOWN_MIN_INTERVAL_DAYS = 21;

/** Answers quicker than this (and correct) are graded 5 by {@link gradeAnswer}. */
export const DEFAULT_FAST_MS = 8000;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The mastery state of one fact: never studied, being learned, well known, or due for review now. */
export type Mastery = 'new' | 'learning' | 'known' | 'due';
export const MASTERY_STATES: readonly Mastery[] = ['new', 'learning', 'known', 'due'];

/** A card that has never been reviewed: due now, starting ease, no repetitions. */
export function newCard(now: Date): SrsCard {
  return { repetitions: 0, intervalDays: 0, ease: INITIAL_EASE, due: now.toISOString(), lapses: 0 };
}

/** The SM-2 ease update for one grade, floored at 1.3 and rounded to hundredths. */
export function nextEase(ease: number, grade: Grade): number {
  const d = 5 - grade;
  const updated = ease + (0.1 - d * (0.08 + d * 0.02));
  return Math.max(MIN_EASE, Math.round(updated * 100) / 100);
}

/** The card after one review with `grade` at `now` (SM-2). The input card is not changed. */
export function review(card: SrsCard, grade: Grade, now: Date): SrsCard {
  if (!Number.isInteger(grade) || grade < 0 || grade > 5)
    throw new RangeError(`SM-2 grades are 0-5, not ${grade}`);
  let repetitions: number;
  let intervalDays: number;
  let lapses = card.lapses;
  if (grade >= 3) {
    if (card.repetitions === 0) intervalDays = 1;
    else if (card.repetitions === 1) intervalDays = 6;
    else intervalDays = Math.max(1, Math.round(card.intervalDays * card.ease));
    repetitions = card.repetitions + 1;
  } else {
    repetitions = 0;
    intervalDays = 1;
    lapses += 1;
  }
  return {
    repetitions,
    intervalDays,
    ease: nextEase(card.ease, grade),
    due: new Date(now.getTime() + intervalDays * DAY_MS).toISOString(),
    lapses,
    lastReviewed: now.toISOString(),
  };
}

/** Whether a card has been reviewed at least once (a card made by {@link newCard} has not). */
export function isStarted(card: SrsCard | undefined): card is SrsCard {
  return card !== undefined && card.lastReviewed !== undefined;
}

/**
 * The mastery state used to colour the graph:
 * - `new`: no card, or a card never reviewed;
 * - `due`: reviewed before and its due time is now or past (this wins over `known`);
 * - `known`: at least 3 passes in a row and an interval of at least 21 days;
 * - `learning`: anything else.
 */
export function mastery(card: SrsCard | undefined, now: Date): Mastery {
  if (!isStarted(card)) return 'new';
  if (Date.parse(card.due) <= now.getTime()) return 'due';
  if (card.repetitions >= KNOWN_MIN_REPETITIONS && card.intervalDays >= KNOWN_MIN_INTERVAL_DAYS)
    return 'known';
  return 'learning';
}

export interface DueQueueOptions {
  /** How many never-studied items to add after the due ones (default 10). */
  newLimit?: number;
  /** At most this many due reviews (default: all of them). */
  reviewLimit?: number;
}

/**
 * What to study now: every reviewed item whose due time has come, most overdue first (ties by id), then
 * up to `newLimit` never-studied items in the order of `ids`. Items reviewed but not yet due are left out.
 */
export function dueQueue(
  ids: readonly string[],
  progress: Readonly<Record<string, SrsCard>>,
  now: Date,
  options: DueQueueOptions = {},
): string[] {
  const newLimit = options.newLimit ?? 10;
  const reviewLimit = options.reviewLimit ?? Infinity;
  const due: { id: string; at: number }[] = [];
  const fresh: string[] = [];
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const card = progress[id];
    if (!isStarted(card)) fresh.push(id);
    else {
      const at = Date.parse(card.due);
      if (at <= now.getTime()) due.push({ id, at });
    }
  }
  due.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...due.slice(0, reviewLimit).map((d) => d.id), ...fresh.slice(0, Math.max(0, newLimit))];
}

export interface GradeOptions {
  /** A correct answer within this many milliseconds is graded 5 (default 8 seconds). */
  fastMs?: number;
}

/**
 * Maps a multiple-choice answer to an SM-2 grade: wrong → 1 (a lapse: the fact was not recalled, but the
 * right option was then shown); correct within `fastMs` → 5 (perfect, no hesitation); correct but slower,
 * or with no timing → 4 (correct after some thought).
 */
export function gradeAnswer(correct: boolean, elapsedMs?: number, options: GradeOptions = {}): Grade {
  if (!correct) return 1;
  const fastMs = options.fastMs ?? DEFAULT_FAST_MS;
  return elapsedMs !== undefined && elapsedMs >= 0 && elapsedMs <= fastMs ? 5 : 4;
}
