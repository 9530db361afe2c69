/// <reference lib="webworker" />
/* global DedicatedWorkerGlobalScope */
import { importNotes, type Graph, type ImportResult, type NoteFile } from '../../graph-data';

/*
 * Reads notes into a graph off the main thread, so that the window stays responsive during a long
 * import. Cancelling is the page terminating this worker: nothing it did reaches the app until it
 * posts a whole result.
 */

/** What the page asks for. */
export interface ImportRequest {
  files: NoteFile[];
  /** Merge into this graph (the built-in one). */
  base?: Graph;
  vault: boolean;
}

/** What the worker says back. */
export type ImportReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'failed'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { files, base, vault } = event.data;
  const post = (reply: ImportReply) => scope.postMessage(reply);
  let last = 0;
  try {
    const result = await importNotes(files, {
      base,
      vault,
      onProgress(done, total) {
        // A message per file would flood the page; a few per second is plenty for a progress bar.
        const now = performance.now();
        if (now - last < 50 && done < total) return;
        last = now;
        post({ type: 'progress', done, total });
      },
    });
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'failed', message: (err as Error).message || String(err) });
  }
};
