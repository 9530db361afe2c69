import { describe, expect, it } from 'vitest';
import {
  columnWidths,
  fitColumns,
  graphFits,
  panelWidth,
  PANEL_MAX,
  PANEL_MIN,
  SIDEBAR_MAX,
  SIDEBAR_MIN,
  sidebarWidth,
} from './panel-layout';

const OPEN = { sidebar: false, panel: false };

describe('explorer column widths', () => {
  it('gives each column one width per window, whatever tab it shows, within its limits', () => {
    expect([sidebarWidth(1440), panelWidth(1440, false)]).toEqual([SIDEBAR_MAX, 428]);
    expect([sidebarWidth(1280), panelWidth(1280, false)]).toEqual([SIDEBAR_MAX, 348]);
    expect([sidebarWidth(1024), panelWidth(1024, false)]).toEqual([SIDEBAR_MIN, PANEL_MIN]);
    // With the sidebar folded, the panel takes the room it leaves.
    expect(panelWidth(1024, true)).toBe(PANEL_MAX);
    expect(panelWidth(640, true)).toBe(284);
    expect(panelWidth(500, true)).toBe(PANEL_MIN);
  });

  it('keeps the canvas at half the window or more whenever both columns fit, 1024 px included', () => {
    for (const width of [1024, 1100, 1144, 1280, 1440, 1920, 2560]) {
      const w = columnWidths(width, OPEN, false);
      expect(w.canvas, `${width}`).toBeGreaterThanOrEqual(width / 2);
      expect(w.sidebar + w.panel + w.canvas).toBe(width);
    }
    expect(graphFits(1023, OPEN, false)).toBe(false);
  });
});

describe('folding columns to fit the window', () => {
  it('folds nothing at 1024 px, and the sidebar first below (at 200% zoom: 640 px)', () => {
    expect(fitColumns(1024, OPEN, false).collapsed).toEqual(OPEN);
    for (const width of [1000, 800, 640]) {
      const fit = fitColumns(width, OPEN, false);
      expect(fit.collapsed, `${width}`).toEqual({ sidebar: true, panel: false });
      expect(fit.folded).toEqual(['sidebar']);
      expect(columnWidths(width, fit.collapsed, false).canvas).toBeGreaterThanOrEqual(width / 2);
    }
  });

  it('folds the other column, not the one the user just opened', () => {
    const fit = fitColumns(800, OPEN, false, { keep: 'sidebar' });
    expect(fit.collapsed).toEqual({ sidebar: false, panel: true });
  });

  it('leaves a wide window as it is, folded columns included', () => {
    expect(fitColumns(1440, OPEN, false).collapsed).toEqual(OPEN);
    const folded = { sidebar: true, panel: false };
    expect(fitColumns(1440, folded, false).collapsed).toEqual(folded);
  });

  it('opens again what it folded once the window has room, and only that', () => {
    const folded = { sidebar: true, panel: false };
    expect(fitColumns(1440, folded, false, { unfoldable: new Set(['sidebar']) })).toEqual({
      collapsed: OPEN,
      folded: [],
      opened: ['sidebar'],
    });
    expect(fitColumns(900, folded, false, { unfoldable: new Set(['sidebar']) }).collapsed).toEqual(folded);
  });

  it('keeps a usable canvas beside the outline at 200% zoom (640 px), folding both columns', () => {
    const fit = fitColumns(640, OPEN, true);
    expect(fit.collapsed).toEqual({ sidebar: true, panel: true });
    expect(columnWidths(640, fit.collapsed, true).canvas).toBeGreaterThanOrEqual(240);
    // At 1024 px and more the outline counts as part of the graph: nothing folds.
    expect(fitColumns(1024, OPEN, true).collapsed).toEqual(OPEN);
    expect(fitColumns(1280, OPEN, true).collapsed).toEqual(OPEN);
  });
});
