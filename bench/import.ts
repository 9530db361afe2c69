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
import { seededRandom } from '../graph-data/model/seeded';
import { formatTable, ms, type Row } from './stats';

const SIZES = [100, 1_000, 10_000] as const;
const GOALS: Record<number, { ms: number; mb?: number }> = {
  1_000: { ms: 2_000 },
  10_000: { ms: 15_000, mb: 500 },
};
const SERVICES = ['ECS', 'EKS', 'Fargate', 'ECR', 'Lambda', 'Batch', 'App Runner', 'Outposts'];
const PROGRAMMES = ['HIPAA', 'PCI DSS', 'GDPR', 'FIPS 140-2', 'SOC 2'];
const PLATFORMS = ['Bare metal', 'VMware vSphere', 'Nutanix', 'AWS Snow'];
const FILLER =
  'These study notes describe how the service behaves in practice, what it costs and where it runs, with the details an exam asks for. ';

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** An Obsidian vault of n notes, about 2 KB each, every one linking to others. */
export function obsidianVault(n: number, seed = 7): NoteFile[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const links = Array.from({ length: 4 }, () => `[[Note ${Math.floor(rand() * n)}]]`).join(', ');
    const text = [
      '---',
      `aliases: [N${i}]`,
      `tags: [study, aws/${pick(rand, ['compute', 'storage', 'network'])}]`,
      `complies-with: ["[[${pick(rand, PROGRAMMES)}]]"]`,
      '---',
      `# Note ${i}`,
      '',
      `${FILLER.repeat(6)}See ${links}.`,
      '',
      `runs-on:: [[${pick(rand, PLATFORMS)}]]`,
      `Integrates with: [[${pick(rand, SERVICES)}]] and [[Note ${(i + 1) % n}#Costs|the next note]]`,
      '',
      '## Costs',
      '',
      `- Billed per hour #pricing ${FILLER.repeat(2)}`,
      `- An embed: ![[diagram-${i % 50}.png]]`,
      '',
      FILLER.repeat(3),
      '',
    ].join('\n');
    return { path: `folder-${i % 20}/Note ${i}.md`, text };
  });
}

/** Plain notes like the seeds: a service per note with keyed bullets, compliance and a price. */
export function plainNotes(n: number, seed = 11): NoteFile[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const text = [
      `### **Amazon Study Service ${i}**`,
      '',
      '### **Overview**',
      '',
      `- **Definition**: A managed service number ${i} that runs containers. ${FILLER.repeat(3)}`,
      '- **Key Features**:',
      `    - Integrates with CloudWatch, IAM, ${pick(rand, SERVICES)}.`,
      `    - Runs on ${pick(rand, PLATFORMS)}.`,
      `- **Use Cases**: Batch jobs, ${FILLER.repeat(2)}`,
      '',
      '### **Security**',
      '',
      `- **Compliance**: ${pick(rand, PROGRAMMES)}, ${pick(rand, PROGRAMMES)}.`,
      '',
      '### **Cost Optimization**',
      '',
      `- **Pricing**: $0.0${1 + (i % 9)}/hour per instance (us-east-1).`,
      `- **Strategies**: ${FILLER.repeat(2)}`,
      '',
    ].join('\n');
    return { path: `notes/service-${i}.txt`, text };
  });
}

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
