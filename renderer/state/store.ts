import { create } from 'zustand';
import type { FilterState, Theme } from '../../contract/user-data';
import type { SearchHit } from '../../graph-data';
import {
  prepareSearch,
  searchesInline,
  searchGraph,
  searchNamesNow,
  searchNow,
} from '../search/search-client';
import { loadedGraph, type LoadedGraph } from '../engine/loaded-graph';
import { loadCollapsed, type Collapsed, type CollapsiblePart } from './collapsed';

export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst';
export const LAYOUTS: { name: LayoutName; label: string }[] = [
  { name: 'fcose', label: 'Force-directed' },
  { name: 'concentric', label: 'Concentric' },
  { name: 'breadthfirst', label: 'Hierarchical' },
];

export type FilterKey = keyof FilterState;

export interface Focus {
  node: string;
  depth: number;
}

/** The tabs of the side panel: the node's details and the study tools. */
export type PanelName = 'details' | 'compare' | 'cost' | 'path' | 'quiz' | 'saved' | 'tours';

/** Extra canvas classes per element id (e.g. `path-node`, `mastery-known`), set by one owner. */
export type Overlay = Record<string, string>;

export interface Notice {
  id: number;
  text: string;
  /** Errors stay until dismissed; other notices leave by themselves. */
  tone?: 'info' | 'error';
}

/** The most notices shown at once; older ones (information before errors) make way. */
export const MAX_NOTICES = 3;

/** The explorer's whole UI state. Derived views (visible nodes, matches) live in engine/graph-view.ts. */
export interface AtlasState {
  /**
   * The graph on screen, with its look-ups and caches. Only the engine sets it (engine.load), after
   * validating the graph and putting it on the canvas; everything else reads it.
   */
  data: LoadedGraph;
  selection: string | null;
  hovered: string | null;
  query: string;
  hits: SearchHit[];
  /** The search worker is answering the query (large graphs only); `hits` still answer the last one. */
  searching: boolean;
  /** Index into `hits` of the hit Enter selects. */
  activeHit: number;
  filters: FilterState;
  focus: Focus | null;
  history: { back: string[]; forward: string[] };
  /** The user's setting; 'system' follows prefers-color-scheme. */
  theme: Theme;
  systemDark: boolean;
  layout: LayoutName;
  /** Bumped to ask the canvas to lay out again from scratch (forgetting dragged positions). */
  layoutReset: number;
  outlineOpen: boolean;
  /** Hide relations a reader inferred from prose (shown by default, each marked). */
  hideInferred: boolean;
  /** Keep the nodes a relation-kind filter leaves without any shown relation (hidden by default). */
  keepOrphans: boolean;
  notices: Notice[];
  panel: PanelName;
  /** Canvas overlays by owner ('path', 'quiz', 'compare'...); the canvas adds their classes. */
  overlays: Record<string, Overlay>;
  /** The side columns folded into rails, as shown (remembered by state/collapsed.ts). */
  collapsed: Collapsed;

  select(id: string | null): void;
  back(): void;
  forward(): void;
  hover(id: string | null): void;
  setQuery(query: string): void;
  moveActiveHit(delta: number): void;
  toggleFilter(key: FilterKey, value: string): void;
  setFilters(filters: FilterState): void;
  clearFilters(): void;
  setFocus(focus: Focus | null): void;
  setTheme(theme: Theme): void;
  setSystemDark(dark: boolean): void;
  setLayout(layout: LayoutName): void;
  resetLayout(): void;
  setOutlineOpen(open: boolean): void;
  setHideInferred(hide: boolean): void;
  setKeepOrphans(keep: boolean): void;
  notify(text: string): void;
  /** A notice that stays until dismissed: something failed and the user should know. */
  notifyError(text: string): void;
  dismissNotice(id: number): void;
  setPanel(panel: PanelName): void;
  setOverlay(owner: string, overlay: Overlay | null): void;
  setCollapsed(part: CollapsiblePart, value: boolean): void;
  /**
   * Moves to an entry of the browser's history: its selection, with the selections before and after
   * it as `history`. For url-hash.ts only, which keeps the two in step.
   */
  travel(selection: string | null, history: { back: string[]; forward: string[] }): void;
  /**
   * Makes `data` the graph on screen and drops what named nodes it does not have (selection, focus,
   * history, filters on kinds it lacks, search hits); returns a sentence per thing dropped.
   * For the engine only.
   */
  adoptGraph(data: LoadedGraph): string[];
}

