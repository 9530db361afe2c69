const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/** "tomorrow", "in 6 days", "in 3 hours": how far `iso` is from `now`, for review dates. */
export function relativeTime(iso: string, now: number): string {
  const diff = Date.parse(iso) - now;
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  // A review due in 23.99 hours reads as "tomorrow", not "in 24 hours".
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= 0.9 * ms || unit === 'minute') return format.format(Math.round(diff / ms), unit);
  }
  return format.format(0, 'minute');
}

/** A review date in the learner's locale, e.g. "12 Mar 2026, 14:05". */
export function shortDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}
