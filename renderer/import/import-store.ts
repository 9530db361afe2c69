import { create } from 'zustand';
import {
  readGraphFile,
  readTogether,
  splitNotes,
  type Graph,
  type ImportProblem,
  type ImportResult,
  type ImportStats,
  type NoteFile,
} from '../../graph-data';
import type { AtlasEngine } from '../engine/atlas-engine';
import type { ImportReply, ImportRequest } from './import-work';
import { pack, transfers, unpack } from './wire';
import { BUILTIN_WORKSPACE, workspaceKey } from '../../contract/user-data';
import { setWorkspace, useWorkspace } from '../state/user-data';
import { useAtlas } from '../state/store';
import { builtInTours } from '../engine/built-in-graph';
import { brokenEditNotice, brokenEdits, withLastGood } from './last-good';

/** Where the graph on screen comes from. */
export type Workspace = { kind: 'built-in' } | { kind: 'notes'; name: string; merged: boolean };

export type ImportPhase = 'idle' | 'importing' | 'done' | 'failed';

interface ImportState {
  phase: ImportPhase;
  /**
   * How far the import is, in steps (each note handed over by the browser when it reads a picked
   * folder, each note parsed, then each note's share of building the graph), and how many notes.
   */
  progress: { done: number; total: number; notes: number } | null;
  /** What the last import (or the folder reading before it) found wrong, per file. */
  problems: ImportProblem[];
  stats: ImportStats | null;
  message: string | null;
  workspace: Workspace;
  /** The user-data workspace the notes on screen keep their positions, bookmarks and progress in. */
  workspaceKey: string | null;
  /** The notes the graph on screen was read from (so that an edit re-reads them with the rest). */
  notes: {
    name: string;
    /** The files as last read cleanly (a broken edit keeps its note's previous version here). */
    files: NoteFile[];
    /** What reading those files found, to tell a new error from one the note already had. */
    problems: ImportProblem[];
    vault: boolean;
    merged: boolean;
  } | null;
  /** Reads notes into a graph in workers and, once whole, puts it on screen; the current graph stays until then. */
  start(engine: AtlasEngine, request: StartRequest): Promise<void>;
  /**
   * Opens a graph file Service Atlas or another tool exported (the app's JSON, Cytoscape JSON,
   * GraphML, GEXF), with the positions it carries; a broken file changes nothing and says why.
   */
  openGraphFile(engine: AtlasEngine, name: string, text: string): void;
  /** Stops an import under way; nothing of it reaches the screen. */
  cancel(): void;
  /** Whether the Open notes dialog is shown (the toolbar, the menu and a drop open it). */
  dialogOpen: boolean;
  setDialogOpen(open: boolean): void;
  /** Goes back to the built-in graph. */
  closeNotes(engine: AtlasEngine, builtIn: { graph: unknown; searchIndex: object }): void;
}

export interface StartRequest {
  name: string;
  /** The notes, or a feed that is still reading them (a folder picked in the browser). */
  files: NoteFile[] | NoteFeed;
  /** Problems found while reading the folder (refused files), shown with the import's own. */
  readProblems: ImportProblem[];
  vault: boolean;
  /** Merge with this graph (the built-in one) instead of showing the notes alone. */
  base?: Graph;
  /** The workspace its data is kept under (default: one named after the folder). */
  key?: string;
  /** The paths an edit changed (the watcher's batch): a change that breaks one keeps its last good version. */
  changed?: string[];
}

/**
 * Notes still being read, in path order (a folder the browser hands over file by file): the workers
 * are given each part as soon as it is whole, so that parsing the first parts overlaps reading the
 * rest.
 */
export interface NoteFeed {
  /** How many notes there will be at most. */
  count: number;
  /** Reads the notes, telling `onSettled` as the first `settled` are read or refused; `files` grows. */
  read(
    onSettled: (settled: number, files: readonly NoteFile[]) => void,
    signal: AbortSignal,
  ): Promise<{ files: NoteFile[]; problems: ImportProblem[] }>;
}

/** The reading of the feed in hand, if any: aborted by a cancel, or by a part that failed. */
let reading: AbortController | null = null;

/** The workers reading now (none when idle). */
let workers: Worker[] = [];

/**
 * From this many notes, on two or more cores, workers read a part of the notes each: one per core,
 * up to MAX_READERS, each with at least SPLIT_FROM / 2 notes (a worker's start is not free).
 */
const SPLIT_FROM = 400;
const MAX_READERS = 4;

/** Workers started ahead of an import (see warmReaders), handed to the next one. */
let warm: Worker[] = [];

/** Why a reading worker could not start (its code failed to load), heard before it was asked anything. */
const startFailures = new WeakMap<Worker, string>();

