/**
 * `npm run bench`: how fast the graph, search and queries are on the built-in notes and on a seeded
 * 5,000-node graph, how much memory they take, and how long UI interactions keep Chromium busy.
 * Fixed seeds, fixed run counts and warm-up runs, so that two runs on one machine compare.
 * Missed goals are printed, not fatal; the exit code is non-zero only when something broke.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BUILT_IN_NOTES, compileFolder } from '../graph-data/compile/read-folder';
import {
  buildSearchIndex,
  filterByFacets,
  loadSearchIndex,
  neighbourhood,
  search,
  shortestPaths,
  type Graph,
} from '../graph-data';
import { printTable, time, timingRow, type Row } from './stats';
import { syntheticGraph } from './synthetic-graph';
import { uiTimings } from './ui';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const QUERIES: [label: string, query: string][] = [
  ['"karp" (prefix)', 'karp'],
  ['"fargte" (typo)', 'fargte'],
  ['"hipaa on-premises"', 'hipaa on-premises'],
  ['"fips 140-2"', 'fips 140-2'],
  ['punctuation junk', `"*~^:+-()[]{}!?\\/<>&|%$#@ -- ** ::`],
];
const SEARCH_GOAL_MS = 16;
const QUERY_GOAL_MS = 16;
const GENERATED = join(import.meta.dirname, '..', 'graph-data', 'generated');

let failed = false;
function section<T>(name: string, run: () => T): T | undefined {
  try {
    return run();
  } catch (err) {
    failed = true;
    process.stdout.write(`\nERROR in ${name}: ${(err as Error).stack ?? String(err)}\n`);
    return undefined;
  }
}

/** Collects garbage until the heap stops shrinking, then returns heapUsed. */
function settledHeap(): number {
  let used = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    gc();
    const now = process.memoryUsage().heapUsed;
    if (now >= used - 64 * 1024) return now;
    used = now;
  }
  return used;
}

/**
 * heapUsed while `_held` (what was loaded) is still referenced, and its growth since `before`;
 * the goal applies to the growth.
 */
function heapRow(name: string, before: number, goalMb: number, _held: unknown): Row {
  const used = settledHeap();
  const growth = (used - before) / 1024 / 1024;
  return {
    name,
    median: `+${Math.max(0, growth).toFixed(1)} MB`,
    p95: `${(used / 1024 / 1024).toFixed(0)} MB total`,
    runs: '1',
    goal: `< ${goalMb} MB`,
    ok: growth < goalMb ? '✓' : '✗',
  };
}

