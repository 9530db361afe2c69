/**
 * `npm run eval`: how well the plain-notes reader reads the two raw seed notes, measured against the
 * curated built-in graph that was written by hand from them. Precision and recall of services, of
 * relations by kind, of the compliance and hosting facets, of prices and of worked-example verdicts.
 * `--json` prints the same as JSON; `--seeds <dir>` reads the seeds from elsewhere; `--details` lists
 * every miss and extra, and `--verbose` adds where each comes from (file:line, rule and words).
 *
 * The scoring is reader-score.ts's: the reader's draft goes through the import back end
 * (buildGraph), as an import of the seeds alone would; then its nodes are matched to the curated graph's by resolved name (labels and aliases,
 * case-insensitive, "Amazon"/"AWS" optional, a node of the same kind first).
 * Prices are matched by what they charge (model and amount) and who pays them. A curated relation
 * that no line of the section it cites states (naming its target, and its source unless the section
 * is about the source) is reported as an interpretation: a faithful reader cannot find it in the
 * words, so recall is given with and without those.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUILT_IN_NOTES, compileFolder } from '../graph-data/compile/read-folder';
import type { Graph } from '../graph-data/model/schema';
import { edgeKey, RELATION_KINDS, scoreReader } from './reader-score';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const seedsArg = args[args.indexOf('--seeds') + 1];
const repoRoot = resolve(import.meta.dirname, '..');
const seedsDir = args.includes('--seeds') && seedsArg ? resolve(seedsArg) : defaultSeeds();

/** ../shared/seeds beside the repository root; from a git worktree, beside the main checkout's root. */
function defaultSeeds(): string {
  const beside = join(repoRoot, '..', 'shared', 'seeds');
  if (existsSync(beside)) return beside;
  try {
    const gitFile = readFileSync(join(repoRoot, '.git'), 'utf8');
    const gitDir = /^gitdir:\s*(.+)$/m.exec(gitFile)?.[1]?.trim();
    // <main>/.git/worktrees/<name> -> <main>
    if (gitDir) return join(resolve(repoRoot, gitDir), '..', '..', '..', '..', 'shared', 'seeds');
  } catch {
    // Not a worktree: report the path beside the root.
  }
  return beside;
}

if (!existsSync(seedsDir)) {
  console.error(
    `reader-eval: the seed notes were not found at ${seedsDir}.\n` +
      'They live outside the repository, in ../shared/seeds beside the repository root; ' +
      'copy them there or pass --seeds <folder>.',
  );
  process.exit(1);
}
const files = readdirSync(seedsDir)
  .filter((f) => /\.(?:txt|md)$/i.test(f))
  .sort()
  .map((f) => ({ path: f, text: readFileSync(join(seedsDir, f), 'utf8') }));
if (files.length === 0) {
  console.error(`reader-eval: no .txt or .md notes in ${seedsDir}.`);
  process.exit(1);
}

const compiled = compileFolder(BUILT_IN_NOTES);
if (!compiled.graph) {
  console.error('reader-eval: the built-in graph does not compile:', compiled.errors);
  process.exit(1);
}
const curated: Graph = compiled.graph;
const { draft, read, scores, totals, overall, unitNotes } = scoreReader(files, curated);

if (asJson) {
  console.log(
    JSON.stringify(
      {
        seeds: files.map((f) => f.path),
        scores,
        relations: { ...totals, ...overall },
        unitNotes,
        problems: draft.problems,
      },
      null,
      2,
    ),
  );
} else {
  const pct = (x: number | undefined) => (x === undefined ? '' : `${(x * 100).toFixed(1)}%`);
  const rows = [
    ['measure', 'curated', 'read', 'matched', 'precision', 'recall', 'recall (stated)'],
    ...scores.map((s) => [
      s.what,
      `${s.curated}`,
      `${s.read}`,
      `${s.matched}`,
      pct(s.precision),
      pct(s.recall),
      pct(s.recallNamed),
    ]),
    [
      'relations (the kinds above)',
      `${totals.curated}`,
      `${totals.read}`,
      `${totals.matched}`,
      pct(overall.precision),
      pct(overall.recall),
      pct(overall.recallNamed),
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows)
    console.log(
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '),
    );
  console.log(
    '\n"recall (stated)" leaves out curated relations that no line of the cited section states (interpretations):\n' +
      'such a line names the target and, unless the section is about the source, the source too.',
  );
  const verbose = args.includes('--verbose');
  if (verbose || args.includes('--details'))
    for (const s of scores) {
      const why = (k: string, g: Graph, from: 'curated' | 'read') =>
        verbose && RELATION_KINDS.includes(s.what) ? `  ${whereFrom(g, s.what, k, from)}` : '';
      if (s.missed.length)
        console.log(
          `\n${s.what}: missed\n  ${s.missed.map((k) => k + why(k, curated, 'curated')).join('\n  ')}`,
        );
      if (s.interpretations?.length)
        console.log(`${s.what}: of which interpretations\n  ${s.interpretations.join('\n  ')}`);
      if (s.extra.length)
        console.log(
          `${s.what}: read but not curated\n  ${s.extra.map((k) => k + why(k, read, 'read')).join('\n  ')}`,
        );
    }
  if (unitNotes.length) console.log(`\nunits that differ: ${unitNotes.join('; ')}`);
}

/**
 * For `--verbose`: where a relation comes from. A read one gives file:line, the rule and its words; a
 * curated one the section it cites and its qualifier.
 */
function whereFrom(g: Graph, kind: string, key: string, from: 'curated' | 'read'): string {
  const e = g.edges.find((x) => x.kind === kind && edgeKey(x) === key);
  if (!e) return '';
  const q = e.qualifier ? ` (${e.qualifier})` : '';
  if (from === 'curated') return `[cites ${e.cite.section}${q}]`;
  const at = e.cite.file ? `${e.cite.file}:${e.cite.line ?? '?'}` : e.cite.section;
  return `[${at} ${e.inferred?.rule ?? 'stated'}: "${e.inferred?.words ?? ''}"${q}]`;
}
