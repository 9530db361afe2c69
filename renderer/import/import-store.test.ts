import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importNotes, type Graph, type NoteFile } from '../../graph-data';
import type { AtlasEngine } from '../engine/atlas-engine';
import { useAtlas } from '../state/store';
import { answer, type ImportRequest } from './import-work';
import type { NoteFeed } from './import-store';

/** Runs the worker's own code in this thread, replying through onmessage; counts what it was asked. */
class InlineWorker {
  static asked: ImportRequest['type'][] = [];
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  addEventListener() {}
  dispatchEvent() {
    return true;
  }
  terminate() {}
  postMessage(request: ImportRequest) {
    InlineWorker.asked.push(request.type);
    void answer(request, (reply) => this.onmessage?.({ data: reply }));
  }
}

const ecs = (body: string) => ({ path: 'Services/ECS.md', text: body });
const GOOD =
  '---\naliases: [Elastic Container Service]\n---\n# ECS\nRuns containers. runs-on:: [[Fargate]]\n';
const BROKEN =
  '---\naliases: [Elastic Container Service\n---\n# ECS\nRuns containers. runs-on:: [[Fargate]]\n';
const OTHER = { path: 'Fargate.md', text: '# Fargate\nServerless compute for containers.\n' };

describe('an edit saved in a watched folder', () => {
  let shown: Graph | null;
  const engine = {
    load(graph: Graph) {
      shown = graph;
      return { ok: true, dropped: [] };
    },
  } as unknown as AtlasEngine;

  beforeEach(() => {
    shown = null;
    vi.stubGlobal('Worker', InlineWorker);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the last good version of a note the edit broke, and says where', async () => {
    const { useImport } = await import('./import-store');
    const request = { name: 'vault', readProblems: [], vault: true };
    await useImport.getState().start(engine, { ...request, files: [ecs(GOOD), OTHER] });
    const aliases = () => shown!.nodes.find((n) => n.label === 'ECS')?.aliases;
    expect(aliases()).toEqual(['Elastic Container Service']);

    await useImport
      .getState()
      .start(engine, { ...request, files: [ecs(BROKEN), OTHER], changed: ['Services/ECS.md'] });
    // The broken properties would have lost the alias; the last good version keeps it.
    expect(aliases()).toEqual(['Elastic Container Service']);
    const notices = useAtlas.getState().notices.map((n) => n.text);
    expect(notices.some((t) => t.startsWith('Services/ECS.md') && t.includes('last good version'))).toBe(
      true,
    );
    expect(useImport.getState().problems.some((p) => p.file === 'Services/ECS.md')).toBe(true);

    // The fix goes through, and a later edit is compared against the fixed note.
    const fixed = GOOD.replace('Runs containers.', 'Runs and scales containers.');
    await useImport
      .getState()
      .start(engine, { ...request, files: [ecs(fixed), OTHER], changed: ['Services/ECS.md'] });
    expect(useImport.getState().notes?.files.find((f) => f.path === 'Services/ECS.md')?.text).toBe(fixed);
    expect(useImport.getState().problems.some((p) => p.file === 'Services/ECS.md')).toBe(false);
  });
});

