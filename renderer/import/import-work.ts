import {
  buildNotesGraph,
  importNotes,
  joinDrafts,
  readNoteDrafts,
  type Graph,
  type ImportResult,
  type NoteFile,
  type ReadDrafts,
} from '../../graph-data';
import { pack, transfers, unpack, type Packed } from './wire';

/*
 * What an import worker does (import-worker.ts runs it): reads notes into a graph off the main
 * thread, so that the window stays responsive during a long import. A large folder is read by two
 * workers at once, each a part (`read`), and one of them then builds the graph from both parts'
 * drafts (`build`). Cancelling is the page terminating the workers: nothing they did reaches the
 * app until a whole result is posted.
 */

/** What the page asks for. Bulk data travels packed (./wire.ts). */
export type ImportRequest =
  | {
      type: 'import';
      files: Packed<NoteFile[]>;
      /** Merge into this graph (the built-in one). */
      base?: Packed<Graph>;
      vault: boolean;
    }
  | { type: 'read'; files: Packed<NoteFile[]>; vault: boolean }
  | { type: 'build'; parts: Packed<ReadDrafts>[]; total: number; base?: Packed<Graph> };

/** What the worker says back. */
export type ImportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: Packed<ImportResult> }
  | { type: 'read'; drafts: Packed<ReadDrafts> }
  | { type: 'failed'; message: string };

/** Answers one request of the page, posting progress and then one reply (with its buffers to transfer). */
export async function answer(
  request: ImportRequest,
  post: (reply: ImportReply, transfer: ArrayBuffer[]) => void,
): Promise<void> {
  const send = (reply: ImportReply, packed?: Packed<unknown>) => post(reply, packed ? transfers(packed) : []);
  let last = 0;
  // A message per file would flood the page; a few per second is plenty for a progress bar.
  const onProgress = (done: number, total: number) => {
    const now = performance.now();
    if (now - last < 50 && done < total) return;
    last = now;
    send({ type: 'progress', done, total });
  };
  const done = (result: ImportResult) => {
    const packed = pack(result);
    send({ type: 'done', result: packed }, packed);
  };
  const base = (packed?: Packed<Graph>) => (packed ? unpack(packed) : undefined);
  try {
    if (request.type === 'read') {
      const drafts = pack(await readNoteDrafts(unpack(request.files), { vault: request.vault, onProgress }));
      send({ type: 'read', drafts }, drafts);
    } else if (request.type === 'build') {
      const drafts = joinDrafts(request.parts.map((p) => unpack(p)));
      done(buildNotesGraph(drafts, request.total, { base: base(request.base), onProgress }));
    } else {
      const files = unpack(request.files);
      done(await importNotes(files, { base: base(request.base), vault: request.vault, onProgress }));
    }
  } catch (err) {
    send({ type: 'failed', message: (err as Error).message || String(err) });
  }
}
