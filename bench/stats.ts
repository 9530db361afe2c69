/** Timing helpers and the report of the benchmark: fixed warm-up and run counts, median and p95. */

/** A goal on one statistic of a measurement: met when that statistic is at most `limit`. */
export interface Goal {
  stat: 'median' | 'p95' | 'max';
  limit: number;
  unit?: 'ms' | 'MB';
}

/** One line of a table: the app's figure, the plain peer's beside it, the goal and whether it is met. */
export interface Row {
  name: string;
  median: string;
  p95: string;
  runs: string;
  /** The same work by a plain peer (a bare Cytoscape core, plain lunr...): its median / p95. */
  peer: string;
  /** The app's p95 over the peer's p95: the figure that counts on a noisy machine. */
  ratio: string;
  goal: string;
  ok: '✓' | '✗' | '-';
  /** For a missed goal: why, and what would meet it, in one line. */
  why?: string;
  values: { median: number; p95: number; runs: number; peerMedian?: number; peerP95?: number; unit: string };
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** A duration for the table, with as many digits as it deserves. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  return value >= 100
    ? `${value.toFixed(0)} ms`
    : value >= 10
      ? `${value.toFixed(1)} ms`
      : `${value.toFixed(2)} ms`;
}

function format(value: number, unit: string): string {
  if (!Number.isFinite(value)) return '-';
  return unit === 'MB' ? `${value.toFixed(1)} MB` : ms(value);
}

function statOf(samples: readonly number[], stat: Goal['stat']): number {
  return stat === 'max' ? Math.max(...samples) : percentile(samples, stat === 'median' ? 50 : 95);
}

/** Whether the goal is met by these samples (true when there is no goal). */
export function meets(samples: readonly number[], goal: Goal): boolean {
  return samples.length > 0 && statOf(samples, goal.stat) <= goal.limit;
}

/**
 * A table row from the app's samples and, when given, the same work's samples from a plain peer;
 * `why` is printed only when the goal is missed.
 */
export function compareRow(
  name: string,
  samples: readonly number[],
  options: { peer?: readonly number[]; goal?: Goal; why?: string; unit?: 'ms' | 'MB' } = {},
): Row {
  const unit = options.goal?.unit ?? options.unit ?? 'ms';
  const median = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const peer = options.peer?.length ? options.peer : undefined;
  const peerMedian = peer ? percentile(peer, 50) : undefined;
  const peerP95 = peer ? percentile(peer, 95) : undefined;
  const goal = options.goal;
  const ok = !goal ? '-' : meets(samples, goal) ? '✓' : '✗';
  return {
    name,
    median: format(median, unit),
    p95: samples.length > 1 ? format(p95, unit) : '-',
    runs: String(samples.length),
    peer: peer ? `${format(peerMedian!, unit)} / ${format(peerP95!, unit)}` : '-',
    ratio: peer && peerP95! > 0 ? `×${(p95 / peerP95!).toFixed(1)}` : '-',
    goal: goal ? `${goal.stat === 'max' ? 'max' : goal.stat} ≤ ${format(goal.limit, unit)}` : '-',
    ok,
    ...(ok === '✗' && options.why ? { why: options.why } : {}),
    values: { median, p95, runs: samples.length, peerMedian, peerP95, unit },
  };
}

/** A table row from samples (milliseconds) against a goal on the p95. */
export function timingRow(name: string, samples: readonly number[], goalMs: number, why?: string): Row {
  return compareRow(name, samples, { goal: { stat: 'p95', limit: goalMs }, why });
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

const COLUMNS = ['name', 'median', 'p95', 'runs', 'peer', 'ratio', 'goal', 'ok'] as const;
const HEADINGS: Record<(typeof COLUMNS)[number], string> = {
  name: 'measure',
  median: 'median',
  p95: 'p95',
  runs: 'runs',
  peer: 'peer median / p95',
  ratio: 'ratio',
  goal: 'goal',
  ok: 'ok',
};

/** Rows as an aligned text table, followed by one line per missed goal saying why. */
export function formatTable(title: string, rows: readonly Row[]): string {
  const cols = COLUMNS.filter((c) => (c !== 'peer' && c !== 'ratio') || rows.some((r) => r[c] !== '-'));
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(HEADINGS[c].length, ...rows.map((r) => String(r[c]).length))]),
  ) as Record<(typeof COLUMNS)[number], number>;
  const line = (cell: (c: (typeof COLUMNS)[number]) => string) =>
    cols
      .map((c) =>
        c === 'name' || c === 'goal' || c === 'peer' ? cell(c).padEnd(width[c]) : cell(c).padStart(width[c]),
      )
      .join(' | ');
  const out = [`\n${title}`, line((c) => HEADINGS[c]), cols.map((c) => '-'.repeat(width[c])).join('-|-')];
  for (const r of rows) out.push(line((c) => String(r[c])));
  for (const r of rows) if (r.why) out.push(`  ✗ ${r.name}: ${r.why}`);
  return `${out.join('\n')}\n`;
}

/** Everything one run measured: tables and notes, printed as text or as JSON at the end. */
export class Report {
  readonly tables: { title: string; rows: Row[] }[] = [];
  readonly notes: string[] = [];
  readonly meta: Record<string, unknown> = {};

  constructor(private readonly json: boolean) {}

  /** Adds a table (printed at once in text mode, so that a long run shows progress). */
  table(title: string, rows: Row[]): void {
    this.tables.push({ title, rows });
    if (!this.json) process.stdout.write(formatTable(title, rows));
  }

  /** Adds a line of context (printed at once in text mode). */
  note(text: string): void {
    this.notes.push(text);
    if (!this.json) process.stdout.write(`${text}\n`);
  }

  /** Missed goals over all tables. */
  missed(): Row[] {
    return this.tables.flatMap((t) => t.rows.filter((r) => r.ok === '✗'));
  }

  /** The whole report as JSON (for `npm run bench -- --json`). */
  toJSON(): object {
    return {
      meta: this.meta,
      notes: this.notes,
      tables: this.tables.map((t) => ({
        title: t.title,
        rows: t.rows.map((r) => ({ name: r.name, goal: r.goal, ok: r.ok, why: r.why, ...r.values })),
      })),
    };
  }
}