const newReader = () => {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  // A warm worker waits for its files; if its code fails meanwhile, the first question must hear so.
  worker.addEventListener(
    'error',
    (e) => startFailures.set(worker, e.message || 'the import worker did not start'),
    {
      once: true,
    },
  );
  return worker;
};

const coreCount = () => (typeof navigator === 'undefined' ? 1 : (navigator.hardwareConcurrency ?? 1));

/**
 * Starts the workers that will read `files` notes, before the page has read the files: loading a
 * worker's code then overlaps the reading instead of following it (a third of a second here).
 */
export function warmReaders(files: number): void {
  const want = readerCount(files, coreCount());
  while (warm.length < want) warm.push(newReader());
}

/** Ends the workers started ahead that no import took (the folder could not be read). */
export function coolReaders(): void {
  for (const w of warm) w.terminate();
  warm = [];
}

/** `count` reading workers: the ones started ahead first, then new ones; the rest of those are ended. */
function takeReaders(count: number): Worker[] {
  const own = warm.splice(0, count);
  coolReaders();
  while (own.length < count) own.push(newReader());
  return own;
}

/** How many workers read `files` notes on `cores` cores. */
export function readerCount(files: number, cores: number): number {
  if (files < SPLIT_FROM || cores < 2) return 1;
  return Math.max(2, Math.min(cores, MAX_READERS, Math.floor(files / (SPLIT_FROM / 2))));
}

type Answer = Exclude<ImportReply, { type: 'progress' }> | { type: 'cancelled' };
/** How reading ended: the whole result, a failure, or a cancel. */
type Outcome =
  { type: 'done'; result: ImportResult } | { type: 'failed'; message: string } | { type: 'cancelled' };

/** The result unpacked, or how the workers stopped. */
function outcome(answer: Answer): Outcome {
  if (answer.type === 'done') return { type: 'done', result: unpack(answer.result) };
  if (answer.type === 'read') return { type: 'failed', message: 'the import worker answered out of turn' };
  return answer;
}

/** Sends one request to a worker and waits for its answer; progress goes to `onProgress`. */
function ask(
  own: Worker,
  request: ImportRequest,
  onProgress: (done: number, total: number) => void,
): Promise<Answer> {
  return new Promise<Answer>((resolve) => {
    const failed = startFailures.get(own);
    if (failed !== undefined) {
      resolve({ type: 'failed', message: failed });
      return;
    }
    own.onmessage = (e: MessageEvent<ImportReply>) => {
      if (e.data.type === 'progress') onProgress(e.data.done, e.data.total);
      else resolve(e.data);
    };
    own.onerror = (e) => resolve({ type: 'failed', message: e.message || 'the import stopped unexpectedly' });
    own.addEventListener('cancel-import', () => resolve({ type: 'cancelled' }), { once: true });
    const packed =
      request.type === 'build'
        ? [...request.parts, ...(request.base ? [request.base] : [])]
        : [request.files, ...('base' in request && request.base ? [request.base] : [])];
    own.postMessage(request, transfers(...packed));
  });
}

/** Stops workers: what they are asked resolves as cancelled. */
function stop(own: readonly Worker[]): void {
  for (const w of own) {
    w.dispatchEvent(new Event('cancel-import'));
    w.terminate();
  }
}

/** What reading in workers gave: how it ended, and the notes and problems a feed read on the way. */
interface Read {
  outcome: Outcome;
  files: NoteFile[];
  problems: ImportProblem[];
}

/**
 * The notes of a feed in `parts` parts of about as many notes each, in order, each handed to
 * `onPart` as soon as it is read (`onHanded` hears how many are); the notes read together (typed
 * ones, tours) go with the last part.
 */
async function feedParts(
  feed: NoteFeed,
  parts: number,
  signal: AbortSignal,
  onHanded: (settled: number) => void,
  onPart: (part: number, files: NoteFile[]) => void,
): Promise<{ files: NoteFile[]; problems: ImportProblem[] }> {
  const together: NoteFile[] = [];
  let next = 0;
  let taken = 0;
  const hand = (files: readonly NoteFile[], upTo: number) => {
    const part = files.slice(taken, upTo);
    taken = upTo;
    together.push(...part.filter(readTogether));
    onPart(
      next++,
      part.filter((f) => !readTogether(f)),
    );
  };
  const read = await feed.read((settled, files) => {
    onHanded(settled);
    while (next < parts - 1 && settled >= Math.round(((next + 1) * feed.count) / parts))
      hand(files, files.length);
  }, signal);
  while (next < parts - 1) hand(read.files, read.files.length);
  const last = read.files.slice(taken);
  onPart(next, [...last.filter((f) => !readTogether(f)), ...together, ...last.filter(readTogether)]);
  return read;
}

