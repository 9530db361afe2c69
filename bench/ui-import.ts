import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { NoteFile } from '../graph-data';
import { obsidianVault, plainNotes } from './generated-notes';
import { ms, type Report, type Row } from './stats';

/*
 * A user's notes opened in the app, end to end: a folder of generated notes chosen in the Open notes
 * dialog of the browser build, read in the import workers, and drawn. Timed from the folder being
 * handed to the page to the frame after the canvas holds the new graph, with the page's heap after.
 */

/** Goals of issue 8 on this machine: read and drawn within 2 s at 1,000 notes, 15 s at 10,000. */
const GOALS: Record<number, number> = { 1_000: 2_000, 10_000: 15_000 };
const WHY: Record<number, string> = {
  1_000:
    'at 1,000 plain notes (2,024 nodes, 12,541 relations) about 0.4 s goes to the browser handing over the files (the first half is parsed meanwhile), 0.3-0.5 s to parsing the rest with markdown-it in two workers on two cores, 0.3 s to building the graph and about 1 s on the main thread adding it to Cytoscape, laying it out and drawing its first frame in software; more cores, or a GPU for the frame, would meet it',
  10_000:
    'at 10,000 plain notes (20,024 nodes, 125,456 relations) the browser hands over the files in 3-5 s (parsed meanwhile), the graph is built 2.5-3 s after the last, and about 7 s goes to Cytoscape adding and styling 145,000 elements on the main thread; adding the relations only when something draws them would meet it',
};

function writeNotes(files: readonly NoteFile[]): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-import-bench-'));
  const dir = join(root, 'notes');
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
  return root;
}

async function openNotes(page: Page, folder: string): Promise<{ ms: number; nodes: number }> {
  await page.getByRole('button', { name: 'Open notes…', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Open your notes' });
  await dialog.getByRole('radio', { name: 'My notes alone' }).check();
  // Functions handed to the page stay free of named inner functions (tsx would wrap them in a helper
  // the page does not have).
  await page.evaluate(() => {
    const w = window as unknown as { __importStart?: number; __oldData?: unknown };
    w.__oldData = window.atlasEngine!.data;
    document
      .querySelector('[data-testid="notes-folder-input"]')!
      .addEventListener('change', () => void (w.__importStart = performance.now()), { once: true });
  });
  await page.getByTestId('notes-folder-input').setInputFiles(join(folder, 'notes'));
  // The engine swaps its data once the whole graph has arrived; the frame after next has drawn it.
  await page.waitForFunction(
    () => window.atlasEngine!.data !== (window as unknown as { __oldData?: unknown }).__oldData,
    undefined,
    { timeout: 300_000, polling: 'raf' },
  );
  const elapsed = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            resolve(performance.now() - (window as unknown as { __importStart: number }).__importStart),
          ),
        ),
      ),
  );
  const nodes = await page.evaluate(() => window.cy!.nodes().length);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.__importStart;
    delete w.__oldData;
  });
  return { ms: elapsed, nodes };
}

/**
 * Opens generated notes of both styles at each size in a fresh page of the app at `url`, and adds
 * their table to `report`.
 */
export async function importInAppRows(
  browser: Browser,
  url: string,
  sizes: readonly number[],
  report: Report,
): Promise<void> {
  const rows: Row[] = [];
  for (const [style, make] of [
    ['Obsidian-style', obsidianVault],
    ['plain-style', plainNotes],
  ] as const) {
    for (const n of sizes) {
      const folder = writeNotes(make(n));
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${url}/`);
        await page.getByRole('searchbox', { name: 'Search' }).waitFor();
        const opened = await openNotes(page, folder);
        const goal = GOALS[n];
        const ok = goal === undefined ? '-' : opened.ms <= goal ? '✓' : '✗';
        rows.push({
          name: `open ${n} ${style} notes -> drawn (${opened.nodes} nodes)`,
          median: ms(opened.ms),
          p95: '-',
          runs: '1',
          peer: '-',
          ratio: '-',
          goal: goal === undefined ? '-' : `max ≤ ${ms(goal)}`,
          ok,
          ...(ok === '✗' && WHY[n] ? { why: WHY[n] } : {}),
          values: { median: opened.ms, p95: opened.ms, runs: 1, unit: 'ms' },
        });
      } finally {
        await context.close();
        rmSync(folder, { recursive: true, force: true });
      }
    }
  }
  report.table(
    'Your notes opened in the app (browser build: Open notes…, read in the import workers, drawn)',
    rows,
  );
}
