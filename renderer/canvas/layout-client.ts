import type { LayoutName } from '../state/store';
import type { LayoutNode, LayoutReply, LayoutRequest } from './layout-protocol';
import type { Positions } from './layouts';

/*
 * The page's side of the layout worker: one worker, one layout at a time, and only the newest request
 * is answered (switching layouts or opening other notes while one is computed drops the old one).
 */

let worker: Worker | null = null;
let seq = 0;
let waiting: { seq: number; resolve(p: Positions | null): void; reject(e: Error): void } | null = null;

/**
 * Lays out nodes and their relations (index pairs, see edgePairs) in the layout worker; resolves to
 * null when a newer request superseded it. The relations' buffer is handed over and unusable after.
 */
export function layoutInWorker(
  name: LayoutName,
  nodes: LayoutNode[],
  edges: Int32Array,
  aspect: number,
): Promise<Positions | null> {
  if (waiting) {
    // The old layout is moot; a worker cannot be interrupted mid-layout, so it is replaced.
    waiting.resolve(null);
    waiting = null;
    worker?.terminate();
    worker = null;
  }
  if (!worker) {
    worker = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<LayoutReply>) => {
      const w = waiting;
      if (!w || w.seq !== e.data.seq) return;
      waiting = null;
      if ('error' in e.data) w.reject(new Error(e.data.error));
      else w.resolve(e.data.positions);
    };
    worker.onerror = (e) => {
      const w = waiting;
      waiting = null;
      w?.reject(new Error(e.message || 'the layout stopped unexpectedly'));
    };
  }
  const request: LayoutRequest = { seq: ++seq, name, nodes, edges, aspect };
  const own = worker;
  return new Promise((resolve, reject) => {
    waiting = { seq: request.seq, resolve, reject };
    // The relations' buffer is handed over, not copied (a subarray's view keeps the whole buffer).
    own.postMessage(request, [edges.buffer]);
  });
}
