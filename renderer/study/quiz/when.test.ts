import { describe, expect, it } from 'vitest';
import { relativeTime } from './when';

const HOUR = 60 * 60 * 1000;
const now = Date.parse('2026-03-01T12:00:00Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('relativeTime', () => {
  it('reads a review due a day later, give or take a few minutes, as tomorrow', () => {
    const tomorrow = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(1, 'day');
    expect(relativeTime(at(24 * HOUR), now)).toBe(tomorrow);
    expect(relativeTime(at(24 * HOUR - 5 * 60 * 1000), now)).toBe(tomorrow);
  });
  it('uses days, then hours, then minutes', () => {
    const f = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
    expect(relativeTime(at(6 * 24 * HOUR), now)).toBe(f.format(6, 'day'));
    expect(relativeTime(at(3 * HOUR), now)).toBe(f.format(3, 'hour'));
    expect(relativeTime(at(20 * 60 * 1000), now)).toBe(f.format(20, 'minute'));
    expect(relativeTime(at(-2 * 24 * HOUR), now)).toBe(f.format(-2, 'day'));
  });
});
