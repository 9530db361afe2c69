import { describe, expect, it } from 'vitest';
import { generateQuestions } from './questions';
import {
  nextQuestions,
  nodeMastery,
  recordAnswer,
  summarise,
  type Progress,
  type SessionAnswer,
} from './session';
import { newCard, review } from './sm2';
import { studyGraph } from './study-fixture.test-util';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2025-03-01T09:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);
const questions = generateQuestions(studyGraph());

describe('nextQuestions', () => {
  it('starts with new questions, mixed across kinds, and is deterministic', () => {
    const first = nextQuestions(questions, {}, T0, 12);
    expect(first).toHaveLength(12);
    expect(new Set(first.map((q) => q.kind)).size).toBeGreaterThan(2);
    expect(nextQuestions(questions, {}, T0, 12)).toEqual(first);
    expect(nextQuestions(questions, {}, T0, 12, { seed: 'other' }).map((q) => q.id)).not.toEqual(
      first.map((q) => q.id),
    );
    expect(nextQuestions(questions, {}, T0, 0)).toEqual([]);
  });

  it('puts due questions first, most overdue first, then new ones up to the limit', () => {
    const [a, b, c, d] = questions;
    const progress: Progress = {
      [a!.id]: review(newCard(T0), 4, at(-5)), // due at -4
      [b!.id]: review(newCard(T0), 4, at(-9)), // due at -8
      [c!.id]: review(newCard(T0), 4, T0), // due tomorrow
      [d!.id]: review(review(newCard(T0), 4, at(-3)), 4, at(-2)), // due at +4
    };
    const next = nextQuestions(questions, progress, T0, 5, { newLimit: 2 });
    expect(next.map((q) => q.id).slice(0, 2)).toEqual([b!.id, a!.id]);
    expect(next).toHaveLength(4);
    for (const q of next.slice(2)) expect(progress[q.id]).toBeUndefined();
  });

  it('fills up with questions not yet due only when asked to', () => {
    // Every question reviewed in the last few hours: each is due 1 day after its review, none due now.
    const all = Object.fromEntries(
      questions.map((q, i) => [q.id, review(newCard(T0), 4, at(-(i % 3) * 0.1))]),
    );
    expect(nextQuestions(questions, all, T0, 5)).toHaveLength(0);
    const ahead = nextQuestions(questions, all, T0, 5, { ahead: true });
    expect(ahead).toHaveLength(5);
    const dues = ahead.map((q) => Date.parse(all[q.id]!.due));
    expect([...dues].sort((x, y) => x - y)).toEqual(dues);
  });
});

describe('recordAnswer and summarise', () => {
  it('grades, schedules and summarises a session', () => {
    let progress: Progress = {};
    const answers: SessionAnswer[] = [];
    const round = nextQuestions(questions, progress, T0, 6);
    round.forEach((q, i) => {
      const wrong = q.options.find((o) => o.id !== q.answer)!.id;
      const chosen = i % 3 === 2 ? wrong : q.answer;
      const result = recordAnswer(progress, q, chosen, T0, i === 0 ? 2000 : 12000);
      progress = result.progress;
      answers.push(result.answer);
    });
    expect(answers.map((a) => a.grade)).toEqual([5, 4, 1, 4, 4, 1]);
    expect(progress[round[2]!.id]).toMatchObject({ repetitions: 0, lapses: 1, intervalDays: 1 });
    expect(progress[round[0]!.id]).toMatchObject({ repetitions: 1, intervalDays: 1, ease: 2.6 });

    const summary = summarise(answers, { progress, now: at(1), questionIds: questions.map((q) => q.id) });
    expect(summary).toMatchObject({ answered: 6, correct: 4, wrong: 2, nowDue: 6 });
    expect(summary.accuracy).toBeCloseTo(4 / 6);
    expect(summary.missed).toEqual([round[2]!.id, round[5]!.id]);
    expect(summary.averageMs).toBeCloseTo((2000 + 5 * 12000) / 6);
    expect(summary.mastery).toEqual({ new: questions.length - 6, learning: 0, known: 0, due: 6 });
    const kinds = Object.values(summary.byKind);
    expect(kinds.reduce((s, k) => s + k.answered, 0)).toBe(6);

    const same = summarise(answers, { progress, now: T0 });
    expect(same.nowDue).toBe(0);
    expect(same.nextDue).toBe(at(1).toISOString());
    expect(same.mastery.learning).toBe(6);
  });

  it('summarises an empty session without dividing by zero', () => {
    expect(summarise([])).toMatchObject({
      answered: 0,
      correct: 0,
      accuracy: 0,
      nowDue: 0,
      missed: [],
      byKind: {},
    });
  });
});

describe('nodeMastery', () => {
  it('colours nodes by the mastery of the questions about them', () => {
    const about = (node: string) => questions.filter((q) => q.subjects.includes(node));
    const progress: Progress = {};
    for (const q of about('nutanix')) {
      let card = newCard(T0);
      for (const [g, d] of [
        [5, -100],
        [5, -99],
        [5, -93],
        [5, -20],
      ] as const)
        card = review(card, g, at(d));
      progress[q.id] = card;
    }
    const dueOne = about('snow')[0];
    if (dueOne) progress[dueOne.id] = review(newCard(T0), 4, at(-3));
    const colours = nodeMastery(questions, progress, T0);
    expect(colours['nutanix']).toBe('known');
    if (dueOne) expect(colours['snow']).toBe('due');
    expect(colours['ecr']).toBe('new');
    expect(colours['eks-anywhere']).toBe('learning');
  });
});
