import { HOSTING_VALUES, NODE_KINDS, ORCHESTRATOR_VALUES } from '../../graph-data';
import type { FilterState } from '../../contract/user-data';
import type { LoadedGraph } from '../engine/loaded-graph';
import { SelectionHistory } from './selection-history';
import { EMPTY_FILTERS, driveHistoryWith, useAtlas, type Focus } from './store';

/*
 * Deep links: the URL hash holds the selection, the filters and the focus, e.g.
 * #node=ecs&compliance=hipaa,pci-dss&hosting=on-premises&focus=ecs&depth=2
 * Unknown values are dropped, so a hand-edited or stale link still opens. Each selection is a
 * browser history entry (see selection-history.ts).
 */

const FILTER_PARAMS: Record<keyof FilterState, string> = {
  compliance: 'compliance',
  hosting: 'hosting',
  orchestrator: 'orchestrator',
  nodeKinds: 'kinds',
  edgeKinds: 'relations',
};

export interface HashState {
  selection: string | null;
  filters: FilterState;
  focus: Focus | null;
}

function allowed(data: LoadedGraph, key: keyof FilterState): (v: string) => boolean {
  const { index } = data;
  switch (key) {
    case 'compliance':
      return (v) => index.node.get(v)?.kind === 'compliance';
    case 'hosting':
      return (v) => (HOSTING_VALUES as readonly string[]).includes(v);
    case 'orchestrator':
      return (v) => (ORCHESTRATOR_VALUES as readonly string[]).includes(v);
    case 'nodeKinds':
      return (v) => (NODE_KINDS as readonly string[]).includes(v);
    case 'edgeKinds':
      return (v) => data.edgeKindCounts.some((k) => k.kind === v);
  }
}

/** Reads a hash ("#node=ecs&...") into state, ignoring whatever does not name something real. */
export function parseHash(data: LoadedGraph, hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const { index } = data;
  const node = params.get('node');
  const filters = { ...EMPTY_FILTERS };
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof FilterState, string][]) {
    const values = (params.get(param) ?? '').split(',').filter(Boolean);
    filters[key] = [...new Set(values.filter(allowed(data, key)))];
  }
  const focusNode = params.get('focus');
  const depth = Number(params.get('depth') ?? '1');
  return {
    selection: node && index.node.has(node) ? node : null,
    filters,
    focus:
      focusNode && index.node.has(focusNode)
        ? { node: focusNode, depth: Number.isFinite(depth) ? Math.max(1, Math.min(6, Math.round(depth))) : 1 }
        : null,
  };
}

/** The hash for a state; empty parts are left out. */
export function formatHash(s: HashState): string {
  const params: string[] = [];
  if (s.selection) params.push(`node=${encodeURIComponent(s.selection)}`);
  for (const [key, param] of Object.entries(FILTER_PARAMS) as [keyof FilterState, string][]) {
    if (s.filters[key].length) params.push(`${param}=${s.filters[key].map(encodeURIComponent).join(',')}`);
  }
  if (s.focus) params.push(`focus=${encodeURIComponent(s.focus.node)}`, `depth=${s.focus.depth}`);
  return params.length ? `#${params.join('&')}` : '';
}

/** Puts the filters and focus of a hash into the store (the selection is the caller's). */
function applyView(parsed: HashState) {
  const store = useAtlas.getState();
  if (
    formatHash({ ...parsed, selection: null, focus: null }) !==
    formatHash({ ...store, selection: null, focus: null })
  )
    store.setFilters(parsed.filters);
  if (JSON.stringify(parsed.focus) !== JSON.stringify(store.focus)) store.setFocus(parsed.focus);
}

/**
 * How long the hash lags behind the view. history.replaceState costs a few milliseconds (the
 * browser updates its session history each time), and nobody reads the address while clicking or
 * typing, so a burst of changes is written once, after it. Selections wait for a pause of this
 * length (up to HASH_MAX_WAIT_MS), so that arrowing through the outline makes one history entry.
 */
const HASH_DELAY_MS = 250;
const HASH_MAX_WAIT_MS = 1000;

/**
 * Restores the view from the current hash and keeps the hash in step with the view from then on:
 * a new selection is a new browser history entry, other changes rewrite the entry in hand, and the
 * browser's Back and Forward (and the store's back/forward, which go through them) move between
 * selections without leaving the app.
 */
export function startHashSync(): () => void {
  const trail = new SelectionHistory(window.history);
  const known = (id: string) => useAtlas.getState().data.index.node.has(id);
  const hereUrl = () => window.location.pathname + window.location.search + window.location.hash;
  const first = parseHash(useAtlas.getState().data, window.location.hash);
  if (first.selection !== useAtlas.getState().selection) useAtlas.getState().select(first.selection);
  applyView(first);
  trail.start(useAtlas.getState().selection, hereUrl());
  useAtlas.getState().travel(useAtlas.getState().selection, trail.stacks(known));

  let pending: ReturnType<typeof setTimeout> | undefined;
  let firstChange = 0;
  // True while the store is being moved to where the browser went: nothing to write back.
  let arriving = false;
  const write = () => {
    if (pending) clearTimeout(pending);
    pending = undefined;
    const s = useAtlas.getState();
    const hash = formatHash(s);
    const url = window.location.pathname + window.location.search + hash;
    if (trail.write(s.selection, url, hereUrl())) {
      arriving = true;
      s.travel(s.selection, trail.stacks(known));
      arriving = false;
    }
  };
  const unsubscribe = useAtlas.subscribe((s, prev) => {
    if (arriving) return;
    if (s.selection === prev.selection && s.filters === prev.filters && s.focus === prev.focus) return;
    const now = performance.now();
    if (!pending) firstChange = now;
    else if (s.selection !== prev.selection && now - firstChange < HASH_MAX_WAIT_MS) clearTimeout(pending);
    else return;
    pending = setTimeout(write, HASH_DELAY_MS);
  });

  const onNavigate = () => {
    if (trail.isInHand(window.history.state) && formatHash(useAtlas.getState()) === window.location.hash)
      return;
    // The browser went from the address as it stood: a change not yet written is left behind.
    if (pending) clearTimeout(pending);
    pending = undefined;
    const parsed = parseHash(useAtlas.getState().data, window.location.hash);
    trail.arrived(parsed.selection, hereUrl());
    arriving = true;
    try {
      useAtlas.getState().travel(parsed.selection, trail.stacks(known));
      applyView(parsed);
    } finally {
      arriving = false;
    }
  };
  driveHistoryWith((direction) => {
    write();
    const delta = trail.stepTo(direction, known);
    if (delta !== 0) window.history.go(delta);
    return delta !== 0;
  });
  window.addEventListener('popstate', onNavigate);
  window.addEventListener('hashchange', onNavigate);
  // A reload or a closed window must not lose the last change.
  window.addEventListener('pagehide', write);
  return () => {
    unsubscribe();
    driveHistoryWith(null);
    if (pending) clearTimeout(pending);
    window.removeEventListener('popstate', onNavigate);
    window.removeEventListener('hashchange', onNavigate);
    window.removeEventListener('pagehide', write);
  };
}
