import { HOSTING_VALUES, NODE_KINDS, ORCHESTRATOR_VALUES } from '../../graph-data';
import type { FilterState } from '../../contract/user-data';
import type { LoadedGraph } from '../engine/loaded-graph';
import { EMPTY_FILTERS, useAtlas, type Focus } from './store';

/*
 * Deep links: the URL hash holds the selection, the filters and the focus, e.g.
 * #node=ecs&compliance=hipaa,pci-dss&hosting=on-premises&focus=ecs&depth=2
 * Unknown values are dropped, so a hand-edited or stale link still opens.
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

function applyHash(hash: string) {
  const store = useAtlas.getState();
  const parsed = parseHash(store.data, hash);
  if (parsed.selection !== store.selection) store.select(parsed.selection);
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
 * typing, so a burst of changes is written once, after it.
 */
const HASH_DELAY_MS = 250;

/** Restores the view from the current hash and keeps the hash in step with the view from then on. */
export function startHashSync(): () => void {
  applyHash(window.location.hash);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    if (pending) clearTimeout(pending);
    pending = undefined;
    const hash = formatHash(useAtlas.getState());
    if (hash !== window.location.hash) {
      history.replaceState(history.state, '', hash || window.location.pathname + window.location.search);
    }
  };
  const unsubscribe = useAtlas.subscribe((s, prev) => {
    if (s.selection === prev.selection && s.filters === prev.filters && s.focus === prev.focus) return;
    if (!pending) pending = setTimeout(write, HASH_DELAY_MS);
  });
  const onHashChange = () => applyHash(window.location.hash);
  window.addEventListener('hashchange', onHashChange);
  // A reload or a closed window must not lose the last change.
  window.addEventListener('pagehide', write);
  return () => {
    unsubscribe();
    if (pending) clearTimeout(pending);
    window.removeEventListener('hashchange', onHashChange);
    window.removeEventListener('pagehide', write);
  };
}