export const EMPTY_FILTERS: FilterState = {
  compliance: [],
  hosting: [],
  orchestrator: [],
  nodeKinds: [],
  edgeKinds: [],
};
const MAX_HISTORY = 100;
let noticeId = 0;

/**
 * While the browser's history holds the selections (url-hash.ts), back and forward go through it:
 * the driver moves the browser and returns true, or returns false when it has nowhere to go.
 */
let historyDriver: ((direction: -1 | 1) => boolean) | null = null;

/** Hands back/forward to the browser's history (null: the store's own stacks again). */
export function driveHistoryWith(driver: ((direction: -1 | 1) => boolean) | null): void {
  historyDriver = driver;
}

const MAX_HITS = 20;

/**
 * Sets the hits for `query` on `data`: at once on small graphs. On large ones the keystroke lists the
 * nodes whose names match at once, and the full-text hits replace them when the worker answers (an
 * answer to a query or graph that has since changed is dropped).
 */
function runSearch(
  get: () => AtlasState,
  set: (s: Partial<AtlasState>) => void,
  data: LoadedGraph,
  query: string,
): Partial<AtlasState> {
  if (!query.trim()) return { hits: [], activeHit: 0, searching: false };
  if (searchesInline(data)) return { hits: searchNow(data, query, MAX_HITS), activeHit: 0, searching: false };
  void searchGraph(data, query, MAX_HITS).then((hits) => {
    if (hits && get().query === query && get().data === data) set({ hits, activeHit: 0, searching: false });
  });
  return { hits: searchNamesNow(data, query, MAX_HITS), activeHit: 0, searching: true };
}

/** Keeps the newest MAX_NOTICES, dropping the oldest information before any error. */
function capNotices(notices: Notice[]): Notice[] {
  const out = [...notices];
  while (out.length > MAX_NOTICES) {
    const oldestInfo = out.findIndex((n) => n.tone !== 'error');
    out.splice(oldestInfo >= 0 ? oldestInfo : 0, 1);
  }
  return out;
}

