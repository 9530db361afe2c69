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
import { runCommand, useShortcuts } from './shortcuts';
import { SidePanel } from './SidePanel';

/** The explorer: toolbar; sidebar (search, filters, legend); outline; canvas; details. */
export function App() {
  const engine = useEngine();
  const search = useRef<HTMLInputElement>(null);
  const outlineOpen = useAtlas((s) => s.outlineOpen);
  const theme = useAtlas(effectiveTheme);

  useShortcuts(engine, search);

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

  // The canvas changes size when the outline opens or closes, or a wide tool tab is chosen; keep the
  // graph's centre where it was so the picture does not slide under the new panel.
  const panel = useAtlas((s) => s.panel);
  useEffect(() => engine.resized(), [engine, outlineOpen, panel]);

  return (
    <div
      className="app"
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={onDrop}
    >
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
          <FilterChips />
          <GraphCanvas />
          <p className="canvas-help">
            Click a node for details · hover for neighbours · double-click to focus · <kbd>O</kbd> outline
          </p>
        </main>
        <SidePanel />
      </div>
    </div>
  );
}
