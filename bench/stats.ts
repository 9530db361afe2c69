/** Timing helpers for the benchmark: fixed warm-up and run counts, median and p95. */

export interface Row {
  name: string;
  median: string;
  p95: string;
  runs: string;
  goal: string;
  ok: '✓' | '✗' | '-';
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 100
    ? `${value.toFixed(0)} ms`
    : value >= 10
      ? `${value.toFixed(1)} ms`
      : `${value.toFixed(2)} ms`;
}

/** A table row from samples (milliseconds) against a goal on the p95. */
export function timingRow(name: string, samples: readonly number[], goalMs: number): Row {
  const p95 = percentile(samples, 95);
  return {
    name,
    median: ms(percentile(samples, 50)),
    p95: ms(p95),
    runs: String(samples.length),
    goal: `p95 < ${goalMs} ms`,
    ok: p95 < goalMs ? '✓' : '✗',
  };
}

/** Times `fn` `runs` times after `warmup` untimed calls. */
export function time(fn: () => unknown, runs: number, warmup = Math.max(2, Math.ceil(runs / 10))): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples;
}

/** Prints rows as an aligned table. */
export function printTable(title: string, rows: readonly Row[]): void {
  const header: Row = { name: 'name', median: 'median', p95: 'p95', runs: 'runs', goal: 'goal', ok: '-' };
  const cols = ['name', 'median', 'p95', 'runs', 'goal', 'ok'] as const;
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(c.length, ...[header, ...rows].map((r) => String(r[c]).length))]),
  ) as Record<(typeof cols)[number], number>;
  const line = (r: Row, head = false) =>
    cols
      .map((c) => {
        const text = head && c === 'ok' ? 'ok' : String(r[c]);
        return c === 'name' || c === 'goal' ? text.padEnd(width[c]) : text.padStart(width[c]);
      })
      .join(' | ');
  process.stdout.write(
    `\n${title}\n${line(header, true)}\n${cols.map((c) => '-'.repeat(width[c])).join('-|-')}\n`,
  );
  for (const r of rows) process.stdout.write(`${line(r)}\n`);
}
