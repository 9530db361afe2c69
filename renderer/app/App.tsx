import { useCallback, useEffect, useRef, useState } from 'react';
import type { Core } from 'cytoscape';
import { getAtlasApi } from '../api';
import { CyContext } from '../canvas/cy-context';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { Filters } from '../panels/Filters';
import { FocusBar } from '../panels/FocusBar';
import { Matches } from '../panels/Matches';
import { Notices } from '../panels/Notices';
import { Outline } from '../panels/Outline';
import { SearchBox } from '../panels/SearchBox';
import { Toolbar } from '../panels/Toolbar';
import { effectiveTheme, useAtlas } from '../state/store';
import { runCommand, useShortcuts } from './shortcuts';
import { SidePanel } from './SidePanel';

/** The explorer: toolbar; sidebar (search, filters, legend); outline; canvas; details. */
export function App() {
  const [cy, setCy] = useState<Core | null>(null);
  const onReady = useCallback((core: Core | null) => setCy(core), []);
  const search = useRef<HTMLInputElement>(null);
  const outlineOpen = useAtlas((s) => s.outlineOpen);
  const theme = useAtlas(effectiveTheme);

  useShortcuts(cy, search);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  useEffect(() => getAtlasApi().onMenuCommand((command) => runCommand(command, cy, search)), [cy]);

  // The canvas changes size when the outline opens or closes, or a wide tool tab is chosen; keep the
  // graph's centre where it was so the picture does not slide under the new panel.
  const panel = useAtlas((s) => s.panel);
  useEffect(() => {
    if (!cy) return;
    const before = { w: cy.width(), h: cy.height() };
    cy.resize();
    cy.panBy({ x: (cy.width() - before.w) / 2, y: (cy.height() - before.h) / 2 });
  }, [cy, outlineOpen, panel]);

  return (
    <CyContext.Provider value={cy}>
      <div className="app">
        <Toolbar />
        <Notices />
        <div className="main">
          <aside className="sidebar" aria-label="Search and filters">
            <SearchBox ref={search} />
            <Matches />
            <Filters />
          </aside>
          {outlineOpen && <Outline autoFocus />}
          <main className="canvas-wrap" aria-label="Graph">
            <FocusBar />
            <GraphCanvas onReady={onReady} />
            <p className="canvas-help">
              Click a node for details · hover for neighbours · double-click to focus · <kbd>O</kbd> outline
            </p>
          </main>
          <SidePanel />
        </div>
      </div>
    </CyContext.Provider>
  );
}
