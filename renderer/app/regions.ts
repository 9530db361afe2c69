import { useEffect, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { useAtlas } from '../state/store';

/*
 * The explorer's regions, each one key away: F6 and Shift+F6 move focus to the next and previous
 * region (toolbar, search and filters, outline when open, graph, side panel), as in browsers and
 * desktop apps; the skip links at the top reach the graph and the details. Each region is the element
 * marked `data-region="<name>"` in App; focus lands on its entry point, or its first control.
 */

/** The regions in the order F6 visits them (the document order). */
export const REGIONS = ['toolbar', 'sidebar', 'outline', 'graph', 'panel'] as const;
export type RegionName = (typeof REGIONS)[number];

/** Where focus lands in a region, before its first control: the search box, the outline's current item, the open tab. */
const ENTRY: Partial<Record<RegionName, string>> = {
  sidebar: 'input[type="search"]',
  outline: '[role="treeitem"][tabindex="0"]',
  panel: '[role="tab"][aria-selected="true"]',
};

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function regionElement(name: RegionName): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-region="${name}"]`);
}

function shown(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** The element focus should go to in a region: its entry point, the region itself when it can take focus, or its first control. */
function entryOf(name: RegionName, region: HTMLElement): HTMLElement | null {
  const selector = ENTRY[name];
  const entry = selector ? region.querySelector<HTMLElement>(selector) : null;
  if (entry && shown(entry)) return entry;
  if (region.hasAttribute('tabindex') && shown(region)) return region;
  return [...region.querySelectorAll<HTMLElement>(TABBABLE)].find(shown) ?? null;
}

/** Moves focus into a region; false when the region is not on screen or has nothing to focus. */
export function focusRegion(name: RegionName): boolean {
  const region = regionElement(name);
  const target = region && entryOf(name, region);
  if (!target) return false;
  target.focus();
  return document.activeElement === target;
}

/** The region holding the focus, if any. */
export function currentRegion(active: Element | null = document.activeElement): RegionName | undefined {
  return REGIONS.find((name) => {
    const region = regionElement(name);
    return Boolean(region && active && region.contains(active));
  });
}

/** Moves focus to the next region (+1) or the previous one (-1), skipping regions not on screen. */
export function cycleRegion(direction: 1 | -1): void {
  const present = REGIONS.filter((name) => regionElement(name));
  if (present.length === 0) return;
  const current = currentRegion();
  // From outside every region (the page itself, a skip link), F6 starts at the first, Shift+F6 at the last.
  const start = current ? present.indexOf(current) : direction === 1 ? -1 : present.length;
  for (let step = 1; step <= present.length; step++) {
    const i = (((start + direction * step) % present.length) + present.length) % present.length;
    if (focusRegion(present[i]!)) return;
  }
}

/** Opens a folded column now (not on the next render), so that focus can go into it at once. */
export function unfold(part: 'sidebar' | 'panel'): void {
  if (useAtlas.getState().collapsed[part]) flushSync(() => useAtlas.getState().setCollapsed(part, false));
}

/** Puts the cursor in the search box, opening the sidebar first when it is folded. */
export function focusSearch(search: RefObject<HTMLInputElement | null>): void {
  unfold('sidebar');
  search.current?.focus();
  search.current?.select();
}

/** The skip links' targets: the graph, or the side panel (opened, on its Details tab). */
export function skipTo(target: 'graph' | 'details'): void {
  if (target === 'graph') {
    focusRegion('graph');
    return;
  }
  unfold('panel');
  flushSync(() => useAtlas.getState().setPanel('details'));
  focusRegion('panel');
}

/** F6 / Shift+F6 from anywhere in the window, text fields included (they have no use for F6). */
export function useRegionKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
      e.preventDefault();
      cycleRegion(e.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
