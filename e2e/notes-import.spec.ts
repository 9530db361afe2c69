import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { plainNotes } from '../bench/generated-notes';
import { expect, nodeCount, test } from './fixtures';
import { ExplorerPage } from './pages/explorer-page';

/** An Obsidian vault written for the tests: every link form, a plain note, hostile text. */
const VAULT = join(__dirname, '..', 'graph-data', 'test', 'fixtures', 'obsidian-vault');
/** The built-in graph's own notes, in the typed format, with their guided tours. */
const TYPED_NOTES = join(__dirname, '..', 'graph-data', 'notes');

class NotesPage extends ExplorerPage {
  get dialog() {
    return this.page.getByRole('dialog', { name: 'Open your notes' });
  }
  async openFolder(folder: string, options: { merge?: boolean; read?: RegExp | string } = {}) {
    await this.button('Open notes…').click();
    if (options.merge) await this.dialog.getByRole('radio', { name: /with the built-in graph/ }).check();
    else await this.dialog.getByRole('radio', { name: 'My notes alone' }).check();
    await this.page.getByTestId('notes-folder-input').setInputFiles(folder);
    // A folder of a hundred notes takes a few seconds to read on a busy machine.
    await expect(this.dialog.getByRole('status')).toContainText(
      options.read ?? 'Read 5 files from “obsidian-vault”',
      { timeout: 30_000 },
    );
  }
  async closeDialog() {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }
}

test.describe('your own notes: an Obsidian vault opened in the browser build', () => {
  test('opens as a typed, cited graph: own nodes badged, inferred relations marked, problems listed', async ({
    page,
  }) => {
    // A note's script tag or javascript: link must never run.
    page.on('dialog', (d) => {
      throw new Error(`a note opened a dialog: ${d.message()}`);
    });
    const app = new NotesPage(page);
    await app.open();
    await app.openFolder(VAULT);
    // Two notes share a name: resolved as Obsidian does, and said so with a fix.
    await expect(app.dialog.getByRole('region', { name: 'Problems in the notes' })).toContainText(
      "2 notes are called 'vSphere'",
    );
    await app.closeDialog();
    await expect(page.getByText('Your notes: obsidian-vault')).toBeVisible();
    expect(await nodeCount(page)).toBe(12);
    // A filter the notes give nothing to filter by says so, rather than showing an empty heading.
    const orchestrator = page.getByRole('group', { name: 'Orchestrator' });
    await expect(orchestrator).toContainText('None in these notes.');
    await expect(orchestrator.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Compliance' }).getByRole('checkbox')).toHaveCount(1);
    // A dozen notes are named whole, even in a small window where the graph is drawn small; the
    // first-visit card speaks of the one service as one.
    // The graph is fitted to the smaller window again (a little later): its names are chosen then.
    const zoom = () => page.evaluate(() => (window as unknown as { cy: import('cytoscape').Core }).cy.zoom());
    const before = await zoom();
    await page.setViewportSize({ width: 1024, height: 700 });
    await expect.poll(zoom).toBeLessThan(before);
    const unnamed = () =>
      page.evaluate(() =>
        (window as unknown as { cy: import('cytoscape').Core }).cy
          .nodes('.label-hidden')
          .map((n) => n.data('label') as string),
      );
    await expect.poll(unnamed).toEqual([]);
    await expect(page.getByRole('region', { name: 'Start here' })).toContainText(
      'Click the service (the named square)',
    );

    await app.search.fill('edge runner');
    await app.search.press('Enter');
    await expect(app.detailsTitle).toHaveText('Edge Runner');
    await expect(app.details.getByText('Your notes', { exact: true })).toBeVisible();
    // A typed property is stated; "Runs on: [[Raspberry Pi]]" in prose is inferred, and says why.
    const runsOn = app.relationGroup('Edge Runner runs on');
    await expect(runsOn.getByRole('button', { name: 'Bare metal' })).toBeVisible();
    const pi = runsOn.getByRole('listitem').filter({ hasText: 'Raspberry Pi' });
    await expect(pi.getByText(/^inferred/)).toBeVisible();
    await expect(pi).toContainText('Inferred by the rule');
    await expect(pi.locator('cite')).toContainText('Services/Edge Runner.md:');
    // A field of the notes' own stays its own relation kind.
    await expect(app.relationGroup('Edge Runner deployed by')).toContainText('Ops Robot');
    // Hostile text is shown as text.
    await expect(page.locator('script', { hasText: 'alert' })).toHaveCount(0);

    // "Hide inferred relations" keeps the nodes and drops the inferred edges from the canvas.
    const edgesBefore = await page.evaluate(
      () =>
        (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges(':visible').length,
    );
    await page.getByRole('checkbox', { name: 'Hide inferred relations' }).check();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { cy: { edges(s: string): { length: number } } }).cy.edges(':visible')
              .length,
        ),
      )
      .toBe(edgesBefore - 3);
    expect(await nodeCount(page)).toBe(12);
  });

  test('merged with the built-in graph, a note naming Fargate links to the built-in Fargate; back again', async ({
    page,
  }) => {
    const app = new NotesPage(page);
    await app.open();
    const builtIn = await nodeCount(page);
    await app.openFolder(VAULT, { merge: true });
    await app.closeDialog();
    await expect(page.getByText('Your notes + built-in: obsidian-vault')).toBeVisible();
    expect(await nodeCount(page)).toBeGreaterThan(builtIn);
    await app.search.fill('edge runner');
    await app.search.press('Enter');
    await app
      .relationGroup('Edge Runner integrates with')
      .getByRole('button', { name: 'AWS Fargate' })
      .click();
    await expect(app.detailsTitle).toHaveText('AWS Fargate');
    // Built-in nodes keep their facts and carry no "Your notes" badge.
    await expect(app.details.getByText('Your notes', { exact: true })).toHaveCount(0);

    // The study tools work on the merged graph.
    await page.getByRole('tab', { name: 'Quiz' }).click();
    await page.getByRole('button', { name: /^Start/ }).click();
    await expect(page.getByRole('radiogroup').first()).toBeVisible();

    await app.button('Open notes…').click();
    await app.dialog.getByRole('button', { name: 'Back to the built-in graph' }).click();
    await app.closeDialog();
    await expect(page.getByText('Your notes + built-in: obsidian-vault')).toBeHidden();
    expect(await nodeCount(page)).toBe(builtIn);
  });
});

