import { describe, expect, it } from 'vitest';
import { dueQueue, gradeAnswer, mastery, newCard, nextEase, review, type Grade } from './sm2';
import { SrsCard } from './srs-card';

const DAY = 24 * 60 * 60 * 1000;
const T0 = new Date('2025-03-01T09:00:00.000Z');
const at = (days: number) => new Date(T0.getTime() + days * DAY);

describe('SM-2 review', () => {
  it('follows the SM-2 intervals and ease factors for a known sequence of grades', () => {
    const grades: Grade[] = [5, 5, 4, 3, 2, 4, 4, 4];
    let card = newCard(T0);
    let now = T0;
    const seen: [number, number, number, number][] = [];
    for (const g of grades) {
      card = review(card, g, now);
      expect(SrsCard.safeParse(card).success).toBe(true);
      seen.push([card.repetitions, card.intervalDays, card.ease, card.lapses]);
      expect(card.lastReviewed).toBe(now.toISOString());
      expect(Date.parse(card.due) - now.getTime()).toBe(card.intervalDays * DAY);
      now = new Date(card.due);
    }
    expect(seen).toEqual([
      [1, 1, 2.6, 0], // first pass: 1 day; ease +0.10
      [2, 6, 2.7, 0], // second pass: 6 days
      [3, 16, 2.7, 0], // round(6 × 2.7) = 16; grade 4 leaves ease unchanged
      [4, 43, 2.56, 0], // round(16 × 2.7) = 43 (old ease), then ease −0.14
      [0, 1, 2.24, 1], // lapse: back to the start, ease −0.32, counted
      [1, 1, 2.24, 1],
      [2, 6, 2.24, 1],
      [3, 13, 2.24, 1], // round(6 × 2.24) = 13
    ]);
  });

  it('never lets the ease fall below 1.3', () => {
    let card = newCard(T0);
    const eases: number[] = [];
    for (let i = 0; i < 4; i++) {
      card = review(card, 0, at(i));
      eases.push(card.ease);
    }
    expect(eases).toEqual([1.7, 1.3, 1.3, 1.3]);
    expect(card.lapses).toBe(4);
    expect(card.repetitions).toBe(0);
    expect(card.intervalDays).toBe(1);
    expect(nextEase(1.3, 3)).toBe(1.3);
  });

  it('matches the SM-2 ease formula for every grade', () => {
    expect([0, 1, 2, 3, 4, 5].map((g) => nextEase(2.5, g as Grade))).toEqual([
      1.7, 1.96, 2.18, 2.36, 2.5, 2.6,
    ]);
  });

  it('does not change the card it is given and rejects grades outside 0-5', () => {
    const card = newCard(T0);
    const copy = { ...card };
    review(card, 4, T0);
    expect(card).toEqual(copy);
    expect(() => review(card, 6 as Grade, T0)).toThrow(RangeError);
    expect(() => review(card, 2.5 as Grade, T0)).toThrow(RangeError);
  });
});

describe('mastery', () => {
  it('is new without a card or before the first review', () => {
    expect(mastery(undefined, T0)).toBe('new');
    expect(mastery(newCard(T0), at(10))).toBe('new');
  });

  it('is learning until due, then due', () => {
    const card = review(newCard(T0), 4, T0);
    expect(mastery(card, T0)).toBe('learning');
    expect(mastery(card, new Date(at(1).getTime() - 1))).toBe('learning');
    expect(mastery(card, at(1))).toBe('due');
  });

  it('is known after three passes in a row with an interval of 21 days or more, and due once that passes', () => {
    let card = newCard(T0);
    card = review(card, 5, T0); // 1 day
    card = review(card, 5, at(1)); // 6 days
    card = review(card, 5, at(7)); // round(6 × 2.7) = 16 days: 3 reps but < 21 days
    expect(mastery(card, at(8))).toBe('learning');
    card = review(card, 5, at(23)); // round(16 × 2.8) = 45 days
    expect(card.intervalDays).toBe(45);
    expect(mastery(card, at(24))).toBe('known');
    expect(mastery(card, at(23 + 45))).toBe('due');
  });
});

describe('dueQueue', () => {
  it('puts due cards first, most overdue first, then new ones up to the limit', () => {
    const progress = {
      a: review(newCard(T0), 4, at(-10)), // due at -9
      b: review(newCard(T0), 4, at(-3)), // due at -2
      c: review(review(newCard(T0), 4, at(-20)), 4, at(-19)), // due at -13
      d: review(newCard(T0), 4, T0), // due tomorrow: not yet
      e: newCard(T0), // never reviewed: counts as new
    };
    const ids = ['n1', 'a', 'b', 'c', 'd', 'e', 'n2', 'n3', 'a'];
    expect(dueQueue(ids, progress, T0, { newLimit: 2 })).toEqual(['c', 'a', 'b', 'n1', 'e']);
    expect(dueQueue(ids, progress, T0, { newLimit: 0 })).toEqual(['c', 'a', 'b']);
    expect(dueQueue(ids, progress, T0, { newLimit: 10, reviewLimit: 1 })).toEqual([
      'c',
      'n1',
      'e',
      'n2',
      'n3',
    ]);
    expect(dueQueue(ids, progress, at(2), { newLimit: 0 })).toEqual(['c', 'a', 'b', 'd']);
  });

  it('orders cards due at the same moment by id', () => {
    const card = review(newCard(T0), 4, T0);
    expect(dueQueue(['z', 'm', 'b'], { z: card, m: card, b: card }, at(5))).toEqual(['b', 'm', 'z']);
  });
});

describe('gradeAnswer', () => {
  it('maps a multiple-choice answer to a grade', () => {
    expect(gradeAnswer(false)).toBe(1);
    expect(gradeAnswer(false, 500)).toBe(1);
    expect(gradeAnswer(true)).toBe(4);
    expect(gradeAnswer(true, 3000)).toBe(5);
    expect(gradeAnswer(true, 8000)).toBe(5);
    expect(gradeAnswer(true, 8001)).toBe(4);
    expect(gradeAnswer(true, 3000, { fastMs: 2000 })).toBe(4);
  });
});
