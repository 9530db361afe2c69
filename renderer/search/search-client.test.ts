import { afterEach, describe, expect, it, vi } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph';
import { loadedGraph } from '../engine/loaded-graph';
import type { SearchReply, SearchRequest } from './search-protocol';

/** A worker that records what it is sent and answers when the test says so. */
class HeldWorker {
  static last: HeldWorker;
  sent: SearchRequest[] = [];
  onmessage: ((e: { data: SearchReply }) => void) | null = null;
  constructor() {
    HeldWorker.last = this;
  }
  postMessage(m: SearchRequest) {
    this.sent.push(m);
  }
  answer(seq: number, label: string) {
    this.onmessage?.({
      data: {
        seq,
        id: 0,
        hits: [{ id: label, label, kind: 'service', score: 1, field: 'label', snippet: label }],
      },
    });
  }
}

describe('search off the main thread on large graphs', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('searches small graphs in place, so Enter always has its hits', async () => {
    const { searchesInline, searchGraph } = await import('./search-client');
    const small = loadedGraph(syntheticGraph({ nodes: 200 }));
    expect(searchesInline(small)).toBe(true);
    const label = small.graph.nodes[7]!.label;
    const hits = await searchGraph(small, label, 5);
    expect(hits?.[0]?.label).toBe(label);
  });

  it('sends a large graph once, then only the newest of the queries typed while one is answered', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const { searchGraph } = await import('./search-client');
    const big = loadedGraph(syntheticGraph({ nodes: 3500 }));
    const first = searchGraph(big, 'n', 5);
    const second = searchGraph(big, 'no', 5);
    const third = searchGraph(big, 'nod', 5);
    const w = HeldWorker.last;
    expect(w.sent.map((m) => (m.type === 'graph' ? 'graph' : m.query))).toEqual(['graph', 'n']);
    // The graph goes over with its nodes and without its relations, which search never reads.
    const sentGraph = w.sent[0]!.type === 'graph' ? w.sent[0]!.graph : null;
    expect(sentGraph?.nodes).toBe(big.graph.nodes);
    expect(sentGraph?.edges).toEqual([]);
    await expect(second).resolves.toBeNull();
    w.answer(1, 'first');
    await expect(first).resolves.toEqual([expect.objectContaining({ label: 'first' })]);
    // The newest query goes out as soon as the worker is free; the one in between never does.
    expect(w.sent.map((m) => (m.type === 'graph' ? 'graph' : m.query))).toEqual(['graph', 'n', 'nod']);
    w.answer(3, 'third');
    await expect(third).resolves.toEqual([expect.objectContaining({ label: 'third' })]);
  });

  it('hands a new large graph over after the frame that draws it, and only the newest', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const { prepareSearch } = await import('./search-client');
    // Only a worker this test made counts (the module, reset, makes its own).
    const earlier = HeldWorker.last;
    const graphs = () =>
      HeldWorker.last === earlier
        ? []
        : HeldWorker.last.sent.filter((m) => m.type === 'graph').map((m) => m.id);
    const first = loadedGraph(syntheticGraph({ nodes: 3500 }));
    const second = loadedGraph(syntheticGraph({ nodes: 3600, seed: 3 }));
    prepareSearch(first);
    // Nothing is copied before the frame; a second graph loaded meanwhile replaces the first.
    prepareSearch(second);
    expect(graphs()).toEqual([]);
    frames.splice(0).forEach((f) => f());
    await new Promise((r) => setTimeout(r, 0));
    expect(graphs()).toEqual([second.id]);
  });

  it('lists the nodes whose names match within the keystroke, and the full text when the worker answers', async () => {
    vi.stubGlobal('Worker', HeldWorker);
    const { useAtlas } = await import('../state/store');
    const big = loadedGraph(syntheticGraph({ nodes: 3500 }));
    useAtlas.getState().adoptGraph(big);
    const target = big.graph.nodes[1234]!;
    // A slip in the name, as typed: still found by name, before the worker has answered anything.
    const typed = target.label.replace(/(\w)(\w)(\w*)$/, '$2$1$3');
    useAtlas.getState().setQuery(typed);
    let s = useAtlas.getState();
    expect(s.searching).toBe(true);
    expect(s.hits.map((h) => h.id)).toContain(target.id);
    const query = HeldWorker.last.sent.at(-1);
    expect(query).toMatchObject({ type: 'query', query: typed });
    // The worker's answer replaces the name matches.
    HeldWorker.last.answer(query!.type === 'query' ? query!.seq : -1, 'from the worker');
    await vi.waitFor(() => expect(useAtlas.getState().searching).toBe(false));
    s = useAtlas.getState();
    expect(s.hits.map((h) => h.label)).toEqual(['from the worker']);
  });
});
