/// <reference lib="webworker" />
/* global DedicatedWorkerGlobalScope */
import type lunr from 'lunr';
import { buildSearchIndex, loadSearchIndex, search, type Graph } from '../../graph-data';
import type { SearchReply, SearchRequest } from './search-protocol';

/*
 * Search for large graphs, off the main thread: the worker builds (or loads) the graph's lunr index
 * once per graph and answers queries, so that neither building the index nor a slow query ever holds
 * up a keystroke or a frame.
 */

const scope = self as unknown as DedicatedWorkerGlobalScope;
let current: { id: number; graph: Graph; serialized?: object; index?: lunr.Index } | null = null;

function indexOf(c: NonNullable<typeof current>): lunr.Index {
  c.index ??= c.serialized ? loadSearchIndex(c.serialized) : buildSearchIndex(c.graph);
  return c.index;
}

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  const message = event.data;
  if (message.type === 'graph') {
    current = {
      id: message.id,
      graph: message.graph,
      ...(message.index ? { serialized: message.index } : {}),
    };
    // Built now, while the user is still looking at the new graph, rather than on the first keystroke.
    indexOf(current);
    return;
  }
  const reply: SearchReply = { seq: message.seq, id: message.id, hits: [] };
  if (current && current.id === message.id) {
    try {
      reply.hits = search(indexOf(current), current.graph, message.query, message.limit);
    } catch {
      // search() is built never to throw; an empty answer keeps typing alive if it ever does.
    }
  }
  scope.postMessage(reply);
};
