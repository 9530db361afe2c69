import type { CompareRow } from '../../../graph-data';

/** What in one row sets a subject apart from the others. */
export interface RowDistinction {
  /** Per subject: whether its cell stands out (the only one filled, or unlike the majority's). */
  cells: boolean[];
  /** Per subject: the values of its cell that no other subject has. */
  unique: Set<string>[];
}

const cellKey = (texts: string[]) => [...new Set(texts)].sort().join('\u0000');

/**
 * Where a row's subjects stand out, among the cells the notes fill (silence is not a feature):
 * - the one filled cell, when only one subject has anything to say here ("Open source: true");
 * - a cell unlike the majority, when more than half of the filled cells are the same (two of three
 *   say "Amazon ECS", the third "Kubernetes").
 * A row where every subject says something different (each service's own "Type") has nothing that
 * stands out: marking it would mark everything again.
 */
export function rowDistinction(row: CompareRow): RowDistinction {
  const texts = row.cells.map((values) => values.map((v) => v.text));
  const filled = texts.flatMap((t, i) => (t.length > 0 ? [i] : []));
  const keys = texts.map(cellKey);
  const counts = new Map<string, number>();
  for (const i of filled) counts.set(keys[i]!, (counts.get(keys[i]!) ?? 0) + 1);
  const majority = [...counts].find(([, n]) => n >= 2 && n > filled.length / 2)?.[0];
  const holders = new Map<string, number>();
  for (const t of texts) for (const text of new Set(t)) holders.set(text, (holders.get(text) ?? 0) + 1);
  const unique = texts.map((t) => new Set(t.filter((text) => holders.get(text) === 1)));
  const alone = filled.length === 1 && row.cells.length > 1;
  const cells = texts.map((t, i) => {
    if (t.length === 0) return false;
    return alone || (majority !== undefined && keys[i] !== majority);
  });
  return { cells, unique };
}

/**
 * Whether to highlight what is distinctive instead of whole rows: when every row differs, marking
 * rows marks everything and tells the reader nothing.
 */
export function highlightDistinctive(rows: readonly CompareRow[]): boolean {
  return rows.length > 1 && rows.every((r) => r.differs);
}