/** Search, neighbourhood, path and facet rows for one graph. */
function queryRows(
  prefix: string,
  graph: Graph,
  runs: number,
  goals: { search: number; query: number },
): Row[] {
  const rows: Row[] = [];
  const index = buildSearchIndex(graph);
  for (const [label, q] of QUERIES) {
    rows.push(
      timingRow(
        `${prefix}search ${label}`,
        time(() => search(index, graph, q), runs),
        goals.search,
      ),
    );
  }
  // A well-connected centre and a far-away end, chosen the same way on every run.
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const byDegree = [...graph.nodes].sort(
    (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  const centre = byDegree[0]!.id;
  const far = byDegree.filter((n) => (degree.get(n.id) ?? 0) > 0).at(-1)!.id;
  rows.push(
    timingRow(
      `${prefix}neighbourhood depth 2`,
      time(() => neighbourhood(graph, centre, 2), runs),
      goals.query,
    ),
  );
  rows.push(
    timingRow(
      `${prefix}shortest path`,
      time(() => shortestPaths(graph, centre, far), runs),
      goals.query,
    ),
  );
  const compliance = graph.nodes.find((n) => n.id === 'hipaa') ? ['hipaa'] : [];
  rows.push(
    timingRow(
      `${prefix}facet filter (HIPAA + on-premises)`,
      time(() => filterByFacets(graph, { compliance, hosting: ['on-premises'] }), runs),
      goals.query,
    ),
  );
  return rows;
}

/** Compile, index, query and memory rows for the built-in notes. */
function builtInRows(): Row[] {
  const rows: Row[] = [];
  const compiled = section('compiling the built-in notes', () => {
    const result = compileFolder(BUILT_IN_NOTES);
    if (!result.graph) {
      throw new Error(
        `the built-in notes do not compile (${result.errors.length} problem(s)); run \`npm run build:data\` to see them`,
      );
    }
    const runs = time(() => compileFolder(BUILT_IN_NOTES), 10, 2);
    rows.push(timingRow(`compile built-in notes (${result.graph.nodes.length} nodes)`, runs, 1000));
    return result.graph;
  });
  const graph =
    compiled ??
    section(
      'reading graph-data/generated/graph.json',
      () => JSON.parse(readFileSync(join(GENERATED, 'graph.json'), 'utf8')) as Graph,
    );
  if (!graph) return rows;
  section('built-in search and queries', () => {
    rows.push(
      timingRow(
        'search index build',
        time(() => buildSearchIndex(graph), 20, 3),
        500,
      ),
    );
    const serialized = JSON.stringify(buildSearchIndex(graph));
    rows.push(
      timingRow(
        'search index load (parse + load)',
        time(() => loadSearchIndex(JSON.parse(serialized)), 20, 3),
        100,
      ),
    );
    rows.push(...queryRows('', graph, 200, { search: SEARCH_GOAL_MS, query: QUERY_GOAL_MS }));
  });
  section('built-in memory', () => {
    // What the app holds after start-up: the graph and the index, loaded from their JSON as the app does.
    const graphJson = JSON.stringify(graph);
    const indexJson = JSON.stringify(buildSearchIndex(graph));
    const before = settledHeap();
    const loaded = { graph: JSON.parse(graphJson) as Graph, index: loadSearchIndex(JSON.parse(indexJson)) };
    rows.push(heapRow('heap growth after loading graph + index', before, 50, loaded));
  });
  return rows;
}

/** Scale rows on a seeded 5,000-node graph. */
function syntheticRows(): Row[] {
  const synthetic: Row[] = [];
  section('synthetic graph', () => {
    const t0 = performance.now();
    const big = syntheticGraph();
    const generated = performance.now() - t0;
    process.stdout.write(
      `\nSynthetic graph: ${big.nodes.length} nodes, ${big.edges.length} relations (seed 20240601, generated and validated in ${generated.toFixed(0)} ms)\n`,
    );
    synthetic.push(
      timingRow(
        'synthetic: search index build',
        time(() => buildSearchIndex(big), 3, 1),
        5000,
      ),
    );
    const serialized = JSON.stringify(buildSearchIndex(big));
    synthetic.push(
      timingRow(
        'synthetic: search index load',
        time(() => loadSearchIndex(JSON.parse(serialized)), 5, 1),
        1000,
      ),
    );
    synthetic.push(...queryRows('synthetic: ', big, 30, { search: 100, query: QUERY_GOAL_MS }));
    const graphJson = JSON.stringify(big);
    const before = settledHeap();
    const loaded = { graph: JSON.parse(graphJson) as Graph, index: loadSearchIndex(JSON.parse(serialized)) };
    synthetic.push(heapRow('synthetic: heap growth after loading graph + index', before, 400, loaded));
  });
  return synthetic;
}

async function main(): Promise<void> {
  const cpu = cpus();
  process.stdout.write(
    `Service Atlas benchmark\nmachine: ${cpu[0]?.model ?? 'unknown CPU'} x ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
      `Node ${process.version} (${process.platform}/${process.arch})\n`,
  );

  // `npm run bench -- --ui` measures only the UI, for quick turns while working on the explorer.
  const uiOnly = process.argv.includes('--ui');
  if (!uiOnly) {
    printTable('Built-in notes', builtInRows());
    printTable('Synthetic graph (5,000 nodes / 15,000 relations)', syntheticRows());
  }

  // ---- UI in Chromium ----
  try {
    const ui = await uiTimings();
    if ('skipped' in ui) process.stdout.write(`\nUI timings skipped: ${ui.skipped}.\n`);
    else {
      printTable(
        'UI in Chromium (start-up layout; main-thread busy time per interaction, warm-up 5)',
        ui.rows,
      );
      for (const note of ui.notes) process.stdout.write(`${note}\n`);
    }
  } catch (err) {
    failed = true;
    process.stdout.write(`\nERROR in UI timings: ${(err as Error).stack ?? String(err)}\n`);
  }

  process.stdout.write(
    failed
      ? '\nThe benchmark hit errors (above).\n'
      : '\nGoals marked ✗ were missed; they are reported, not fatal.\n',
  );
  if (failed) process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`The benchmark failed: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
