import type { Collapsed, CollapsiblePart } from '../state/collapsed';

/*
 * How wide each column of the explorer is for a window width, and which side columns must fold into
 * rails so that the graph keeps at least half the window. Pure arithmetic, one source for the CSS
 * (App sets the widths as custom properties) and for the decision to fold.
 */

/** The search-and-filters sidebar, open: its full width, and the least it is squeezed to. */
export const SIDEBAR_MAX = 292;
export const SIDEBAR_MIN = 232;
/** A folded column: just its toggle button, with its name written upwards. */
export const RAIL_WIDTH = 36;
/** The outline, when open. */
export const OUTLINE_WIDTH = 250;
/** The side panel never gets narrower than this (its forms need it) nor wider than PANEL_MAX. */
export const PANEL_MIN = 280;
export const PANEL_MAX = 440;
/** With the outline open, the canvas beside it keeps at least this much. */
export const MIN_CANVAS_BESIDE_OUTLINE = 240;

/** The order in which columns fold when the window is too narrow: the filters first, details last. */
const FOLD_ORDER: readonly CollapsiblePart[] = ['sidebar', 'panel'];

/** Pixel widths of the columns as shown. */
export interface ColumnWidths {
  sidebar: number;
  outline: number;
  panel: number;
  canvas: number;
}

function clamp(min: number, value: number, max: number): number {
  return Math.max(min, Math.min(max, value));
}

/**
 * The open sidebar's width: the two side columns share half the window, the sidebar taking what the
 * side panel's least width leaves, within SIDEBAR_MIN..SIDEBAR_MAX (so at 1024 px both still fit).
 */
export function sidebarWidth(windowWidth: number): number {
  return clamp(SIDEBAR_MIN, Math.floor(windowWidth / 2) - PANEL_MIN, SIDEBAR_MAX);
}

/**
 * The side panel's width: the rest of that half, within PANEL_MIN..PANEL_MAX. It depends on the
 * window and on whether the sidebar is open, never on the tab shown, so choosing a tab never moves
 * the tab strip.
 */
export function panelWidth(windowWidth: number, sidebarCollapsed: boolean): number {
  const left = sidebarCollapsed ? RAIL_WIDTH : sidebarWidth(windowWidth);
  return clamp(PANEL_MIN, Math.floor(windowWidth / 2) - left, PANEL_MAX);
}

/** Every column's width for this window, folded columns and the outline included. */
export function columnWidths(windowWidth: number, collapsed: Collapsed, outlineOpen: boolean): ColumnWidths {
  const sidebar = collapsed.sidebar ? RAIL_WIDTH : sidebarWidth(windowWidth);
  const panel = collapsed.panel ? RAIL_WIDTH : panelWidth(windowWidth, collapsed.sidebar);
  const outline = outlineOpen ? OUTLINE_WIDTH : 0;
  return { sidebar, outline, panel, canvas: windowWidth - sidebar - outline - panel };
}

/**
 * Whether the graph gets its share: canvas and outline (the graph's list twin) together at least half
 * the window, and the canvas itself not squeezed to a sliver beside the outline.
 */
export function graphFits(windowWidth: number, collapsed: Collapsed, outlineOpen: boolean): boolean {
  const w = columnWidths(windowWidth, collapsed, outlineOpen);
  return w.canvas + w.outline >= windowWidth / 2 && (!outlineOpen || w.canvas >= MIN_CANVAS_BESIDE_OUTLINE);
}

/**
 * The columns to show for this window: `collapsed`, with columns folded (sidebar first) until the
 * graph fits, and with `unfoldable` columns (ones folded earlier for want of room) opened again
 * where they fit now. `keep` is a column the user just opened: it is never folded for the others.
 * Returns the result and which columns it folded or opened.
 */
export function fitColumns(
  windowWidth: number,
  collapsed: Collapsed,
  outlineOpen: boolean,
  options: { keep?: CollapsiblePart; unfoldable?: ReadonlySet<CollapsiblePart> } = {},
): { collapsed: Collapsed; folded: CollapsiblePart[]; opened: CollapsiblePart[] } {
  let next = { ...collapsed };
  const opened: CollapsiblePart[] = [];
  const folded: CollapsiblePart[] = [];
  // Reopen in the reverse of the folding order: the details come back before the filters.
  for (const part of [...FOLD_ORDER].reverse()) {
    if (!next[part] || !options.unfoldable?.has(part)) continue;
    const trial = { ...next, [part]: false };
    if (graphFits(windowWidth, trial, outlineOpen)) {
      next = trial;
      opened.push(part);
    }
  }
  for (const part of FOLD_ORDER) {
    if (graphFits(windowWidth, next, outlineOpen)) break;
    if (next[part] || part === options.keep) continue;
    next = { ...next, [part]: true };
    folded.push(part);
  }
  return { collapsed: next, folded, opened };
}