/**
 * The import's progress, in steps: each note handed over by the browser (a feed's notes only), each
 * note parsed, and each note's share of building the graph; the workers count the last two (`progress`,
 * 0 to twice the notes), the feed the first (`onHanded`). Shown from 0 at once, and updated a hundred
 * times at most: each update renders the dialog on a page that is busy reading.
 */
function progressBar(count: number, fed: boolean, set: (s: Partial<ImportState>) => void) {
  const total = (fed ? 3 : 2) * count;
  let handed = 0;
  let parsed = 0;
  let shownPercent = -1;
  const report = () => {
    const done = Math.min(total, handed + parsed);
    const percent = Math.floor((100 * done) / Math.max(1, total));
    if (percent === shownPercent) return;
    shownPercent = percent;
    set({ progress: { done, total, notes: count } });
  };
  report();
  return {
    progress: (done: number) => {
      parsed = done;
      report();
    },
    onHanded: (settled: number) => {
      handed = settled;
      report();
    },
  };
}

/**
 * Reads notes into a graph in workers of their own, reporting progress; a cancel ends them unread.
 * A large folder is split in parts read at once (one per core, see readerCount), and one worker
 * builds the graph from all of them. A feed's parts go to their workers as soon as each is read.
 */
async function readInWorkers(
  request: { files: NoteFile[] | NoteFeed; base?: Graph; vault: boolean },
  set: (s: Partial<ImportState>) => void,
): Promise<Read> {
  const { vault } = request;
  const feed = Array.isArray(request.files) ? null : request.files;
  const count = feed ? feed.count : (request.files as NoteFile[]).length;
  const readers = readerCount(count, coreCount());
  const own = takeReaders(readers);
  workers = own;
  const { progress, onHanded } = progressBar(count, feed !== null, set);
  // The base is packed when it is sent: a transferred buffer goes once.
  const base = () => (request.base ? pack(request.base) : undefined);
  let files = feed ? [] : (request.files as NoteFile[]);
  let problems: ImportProblem[] = [];
  const result = (outcome: Outcome): Read => ({ outcome, files, problems });
  const ownReading = new AbortController();
  reading = ownReading;
  try {
    if (readers === 1) {
      if (feed) ({ files, problems } = await feed.read(onHanded, ownReading.signal));
      if (workers !== own) return result({ type: 'cancelled' });
      return result(
        outcome(await ask(own[0]!, { type: 'import', files: pack(files), base: base(), vault }, progress)),
      );
    }
    const done = own.map(() => 0);
    let ended = false;
    const askPart = (i: number, part: NoteFile[]): Promise<Answer> =>
      // A part read after the import was cancelled, or after another part failed, is not asked for.
      ended || workers !== own
        ? Promise.resolve({ type: 'cancelled' })
        : ask(own[i]!, { type: 'read', files: pack(part), vault }, (d) => {
            done[i] = d;
            progress(done.reduce((a, b) => a + b, 0));
          }).then((reply) => {
            // One part failing ends the others: nothing is half-imported.
            if (reply.type !== 'read') {
              ended = true;
              ownReading.abort();
              stop(own.filter((_, j) => j !== i));
            }
            return reply;
          });
    const asked: Promise<Answer>[] = [];
    if (feed)
      ({ files, problems } = await feedParts(feed, readers, ownReading.signal, onHanded, (i, part) =>
        asked.push(askPart(i, part)),
      ));
    else splitNotes(files, readers).forEach((part, i) => asked.push(askPart(i, part)));
    const replies = await Promise.all(asked);
    const read = replies.flatMap((r) => (r.type === 'read' ? [r.drafts] : []));
    if (read.length < replies.length)
      return result(outcome(replies.find((r) => r.type === 'failed') ?? { type: 'cancelled' }));
    stop(own.slice(1));
    return result(
      outcome(
        await ask(own[0]!, { type: 'build', parts: read, total: files.length, base: base() }, progress),
      ),
    );
  } catch (err) {
    // The browser could not hand over a file (moved or deleted meanwhile), unless this import was
    // cancelled or another began: then it no longer speaks for the screen.
    if (workers !== own) return result({ type: 'cancelled' });
    return result({ type: 'failed', message: (err as Error).message || String(err) });
  } finally {
    for (const w of own) w.terminate();
    if (workers === own) workers = [];
    if (reading === ownReading) reading = null;
  }
}