test.describe('a large folder of notes', () => {
  test.describe.configure({ timeout: 180_000 });

  test('shows its progress and can be cancelled, leaving the graph as it was; read whole, its summary is legible', async ({
    page,
  }, testInfo) => {
    // Written like the seeds: a heading per service, key/value bullets, compliance and pricing lines.
    const folder = testInfo.outputPath('big-notes');
    for (const note of plainNotes(4_000)) {
      mkdirSync(dirname(join(folder, note.path)), { recursive: true });
      writeFileSync(join(folder, note.path), note.text);
    }
    const app = new NotesPage(page);
    await app.open();
    const builtIn = await nodeCount(page);
    await app.button('Open notes…').click();
    await app.dialog.getByRole('radio', { name: 'My notes alone' }).check();
    await page.getByTestId('notes-folder-input').setInputFiles(folder);
    // An import longer than half a second shows how far it has got, with a way out.
    const progress = app.dialog.getByRole('progressbar', { name: 'Reading notes' });
    await expect(progress).toBeVisible({ timeout: 60_000 });
    await expect(app.dialog.getByText(/^Reading 4,000 notes: \d+%$/)).toBeVisible();
    await app.dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.dialog.getByRole('alert')).toHaveText(
      'The import was cancelled; the graph on screen stays.',
    );
    await expect(progress).toBeHidden();
    expect(await nodeCount(page)).toBe(builtIn);
    await expect(page.getByText(/^Your notes/)).toHaveCount(0);

    // Read to the end, the counts are written with thousands separators.
    await page.getByTestId('notes-folder-input').setInputFiles(folder);
    await expect(app.dialog.getByRole('status')).toHaveText(
      /^Read 4,000 files from “big-notes”: \d{1,3}(,\d{3})+ nodes and \d{1,3}(,\d{3})+ relations \(\d{1,3}(,\d{3})* stated, \d{1,3}(,\d{3})* inferred\)\.$/,
      { timeout: 120_000 },
    );
    expect(await nodeCount(page)).toBeGreaterThan(4_000);
  });
});

test.describe('tours written among your notes', () => {
  test('a folder with tour notes brings its tours to the Tours tab; a vault without them says how to add one', async ({
    page,
  }) => {
    const app = new NotesPage(page);
    await app.open();
    const tours = page.getByRole('list').filter({ has: page.getByRole('button', { name: /steps/ }) });
    await page.getByRole('tab', { name: 'Tours' }).click();
    const builtInTours = await tours.getByRole('button').count();
    expect(builtInTours).toBeGreaterThan(0);

    await app.openFolder(VAULT);
    await app.closeDialog();
    await expect(page.getByRole('note').filter({ hasText: 'These notes have no tours' })).toBeVisible();
    await expect(tours.getByRole('button')).toHaveCount(0);

    // The typed notes hold the tours as files of their own: opened as "my notes", the tours come too.
    await app.openFolder(TYPED_NOTES, { read: /Read \d+ files from “notes”/ });
    await app.closeDialog();
    await expect(page.getByText('Your notes: notes')).toBeVisible();
    await expect(tours.getByRole('button')).toHaveCount(builtInTours);
    await tours.getByRole('button').first().click();
    await expect(page.getByRole('button', { name: 'End tour' })).toBeVisible();
  });
});

test.describe('a graph exported to Gephi or Cytoscape comes back in', () => {
  test('a GraphML export opens as the graph on screen, with its positions', async ({ page }, testInfo) => {
    const app = new NotesPage(page);
    await app.open('#focus=eks&depth=1');
    const visible = await app.visibleNodes();
    const download = await (async () => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const d = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: 'Visible graph (GraphML)' }).click();
      return d;
    })();
    const file = testInfo.outputPath('focus.graphml');
    await download.saveAs(file);
    const positions = await app.positions();
    await page
      .getByRole('region', { name: 'Focus' })
      .getByRole('button', { name: /Leave focus/ })
      .click();
    await app.button('Open notes…').click();
    await page.getByTestId('graph-file-input').setInputFiles(file);
    await expect(page.getByText('Your notes: focus.graphml')).toBeVisible();
    expect(await nodeCount(page)).toBe(visible.length);
    const back = await app.positions();
    for (const id of visible) expect(back[id]).toEqual(positions[id]);
  });
});
