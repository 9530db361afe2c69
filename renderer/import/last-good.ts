import type { ImportProblem, NoteFile } from '../../graph-data';

/*
 * A note saved half-way through an edit (front matter left open, a table cut short) must not take its
 * nodes off the graph. When an edit to a watched folder brings a file new errors, the graph keeps the
 * version of that file it last read cleanly, and the user is told why.
 */

function errorCounts(problems: readonly ImportProblem[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of problems) if (p.severity === 'error') counts.set(p.file, (counts.get(p.file) ?? 0) + 1);
  return counts;
}

/**
 * The changed files whose read brought errors they did not have before (a file that was already
 * broken is not held back: its edits may be the fix in progress).
 */
export function brokenEdits(
  changed: Iterable<string>,
  before: readonly ImportProblem[],
  after: readonly ImportProblem[],
): string[] {
  const was = errorCounts(before);
  const now = errorCounts(after);
  return [...changed].filter((path) => (now.get(path) ?? 0) > (was.get(path) ?? 0));
}

/** `files` with each broken path put back to its last good version (new files have none and are left out). */
export function withLastGood(
  files: readonly NoteFile[],
  broken: readonly string[],
  lastGood: ReadonlyMap<string, NoteFile>,
): NoteFile[] {
  const held = new Set(broken);
  return files.flatMap((f) => {
    if (!held.has(f.path)) return [f];
    const good = lastGood.get(f.path);
    return good ? [good] : [];
  });
}

/** The sentence a broken edit gets: where, what, and that the graph keeps the last good version. */
export function brokenEditNotice(path: string, problems: readonly ImportProblem[], kept: boolean): string {
  const first = problems.find((p) => p.file === path && p.severity === 'error');
  const where = first?.line ? `${path}, line ${first.line}` : path;
  const what = first ? `: ${first.message}` : '';
  return kept
    ? `${where}${what}. The graph keeps the last good version of this note until it is fixed.`
    : `${where}${what}. This new note is left out until it is fixed.`;
}
