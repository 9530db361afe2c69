import { describe, expect, it } from 'vitest';
import { compareRow, formatTable, meets, percentile, Report } from './stats';

describe('percentile', () => {
  it('takes the nearest rank, whatever the order', () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('compareRow', () => {
  it('marks a met goal and puts the peer and the ratio of the p95s beside it', () => {
    const row = compareRow('select', [10, 12, 14], {
      peer: [5, 6, 7],
      goal: { stat: 'p95', limit: 16 },
      why: 'x',
    });
    expect(row.ok).toBe('✓');
    expect(row.ratio).toBe('×2.0');
    expect(row.peer).toBe('6.00 ms / 7.00 ms');
    expect(row.why).toBeUndefined();
  });

  it('marks a missed goal with its reason, and a goal at the limit as met', () => {
    const missed = compareRow('open', [1200], {
      goal: { stat: 'max', limit: 1000 },
      why: 'layout on the main thread',
    });
    expect(missed.ok).toBe('✗');
    expect(missed.why).toBe('layout on the main thread');
    expect(meets([16], { stat: 'p95', limit: 16 })).toBe(true);
    expect(meets([], { stat: 'p95', limit: 16 })).toBe(false);
  });

  it('prints megabytes for memory goals and no goal as -', () => {
    expect(compareRow('heap', [150.25], { goal: { stat: 'max', limit: 200, unit: 'MB' } }).median).toBe(
      '150.3 MB',
    );
    expect(compareRow('idle', [1, 2]).ok).toBe('-');
  });
});

describe('formatTable and Report', () => {
  it('prints a line per missed goal under the table and keeps the numbers for JSON', () => {
    const rows = [
      compareRow('keystroke', [40, 50], {
        goal: { stat: 'p95', limit: 16 },
        why: 'search on the main thread',
      }),
    ];
    expect(formatTable('UI', rows)).toContain('✗ keystroke: search on the main thread');
    const report = new Report(true);
    report.table('UI', rows);
    const json = JSON.parse(JSON.stringify(report)) as { tables: { rows: { p95: number; ok: string }[] }[] };
    expect(json.tables[0]!.rows[0]).toMatchObject({ p95: 50, ok: '✗' });
    expect(report.missed()).toHaveLength(1);
  });
});