/** The import in hand: one at a time, in workers, all or nothing. */
export const useImport = create<ImportState>()((set, get) => ({
  phase: 'idle',
  progress: null,
  problems: [],
  stats: null,
  message: null,
  workspace: { kind: 'built-in' },
  workspaceKey: null,
  notes: null,
  dialogOpen: false,
  setDialogOpen(dialogOpen) {
    set({ dialogOpen });
  },

  async start(engine, request) {
    get().cancel();
    // The progress bar starts with the reading (readInWorkers).
    set({ phase: 'importing', progress: null, message: null });
    const first = await readInWorkers(
      { files: request.files, base: request.base, vault: request.vault },
      set,
    );
    let files = first.files;
    let reply = first.outcome;
    const readProblems = [...request.readProblems, ...first.problems].sort((a, b) =>
      a.file.localeCompare(b.file),
    );
    // An edit saved in another editor that breaks a note keeps that note's last good version.
    const previous = get().notes;
    const broken =
      reply.type === 'done' && request.changed && previous
        ? brokenEdits(request.changed, previous.problems, reply.result.problems)
        : [];
    let heldBack: ImportProblem[] = [];
    if (reply.type === 'done' && previous && broken.length > 0) {
      const lastGood = new Map(previous.files.map((f) => [f.path, f]));
      const { notify } = useAtlas.getState();
      for (const path of broken) notify(brokenEditNotice(path, reply.result.problems, lastGood.has(path)));
      heldBack = reply.result.problems.filter((p) => broken.includes(p.file));
      files = withLastGood(files, broken, lastGood);
      reply = (await readInWorkers({ files, base: request.base, vault: request.vault }, set)).outcome;
    }
    if (reply.type === 'cancelled') return;
    if (reply.type === 'failed') {
      set({ phase: 'failed', progress: null, message: `The notes could not be read: ${reply.message}` });
      return;
    }
    if (reply.type !== 'done') return;
    const { result } = reply;
    const problems = [...readProblems, ...heldBack, ...result.problems];
    if (result.graph.nodes.length === 0) {
      set({
        phase: 'failed',
        progress: null,
        problems,
        stats: result.stats,
        message: `Nothing in “${request.name}” could be read as notes, so the graph on screen stays.`,
      });
      return;
    }
    // The workspace's own positions, bookmarks, views and progress go with the graph.
    const before = useWorkspace.getState().key;
    const key = request.key ?? workspaceKey({ path: request.name, merge: Boolean(request.base) });
    setWorkspace(key);
    // The notes' own tours, and the built-in ones when the notes are merged with the built-in graph.
    const tours = [...(request.base ? builtInTours() : []), ...result.tours];
    const loaded = engine.load(result.graph, { tours, validated: result.validated === true });
    if (!loaded.ok) {
      setWorkspace(before);
      set({ phase: 'failed', progress: null, problems, stats: result.stats, message: loaded.message });
      return;
    }
    set({
      phase: 'done',
      progress: null,
      problems,
      stats: result.stats,
      message: null,
      workspace: { kind: 'notes', name: request.name, merged: Boolean(request.base) },
      workspaceKey: key,
      notes: {
        name: request.name,
        files,
        problems: result.problems,
        vault: request.vault,
        merged: Boolean(request.base),
      },
    });
  },

  openGraphFile(engine, name, text) {
    get().cancel();
    const read = readGraphFile(name, text);
    if (!read.graph) {
      set({
        phase: 'failed',
        problems: read.problems.map((p) => ({
          file: p.file,
          line: p.line,
          message: p.message,
          severity: 'error',
        })),
        stats: null,
        message: `“${name}” could not be read as a graph, so the graph on screen stays.`,
      });
      return;
    }
    const before = useWorkspace.getState().key;
    const key = `file:${name}`;
    setWorkspace(key);
    const loaded = engine.load(read.graph);
    if (!loaded.ok) {
      setWorkspace(before);
      set({ phase: 'failed', problems: [], stats: null, message: loaded.message });
      return;
    }
    if (read.positions) engine.placeNodes(read.positions);
    engine.fit();
    set({
      phase: 'idle',
      problems: [],
      stats: null,
      message: null,
      workspace: { kind: 'notes', name, merged: false },
      workspaceKey: key,
      notes: null,
    });
  },

  cancel() {
    const own = workers;
    if (own.length === 0) return;
    workers = [];
    reading?.abort();
    reading = null;
    stop(own);
    set({ phase: 'idle', progress: null, message: 'The import was cancelled; the graph on screen stays.' });
  },

  closeNotes(engine, builtIn) {
    get().cancel();
    const before = useWorkspace.getState().key;
    setWorkspace(BUILTIN_WORKSPACE);
    const loaded = engine.load(builtIn.graph, { searchIndex: builtIn.searchIndex, tours: builtInTours() });
    if (!loaded.ok) setWorkspace(before);
    if (loaded.ok)
      set({
        workspace: { kind: 'built-in' },
        workspaceKey: null,
        notes: null,
        problems: [],
        stats: null,
        phase: 'idle',
        message: null,
      });
  },
}));
