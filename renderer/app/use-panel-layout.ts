import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AtlasEngine } from '../engine/atlas-engine';
import { saveCollapsed, type Collapsed, type CollapsiblePart } from '../state/collapsed';
import { useAtlas } from '../state/store';
import { columnWidths, fitColumns, type ColumnWidths } from './panel-layout';

/** How long the window must stay one size before the graph is fitted to it again. */
const REFIT_DELAY_MS = 150;
const PARTS: readonly CollapsiblePart[] = ['sidebar', 'panel'];

function viewportWidth(): number {
  return document.documentElement.clientWidth || window.innerWidth;
}

/**
 * Keeps the explorer's columns fitting the window: folds a side column when the graph would get less
 * than half the width (and opens it again when the window grows), remembers what the user folded,
 * opens the side panel when a tool tab is asked for, and re-fits the graph once a resize settles.
 * Returns the column widths to lay out with, and whether the columns have fitted the window once.
 */
export function usePanelLayout(engine: AtlasEngine): { widths: ColumnWidths; settled: boolean } {
  const [windowWidth, setWindowWidth] = useState(viewportWidth);
  // False until the columns first fit the window: the canvas mounts after that, at its real size.
  const [settled, setSettled] = useState(false);
  const collapsed = useAtlas((s) => s.collapsed);
  const outlineOpen = useAtlas((s) => s.outlineOpen);
  const panel = useAtlas((s) => s.panel);
  // Columns folded for want of room, not by the user: reopened when room returns, saved as open.
  const folded = useRef(new Set<CollapsiblePart>());
  // The value this hook last set or accepted; any other value came from the user (or a command).
  const seen = useRef<Collapsed>(collapsed);
  const saved = useRef('');

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      setWindowWidth(viewportWidth());
      clearTimeout(timer);
      timer = setTimeout(() => {
        engine.resized();
        engine.fit();
      }, REFIT_DELAY_MS);
    };
    window.addEventListener('resize', onResize);
    return () => {
      window.removeEventListener('resize', onResize);
      clearTimeout(timer);
    };
  }, [engine]);

  // Before paint, so that a column never shows for a frame at a width it cannot have.
  useLayoutEffect(() => {
    if (windowWidth <= 0) return;
    let keep: CollapsiblePart | undefined;
    if (collapsed !== seen.current) {
      for (const part of PARTS) {
        if (collapsed[part] === seen.current[part]) continue;
        folded.current.delete(part);
        if (!collapsed[part]) keep = part;
      }
    }
    const fit = fitColumns(windowWidth, collapsed, outlineOpen, { keep, unfoldable: folded.current });
    for (const part of fit.folded) folded.current.add(part);
    for (const part of fit.opened) folded.current.delete(part);
    seen.current = fit.folded.length || fit.opened.length ? fit.collapsed : collapsed;
    if (seen.current !== collapsed) useAtlas.setState({ collapsed: seen.current });

    const intent = { ...seen.current };
    for (const part of folded.current) intent[part] = false;
    const text = JSON.stringify(intent);
    if (text !== saved.current) {
      // The first pass only records what was loaded; later passes save what changed.
      if (saved.current) saveCollapsed(intent);
      saved.current = text;
    }
    // One extra render before the first paint (the measuring case useLayoutEffect is for): the
    // canvas mounts and lays the graph out at its real size, not at the size before folding.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see above
    setSettled(true);
  }, [windowWidth, collapsed, outlineOpen]);

  // A tool asked for from the keyboard or the menu (Compare, Quiz...) needs the panel open.
  const lastPanel = useRef(panel);
  useEffect(() => {
    if (panel === lastPanel.current) return;
    lastPanel.current = panel;
    useAtlas.getState().setCollapsed('panel', false);
  }, [panel]);

  return { widths: columnWidths(windowWidth, collapsed, outlineOpen), settled };
}