/** The one store; panels read it through hooks, the canvas subscribes to it outside React. */
export const useAtlas = create<AtlasState>()((set, get) => ({
  data: loadedGraph({ sources: {}, nodes: [], edges: [] }),
  selection: null,
  hovered: null,
  query: '',
  hits: [],
  searching: false,
  activeHit: 0,
  filters: EMPTY_FILTERS,
  focus: null,
  history: { back: [], forward: [] },
  theme: 'system',
  systemDark: false,
  layout: 'fcose',
  layoutReset: 0,
  outlineOpen: false,
  hideInferred: false,
  keepOrphans: false,
  notices: [],
  panel: 'details',
  overlays: {},
  collapsed: loadCollapsed(),

  select(id) {
    const { selection, history } = get();
    if (id === selection) return;
    if (id !== null && !get().data.index.node.has(id)) return;
    const back = selection ? [...history.back, selection].slice(-MAX_HISTORY) : history.back;
    set({ selection: id, history: { back, forward: [] } });
  },
  back() {
    if (historyDriver?.(-1)) return;
    const { selection, history } = get();
    const target = history.back.at(-1);
    if (target === undefined) return;
    set({
      selection: target,
      history: {
        back: history.back.slice(0, -1),
        forward: selection ? [...history.forward, selection] : history.forward,
      },
    });
  },
  forward() {
    if (historyDriver?.(1)) return;
    const { selection, history } = get();
    const target = history.forward.at(-1);
    if (target === undefined) return;
    set({
      selection: target,
      history: {
        back: selection ? [...history.back, selection] : history.back,
        forward: history.forward.slice(0, -1),
      },
    });
  },
  hover(id) {
    if (get().hovered !== id) set({ hovered: id });
  },
  setQuery(query) {
    set({ query, ...runSearch(get, set, get().data, query) });
  },
  moveActiveHit(delta) {
    const { hits, activeHit } = get();
    if (hits.length === 0) return;
    set({ activeHit: (activeHit + delta + hits.length) % hits.length });
  },
  toggleFilter(key, value) {
    const current = get().filters[key];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    set({ filters: { ...get().filters, [key]: next } });
  },
  setFilters(filters) {
    set({ filters });
  },
  clearFilters() {
    set({ filters: EMPTY_FILTERS });
  },
  setFocus(focus) {
    if (focus && !get().data.index.node.has(focus.node)) return;
    set({
      focus: focus ? { node: focus.node, depth: Math.max(1, Math.min(6, Math.round(focus.depth))) } : null,
    });
  },
  setTheme(theme) {
    set({ theme });
  },
  setSystemDark(systemDark) {
    set({ systemDark });
  },
  setLayout(layout) {
    set({ layout });
  },
  resetLayout() {
    set({ layoutReset: get().layoutReset + 1 });
  },
  setOutlineOpen(outlineOpen) {
    set({ outlineOpen });
  },
  setHideInferred(hideInferred) {
    set({ hideInferred });
  },
  setKeepOrphans(keepOrphans) {
    set({ keepOrphans });
  },
  notify(text) {
    set({ notices: capNotices([...get().notices, { id: ++noticeId, text }]) });
  },
  notifyError(text) {
    set({ notices: capNotices([...get().notices, { id: ++noticeId, text, tone: 'error' }]) });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  setPanel(panel) {
    set({ panel });
  },
  setOverlay(owner, overlay) {
    const overlays = { ...get().overlays };
    if (overlay) overlays[owner] = overlay;
    else if (owner in overlays) delete overlays[owner];
    else return;
    set({ overlays });
  },
  travel(selection, history) {
    const has = (id: string) => get().data.index.node.has(id);
    set({
      selection: selection && has(selection) ? selection : null,
      history: { back: history.back.filter(has), forward: history.forward.filter(has) },
    });
  },
  setCollapsed(part, value) {
    if (get().collapsed[part] !== value) set({ collapsed: { ...get().collapsed, [part]: value } });
  },
  adoptGraph(data) {
    const s = get();
    const has = (id: string) => data.index.node.has(id);
    const notices: string[] = [];
    const selection = s.selection && has(s.selection) ? s.selection : null;
    if (s.selection && !selection)
      notices.push(`${s.data.label(s.selection)} is not in this graph, so nothing is selected.`);
    const focus = s.focus && has(s.focus.node) ? s.focus : null;
    if (s.focus && !focus)
      notices.push(`${s.data.label(s.focus.node)} is not in this graph, so focus was left.`);
    const kinds = new Set(data.kindCounts.map((k) => k.kind as string));
    const edgeKinds = new Set(data.edgeKindCounts.map((k) => k.kind));
    const keep = (values: string[], known: (v: string) => boolean) => values.filter(known);
    const filters: FilterState = {
      compliance: keep(s.filters.compliance, has),
      hosting: s.filters.hosting,
      orchestrator: s.filters.orchestrator,
      nodeKinds: keep(s.filters.nodeKinds, (k) => kinds.has(k)),
      edgeKinds: keep(s.filters.edgeKinds, (k) => edgeKinds.has(k)),
    };
    const dropped = (Object.keys(filters) as FilterKey[]).reduce(
      (n, key) => n + s.filters[key].length - filters[key].length,
      0,
    );
    if (dropped)
      notices.push(
        `${dropped} filter${dropped === 1 ? '' : 's'} named what this graph does not have and ${dropped === 1 ? 'was' : 'were'} removed.`,
      );
    set({
      data,
      selection,
      hovered: null,
      focus,
      filters: dropped ? filters : s.filters,
      history: { back: s.history.back.filter(has), forward: s.history.forward.filter(has) },
      hits: [],
      activeHit: 0,
      overlays: {},
    });
    prepareSearch(data);
    set(runSearch(get, set, data, s.query));
    return notices;
  },
}));

/** Whether any filter at all is set. */
export function hasFilters(f: FilterState): boolean {
  return Object.values(f).some((v) => v.length > 0);
}

/** The theme actually shown. */
export function effectiveTheme(s: Pick<AtlasState, 'theme' | 'systemDark'>): 'light' | 'dark' {
  return s.theme === 'system' ? (s.systemDark ? 'dark' : 'light') : s.theme;
}
