import { buildNameIndex, search, searchByName, type NameIndex, type SearchHit } from '../../graph-data';
import type { LoadedGraph } from '../engine/loaded-graph';
import type { SearchReply, SearchRequest } from './search-protocol';

/*
 * Where a query runs. On a graph of a few thousand nodes lunr answers within a millisecond or two,
 * so the search box searches in place and Enter always has its hits. Above that a query takes tens of
 * milliseconds and building the index more than a second, so both move to a worker: the keystroke
 * paints at once with the nodes whose names match (looked up in place, `searchNamesNow`), and the
 * full-text hits follow when they are ready. Only the newest query is ever waited for.
 */

/** Graphs up to this many nodes are searched on the main thread. */
export const INLINE_SEARCH_NODES = 3000;

/** Whether `data` is searched in place (synchronously) rather than in the worker. */
export function searchesInline(data: LoadedGraph): boolean {
  return data.graph.nodes.length <= INLINE_SEARCH_NODES || typeof Worker === 'undefined';
}

/** The hits `find` gives for `query`; none for a blank query, and none rather than an error. */
function inPlace(query: string, find: () => SearchHit[]): SearchHit[] {
  if (!query.trim()) return [];
  try {
    return find();
  } catch {
    // Both searches are built never to throw; this guard keeps a future regression from breaking typing.
    return [];
  }
}

/** Searches in place; never throws. */
export function searchNow(data: LoadedGraph, query: string, limit: number): SearchHit[] {
  return inPlace(query, () => search(data.searchIndex, data.graph, query, limit));
}

/** The graph's names, indexed by word: built once per graph (about 20 ms at 10,000 nodes). */
function nameIndex(data: LoadedGraph): NameIndex {
  return data.cached('search:names', () => buildNameIndex(data.graph));
}

/**
 * The nodes whose names match `query`, found in place within a millisecond or two at 10,000 nodes:
 * what a large graph's search lists at once, while the worker searches the full text.
 */
export function searchNamesNow(data: LoadedGraph, query: string, limit: number): SearchHit[] {
  return inPlace(query, () => searchByName(nameIndex(data), query, limit));
}

let worker: Worker | null = null;
let sentGraph = 0;
let seq = 0;
/** The query the worker is answering, and the newest one waiting for it to finish (if any). */
let inFlight: { seq: number; resolve(hits: SearchHit[] | null): void } | null = null;
let queued: { message: SearchRequest; resolve(hits: SearchHit[] | null): void } | null = null;

function send(
  w: Worker,
  message: Extract<SearchRequest, { type: 'query' }>,
  resolve: (h: SearchHit[] | null) => void,
) {
  inFlight = { seq: message.seq, resolve };
  w.postMessage(message);
}

function workerFor(data: LoadedGraph): Worker {
  if (!worker) {
    const w = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    worker = w;
    w.onmessage = (e: MessageEvent<SearchReply>) => {
      if (inFlight?.seq === e.data.seq) inFlight.resolve(e.data.hits);
      inFlight = null;
      // Typing faster than the worker answers: only the newest query is sent on, never a backlog.
      const next = queued;
      queued = null;
      if (next && next.message.type === 'query') send(w, next.message, next.resolve);
    };
  }
  if (sentGraph !== data.id) {
    sentGraph = data.id;
    // Search reads the nodes alone: the relations (six times as many at 10,000 notes) stay here, and
    // copying the graph over costs the page about two fifths of what it did.
    const message: SearchRequest = { type: 'graph', id: data.id, graph: { ...data.graph, edges: [] } };
    worker.postMessage(message);
  }
  return worker;
}

/** The graph last handed to `prepareSearch`. */
let prepared: LoadedGraph | null = null;

/**
 * Hands the next graph to the worker ahead of the first query (large graphs only), once the frame
 * that draws it is out: copying a graph of 20,000 nodes to the worker takes half a second, which
 * the first picture need not wait for. A query before then hands it over at once.
 */
export function prepareSearch(data: LoadedGraph): void {
  prepared = data;
  if (searchesInline(data)) return;
  const handOver = () => {
    if (prepared !== data) return;
    workerFor(data);
    // The names too, so that the first keystroke does not pay for indexing them.
    nameIndex(data);
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(handOver, 0));
  else handOver();
}

/**
 * Searches `data` wherever it is cheapest: in place for small graphs, else in the worker. Resolves to
 * null when a newer query made the answer moot.
 */
export function searchGraph(data: LoadedGraph, query: string, limit: number): Promise<SearchHit[] | null> {
  if (!query.trim()) return Promise.resolve([]);
  if (searchesInline(data)) return Promise.resolve(searchNow(data, query, limit));
  const w = workerFor(data);
  const message = { type: 'query' as const, id: data.id, seq: ++seq, query, limit };
  return new Promise((resolve) => {
    queued?.resolve(null);
    if (inFlight) queued = { message, resolve };
    else send(w, message, resolve);
  });
}
