import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { studyGraph } from '../../graph-data/study/study-fixture.test-util';
import { loadedGraph } from '../engine/loaded-graph';
import { EMPTY_FILTERS, useAtlas } from './store';
import { startHashSync } from './url-hash';

// Three services (a, b, c) and a compliance programme of the study fixture.
const [a, b, c] = ['ecs', 'eks', 'ecs-anywhere'];

/** Just enough of `window` for url-hash.ts: a session history, the location it shows, its events. */
class FakeWindow {
  entries: { state: unknown; url: string }[];
  index = 0;
  pushes: string[] = [];
  replaces: string[] = [];
  private listeners = new Map<string, Set<() => void>>();
  constructor(url: string) {
    this.entries = [{ state: null, url }];
  }
  get location() {
    const url = new URL(this.entries[this.index]!.url, 'http://app.test');
    return { pathname: url.pathname, search: url.search, hash: url.hash };
  }
  readonly history = {
    state: null as unknown,
    pushState: (state: unknown, _: string, url: string) => {
      this.entries = this.entries.slice(0, this.index + 1);
      this.entries.push({ state: structuredClone(state), url });
      this.index += 1;
      this.pushes.push(url);
    },
    replaceState: (state: unknown, _: string, url: string) => {
      this.entries[this.index] = { state: structuredClone(state), url };
      this.replaces.push(url);
    },
    // The browser moves, then tells the page (asynchronously in a browser; at once here).
    go: (delta: number) => {
      this.index = Math.max(0, Math.min(this.entries.length - 1, this.index + delta));
      this.dispatch('popstate');
    },
  };
  addEventListener(type: string, fn: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(fn);
  }
  removeEventListener(type: string, fn: () => void) {
    this.listeners.get(type)?.delete(fn);
  }
  dispatch(type: string) {
    this.listeners.get(type)?.forEach((fn) => fn());
  }
}

let win: FakeWindow;
let stop: () => void;

function open(url: string) {
  win = new FakeWindow(url);
  Object.defineProperty(win.history, 'state', { get: () => win.entries[win.index]!.state });
  vi.stubGlobal('window', win);
  vi.stubGlobal('history', win.history);
  useAtlas.setState({
    selection: null,
    filters: EMPTY_FILTERS,
    focus: null,
    history: { back: [], forward: [] },
  });
  useAtlas.getState().adoptGraph(loadedGraph(studyGraph()));
  stop = startHashSync();
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stop();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the address and browser history follow the view', () => {
  it('makes a quick run of selections one history entry, and the toolbar stacks match it', () => {
    open(`/#node=${a}`);
    const s = useAtlas.getState();
    s.select(b);
    vi.advanceTimersByTime(100);
    s.select(c);
    vi.advanceTimersByTime(300);
    expect(win.pushes).toEqual([`/#node=${c}`]);
    expect(useAtlas.getState().history).toEqual({ back: [a], forward: [] });
  });

  it('rewrites the entry in hand for a filter or focus, and adds one for the next selection', () => {
    open(`/#node=${a}`);
    useAtlas.getState().toggleFilter('compliance', 'hipaa');
    vi.advanceTimersByTime(300);
    useAtlas.getState().setFocus({ node: a, depth: 2 });
    vi.advanceTimersByTime(300);
    expect(win.pushes).toEqual([]);
    expect(win.location.hash).toBe(`#node=${a}&compliance=hipaa&focus=${a}&depth=2`);
    useAtlas.getState().select(b);
    vi.advanceTimersByTime(300);
    expect(win.pushes).toEqual([`/#node=${b}&compliance=hipaa&focus=${a}&depth=2`]);
  });

  it('moves the selection with the browser, and the store goes back and forward through it', () => {
    open(`/#node=${a}`);
    for (const id of [b, c]) {
      useAtlas.getState().select(id);
      vi.advanceTimersByTime(300);
    }
    win.history.go(-1);
    expect(useAtlas.getState().selection).toBe(b);
    expect(useAtlas.getState().history).toEqual({ back: [a], forward: [c] });
    // The store's back() is the browser's Back: same entries, no new one.
    useAtlas.getState().back();
    expect(useAtlas.getState().selection).toBe(a);
    expect(win.index).toBe(0);
    useAtlas.getState().back();
    expect(win.index).toBe(0);
    useAtlas.getState().forward();
    expect(useAtlas.getState().selection).toBe(b);
    vi.advanceTimersByTime(300);
    expect(win.pushes).toEqual([`/#node=${b}`, `/#node=${c}`]);
  });

  it('writes a selection not yet in the address before going back from it', () => {
    open(`/#node=${a}`);
    useAtlas.getState().select(b);
    useAtlas.getState().back();
    expect(useAtlas.getState().selection).toBe(a);
    expect(useAtlas.getState().history.forward).toEqual([b]);
  });
});
