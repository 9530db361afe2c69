/**
 * Import throughput: 100, 1,000 and 10,000 generated notes in two styles (an Obsidian vault with
 * properties, inline fields, wikilinks and tags; plain notes written like the seeds), from NoteFile[]
 * to a validated Graph through importNotes. Rows give notes/s, MB/s and the heap's peak above where
 * it started. Goals: 1,000 notes (about 2 MB) within 2 s; 10,000 within 15 s under 500 MB.
 * `npx tsx bench/import.ts` runs it alone; bench/run.ts calls runImportBench().
 */
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { importNotes, notesReader, type NoteFile } from '../graph-data';
import { obsidianVault, plainNotes } from './generated-notes';
import { formatTable, ms, type Row } from './stats';

const SIZES = [100, 1_000, 10_000] as const;
const GOALS: Record<number, { ms: number; mb?: number }> = {
  1_000: { ms: 2_000 },
  10_000: { ms: 15_000, mb: 500 },
};
function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function measure(style: string, files: NoteFile[]): Promise<Row> {
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const goal = GOALS[files.length];
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = await importNotes(files, {
    onProgress: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)),
  });
  const elapsed = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // CPU time is what the import itself took; on a busy machine the wall time is much longer.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const peakMb = (peak - start) / 1024 / 1024;
  const ok = !goal || (elapsed < goal.ms && (goal.mb === undefined || peakMb < goal.mb));
  return {
    name: `import ${files.length} ${style} notes (${mb(bytes)}) -> ${result.graph.nodes.length} nodes, ${result.graph.edges.length} relations`,
    median: ms(elapsed),
    p95: `${Math.round(files.length / (elapsed / 1000))} notes/s, ${(bytes / 1024 / 1024 / (elapsed / 1000)).toFixed(2)} MB/s, cpu ${ms(cpuMs)}, heap +${peakMb.toFixed(0)} MB`,
    runs: '1',
    peer: '-',
    ratio: '-',
    goal: goal ? `< ${goal.ms / 1000} s${goal.mb ? `, < ${goal.mb} MB` : ''}` : '-',
    ok: goal ? (ok ? '✓' : '✗') : '-',
    ...(goal && !ok
      ? {
          why: 'this is one thread reading every note and building the graph; the app reads in a worker per core',
        }
      : {}),
    values: { median: elapsed, p95: elapsed, runs: 1, unit: 'ms' },
  };
}

/** Import rows for both styles at every size (plain style only when the plain reader is registered). */
export async function runImportBench(sizes: readonly number[] = SIZES): Promise<Row[]> {
  const rows: Row[] = [];
  await importNotes(obsidianVault(50)); // warm-up: parsers and schemas compiled once
  for (const n of sizes) rows.push(await measure('Obsidian-style', obsidianVault(n)));
  if (notesReader('plain')) {
    await importNotes(plainNotes(50));
    for (const n of sizes) rows.push(await measure('plain-style', plainNotes(n)));
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.includes('--quick') ? [100, 1_000] : SIZES;
  void runImportBench(sizes).then((rows) =>
    // The load average says how much of the machine the timings had: other work slows them alike.
    process.stdout.write(
      formatTable(
        `Notes import (generated notes -> validated graph; load average ${loadavg()[0]!.toFixed(1)})`,
        rows,
      ),
    ),
  );
}
