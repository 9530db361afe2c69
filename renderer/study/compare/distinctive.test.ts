import { describe, expect, it } from 'vitest';
import type { CompareRow } from '../../../graph-data';
import { highlightDistinctive, rowDistinction } from './distinctive';

const cite = { note: 'n', section: 's' };
function row(...cells: string[][]): CompareRow {
  const all = cells.map((c) => new Set(c));
  const shared = [...all[0]!].filter((t) => all.every((s) => s.has(t)));
  return {
    key: 'k',
    label: 'K',
    cells: cells.map((c) => c.map((text) => ({ text, cite }))),
    shared,
    differs: all.some((s) => s.size !== shared.length),
    notInNotes: cells.map(() => undefined),
  };
}

describe('what is distinctive in a comparison row', () => {
  it('marks the one cell unlike the majority, and only that one', () => {
    const d = rowDistinction(
      row(['HIPAA', 'PCI DSS'], ['HIPAA', 'PCI DSS'], ['HIPAA', 'PCI DSS'], ['HIPAA']),
    );
    expect(d.cells).toEqual([false, false, false, true]);
  });

  it('marks the only filled cell, when one subject alone has something here', () => {
    const d = rowDistinction(row([], ['true'], [], []));
    expect(d.cells).toEqual([false, true, false, false]);
  });

  it('finds the majority among the filled cells only', () => {
    const d = rowDistinction(row([], ['Amazon ECS'], ['Amazon ECS'], ['Kubernetes']));
    expect(d.cells).toEqual([false, false, false, true]);
    expect([...d.unique[3]!]).toEqual(['Kubernetes']);
  });

  it('marks nothing where every subject says something different, or two pairs disagree', () => {
    expect(rowDistinction(row(['Registry'], ['Orchestration'], ['Hybrid ECS'])).cells).toEqual([
      false,
      false,
      false,
    ]);
    expect(rowDistinction(row(['FIPS'], ['FIPS'], ['FIPS (GovCloud)'], ['FIPS (GovCloud)'])).cells).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('never marks an empty cell (the notes being silent is not a feature)', () => {
    const d = rowDistinction(row(['Kubernetes'], ['Kubernetes'], []));
    expect(d.cells).toEqual([false, false, false]);
  });

  it('applies only when every row differs', () => {
    const differs = row(['a'], ['b']);
    const same = row(['a'], ['a']);
    expect(highlightDistinctive([differs, differs])).toBe(true);
    expect(highlightDistinctive([differs, same])).toBe(false);
  });
});