describe('a large folder', () => {
  beforeEach(() => {
    InlineWorker.asked = [];
    vi.stubGlobal('Worker', InlineWorker);
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
  });
  afterEach(() => vi.unstubAllGlobals());

  /** `count` notes linking to each other, in path order. */
  const linkedNotes = (count: number): NoteFile[] =>
    Array.from({ length: count }, (_, i) => ({
      path: `Notes/Topic ${String(i).padStart(3, '0')}.md`,
      text: `# Topic ${i}\nSee [[Topic ${String((i * 7) % count).padStart(3, '0')}]]. runs-on:: [[Fargate]]\n`,
    }));

  /** Imports `files` (or a feed) through the store: the graph put on screen, and the state. */
  async function importThroughStore(files: NoteFile[] | NoteFeed) {
    const shown: Graph[] = [];
    const engine = {
      load(graph: Graph) {
        shown.push(graph);
        return { ok: true, dropped: [] };
      },
    } as unknown as AtlasEngine;
    const { useImport } = await import('./import-store');
    await useImport.getState().start(engine, { name: 'vault', readProblems: [], vault: true, files });
    return { shown: shown.at(-1), state: useImport.getState() };
  }

  /** `count` linked notes, imported through the store: the files, the graph put on screen, the state. */
  async function importLinkedNotes(count: number) {
    const files = linkedNotes(count);
    return { files, ...(await importThroughStore(files)) };
  }

  it('is read by two workers at once into the graph one reading gives', async () => {
    const { files, shown, state } = await importLinkedNotes(450);
    expect(InlineWorker.asked).toEqual(['read', 'read', 'build']);
    const whole = await importNotes(files, { vault: true });
    expect(shown).toEqual(whole.graph);
    expect(state).toMatchObject({ phase: 'done', stats: whole.stats });
  });

  it('still being read, is handed to the workers part by part, into the graph one reading gives', async () => {
    // A typed-format note among the last ones: it is read with the last part.
    const typed = {
      path: 'Notes/Typed use case.md',
      text: '---\nid: typed-use-case\nkind: use-case\nlabel: "Typed use case"\nsummary: "Written in the typed format."\nsource: { note: mine, section: "Typed" }\n---\n',
    };
    const files = [...linkedNotes(449), typed];
    let askedWhileReading: string[] = [];
    const feed: NoteFeed = {
      count: files.length,
      async read(onSettled) {
        onSettled(300, files.slice(0, 300));
        // The first part is with its worker before the rest is read.
        askedWhileReading = [...InlineWorker.asked];
        onSettled(450, files);
        return { files, problems: [{ file: 'big.md', severity: 'error', message: 'too big' }] };
      },
    };
    const { useImport } = await import('./import-store');
    const progress: { done: number; total: number; notes: number }[] = [];
    const unsubscribe = useImport.subscribe((st) => st.progress && progress.push(st.progress));
    const { shown, state } = await importThroughStore(feed);
    unsubscribe();
    // The bar counts each note handed over, parsed, then its share of the build: three times the notes,
    // moving from the first notes handed over, never past the end.
    expect(progress[0]).toEqual({ done: 0, total: 1350, notes: 450 });
    expect(progress[1]).toEqual({ done: 300, total: 1350, notes: 450 });
    expect(progress.every((p, i) => p.done <= p.total && (i === 0 || p.done >= progress[i - 1]!.done))).toBe(
      true,
    );
    expect(progress.at(-1)!.done).toBe(1350);
    expect(askedWhileReading).toEqual(['read']);
    expect(InlineWorker.asked).toEqual(['read', 'read', 'build']);
    expect(shown).toEqual((await importNotes(files, { vault: true })).graph);
    expect(shown?.nodes.some((n) => n.id === 'typed-use-case')).toBe(true);
    // What the feed refused is listed with the rest, and the notes it read are kept.
    expect(state.problems.map((p) => p.file)).toContain('big.md');
    expect(state.notes?.files).toHaveLength(450);
  });

  it('is read by one worker per core, up to four, into the same graph', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 8 });
    const { files, shown } = await importLinkedNotes(900);
    expect(InlineWorker.asked).toEqual(['read', 'read', 'read', 'read', 'build']);
    expect(shown).toEqual((await importNotes(files, { vault: true })).graph);
  });
});

describe('an import that cannot go on', () => {
  const engine = { load: () => ({ ok: true, dropped: [] }) } as unknown as AtlasEngine;
  beforeEach(() => vi.stubGlobal('navigator', { hardwareConcurrency: 2 }));
  afterEach(() => vi.unstubAllGlobals());

  it('fails with the reason when a worker started ahead could not load its code, instead of waiting', async () => {
    /** A worker whose code fails to load: it reports an error once, and never answers. */
    class BrokenWorker {
      onmessage = null;
      onerror: ((e: { message: string }) => void) | null = null;
      private listeners: ((e: { message: string }) => void)[] = [];
      constructor() {
        setTimeout(() => {
          const e = { message: 'the worker chunk was not found' };
          this.listeners.forEach((l) => l(e));
          this.onerror?.(e);
        });
      }
      addEventListener(type: string, listener: (e: { message: string }) => void) {
        if (type === 'error') this.listeners.push(listener);
      }
      dispatchEvent() {
        return true;
      }
      terminate() {}
      postMessage() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const { useImport, warmReaders } = await import('./import-store');
    warmReaders(10);
    await new Promise((r) => setTimeout(r, 10));
    await useImport.getState().start(engine, { name: 'v', readProblems: [], vault: true, files: [OTHER] });
    expect(useImport.getState()).toMatchObject({
      phase: 'failed',
      message: expect.stringContaining('the worker chunk was not found'),
    });
  });

  it('stops reading a folder when the import is cancelled, and a file failing after that changes nothing', async () => {
    vi.stubGlobal('Worker', InlineWorker);
    const { useImport } = await import('./import-store');
    let sawAbort = false;
    const feed: NoteFeed = {
      count: 3,
      read: (_onSettled, signal) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => {
            sawAbort = true;
            reject(new Error('the file could not be read'));
          });
        }),
    };
    const started = useImport
      .getState()
      .start(engine, { name: 'v', readProblems: [], vault: true, files: feed });
    useImport.getState().cancel();
    await started;
    expect(sawAbort).toBe(true);
    expect(useImport.getState()).toMatchObject({
      phase: 'idle',
      message: 'The import was cancelled; the graph on screen stays.',
    });
  });
});

describe('readerCount', () => {
  it('reads a small folder, or on one core, in one worker; else one worker per core, up to four', async () => {
    const { readerCount } = await import('./import-store');
    expect(readerCount(399, 8)).toBe(1);
    expect(readerCount(5000, 1)).toBe(1);
    expect(readerCount(400, 8)).toBe(2);
    expect(readerCount(650, 8)).toBe(3);
    expect(readerCount(5000, 2)).toBe(2);
    expect(readerCount(5000, 16)).toBe(4);
  });
});
