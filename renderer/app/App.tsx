import { useEffect, useRef } from 'react';
import { getAtlasApi } from '../api';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { useEngine } from '../engine/use-engine';
import { connectDesktopNotes } from '../import/desktop-notes';
import { useImport } from '../import/import-store';
import { useDropNotes } from '../import/OpenNotes';
import { FilterChips } from '../panels/FilterChips';
import { Filters } from '../panels/Filters';
import { FocusBar } from '../panels/FocusBar';
import { Matches } from '../panels/Matches';
import { Notices } from '../panels/Notices';
import { Outline } from '../panels/Outline';
import { SearchBox } from '../panels/SearchBox';
import { Toolbar } from '../panels/Toolbar';
import { effectiveTheme, useAtlas } from '../state/store';
import { CollapseToggle } from './CollapseToggle';
import { skipTo, useRegionKeys } from './regions';
import { runCommand, useShortcuts } from './shortcuts';
import { SidePanel } from './SidePanel';
import { usePanelLayout } from './use-panel-layout';

/** The explorer: toolbar; sidebar (search, filters, legend); outline; canvas; details. */
export function App() {
  const engine = useEngine();
  const search = useRef<HTMLInputElement>(null);
  const outlineOpen = useAtlas((s) => s.outlineOpen);
  const theme = useAtlas(effectiveTheme);

  useShortcuts(engine, search);
  useRegionKeys();
  const { widths, settled } = usePanelLayout(engine);
  const sidebarCollapsed = useAtlas((s) => s.collapsed.sidebar);
  const panelCollapsed = useAtlas((s) => s.collapsed.panel);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.style.colorScheme = theme;
  }, [theme]);

  useEffect(() => getAtlasApi().onMenuCommand((command) => runCommand(command, engine, search)), [engine]);
  useEffect(() => connectDesktopNotes(engine), [engine]);
  const dropNotes = useDropNotes();
  // A folder dropped anywhere on the window opens as notes (the dialog shows its progress).
  const onDrop = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    useImport.getState().setDialogOpen(true);
    void dropNotes(e.dataTransfer, false);
  };

  // The canvas changes size when the outline or a side column opens or closes; keep the graph's centre
  // where it was so the picture does not slide under the column. (A window resize re-fits instead.)
  useEffect(() => engine.resized(), [engine, widths.canvas]);
  const skip = (target: 'graph' | 'details') => (e: React.MouseEvent) => {
    // Links, so that they read as skip links; the URL's hash belongs to the view, so it stays put.
    e.preventDefault();
    skipTo(target);
  };

  return (
    <div
      className="app"
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={onDrop}
    >
      <a className="skip-link" href="#graph" onClick={skip('graph')}>
        Skip to graph
      </a>
      <a className="skip-link" href="#side-panel" onClick={skip('details')}>
        Skip to details
      </a>
      <div className="region-wrap" data-region="toolbar">
        <Toolbar />
      </div>
      <Notices />
      <div
        className="main"
        style={
          {
            '--sidebar-width': `${widths.sidebar}px`,
            '--outline-width': `${widths.outline}px`,
            '--panel-width': `${widths.panel}px`,
          } as React.CSSProperties
        }
      >
        <aside
          className="sidebar"
          aria-label="Search and filters"
          data-region="sidebar"
          data-collapsed={sidebarCollapsed}
        >
          <CollapseToggle part="sidebar" controls="sidebar-body" />
          <div className="sidebar-body" id="sidebar-body" hidden={sidebarCollapsed}>
            <SearchBox ref={search} />
            <Matches />
            <Filters />
          </div>
        </aside>
        {outlineOpen && (
          <div className="region-wrap" data-region="outline">
            <Outline autoFocus />
          </div>
        )}
        <main className="canvas-wrap" id="graph" aria-label="Graph" data-region="graph" tabIndex={-1}>
          <FocusBar />
          <FilterChips />
          {settled && <GraphCanvas />}
          <p className="canvas-help">
            Click a node for details · hover for neighbours · double-click to focus · <kbd>O</kbd> outline
          </p>
        </main>
        <SidePanel collapsed={panelCollapsed} />
      </div>
    </div>
  );
}
