import type { AtlasEngine } from '../engine/atlas-engine';
import { useEngine } from '../engine/use-engine';
import { useZoomLimits } from '../engine/use-zoom-limits';
import { LAYOUTS, effectiveTheme, useAtlas, type LayoutName } from '../state/store';
import { saveTheme } from '../state/user-data';
import { ExportMenu } from '../study/export/ExportMenu';
import { OpenNotesDialog } from '../import/OpenNotes';
import { useImport } from '../import/import-store';

/** Toggles between light and dark, remembering the choice through the API. */
export function toggleTheme() {
  const s = useAtlas.getState();
  const next = effectiveTheme(s) === 'dark' ? 'light' : 'dark';
  s.setTheme(next);
  saveTheme(next);
}

/** Lays the graph out afresh; dragged positions are the user's work, so it asks before dropping them. */
export function resetLayoutAsking(engine: AtlasEngine) {
  const s = useAtlas.getState();
  const moved = engine.hasSavedPositions(s.layout);
  const sure =
    !moved ||
    window.confirm('Lay the graph out afresh? The nodes you moved go back to where the layout puts them.');
  if (sure) s.resetLayout();
}

/** View commands used by the toolbar, the keyboard and the desktop menu. */
export const viewCommands = {
  fit: (engine: AtlasEngine) => engine.fit(undefined, { animate: true }),
  zoomIn: (engine: AtlasEngine) => engine.zoomIn(),
  zoomOut: (engine: AtlasEngine) => engine.zoomOut(),
};

/** The top bar: history, view controls, layout, outline and theme. */
export function Toolbar() {
  const engine = useEngine();
  const zoom = useZoomLimits();
  const canBack = useAtlas((s) => s.history.back.length > 0);
  const canForward = useAtlas((s) => s.history.forward.length > 0);
  const back = useAtlas((s) => s.back);
  const forward = useAtlas((s) => s.forward);
  const layout = useAtlas((s) => s.layout);
  const setLayout = useAtlas((s) => s.setLayout);
  const outlineOpen = useAtlas((s) => s.outlineOpen);
  const setOutlineOpen = useAtlas((s) => s.setOutlineOpen);
  const dark = useAtlas((s) => effectiveTheme(s) === 'dark');
  const workspace = useImport((s) => s.workspace);
  const notesOpen = useImport((s) => s.dialogOpen);
  const setNotesOpen = useImport((s) => s.setDialogOpen);

  return (
    <header className="toolbar">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">Service Atlas</span>
      </h1>
      <div className="toolbar-group" role="group" aria-label="History">
        <button
          type="button"
          className="icon-button"
          aria-label="Back"
          title="Back (Alt+←)"
          disabled={!canBack}
          onClick={back}
        >
          ←
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Forward"
          title="Forward (Alt+→)"
          disabled={!canForward}
          onClick={forward}
        >
          →
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="View">
        {/* aria-disabled, not disabled: the button keeps keyboard focus when a click reaches the limit. */}
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom out"
          aria-disabled={zoom.atMin}
          title={zoom.atMin ? 'Zoom out (−): the whole graph is already in view' : 'Zoom out (−)'}
          onClick={() => !zoom.atMin && viewCommands.zoomOut(engine)}
        >
          −
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom in"
          aria-disabled={zoom.atMax}
          title={zoom.atMax ? 'Zoom in (+): already at the closest zoom' : 'Zoom in (+)'}
          onClick={() => !zoom.atMax && viewCommands.zoomIn(engine)}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Fit"
          title="Fit the graph to the window"
          onClick={() => viewCommands.fit(engine)}
        >
          Fit
        </button>
        <button
          type="button"
          aria-label="Reset layout"
          title="Lay out again, forgetting dragged positions"
          onClick={() => resetLayoutAsking(engine)}
        >
          Reset
        </button>
      </div>
      <label className="layout-picker">
        <span>Layout</span>
        <select aria-label="Layout" value={layout} onChange={(e) => setLayout(e.target.value as LayoutName)}>
          {LAYOUTS.map((l) => (
            <option key={l.name} value={l.name}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <span className="toolbar-spacer" />
      {workspace.kind === 'notes' && (
        <span className="workspace-chip" title={`Showing your notes: ${workspace.name}`}>
          {workspace.merged ? 'Your notes + built-in' : 'Your notes'}: {workspace.name}
        </span>
      )}
      <button type="button" onClick={() => setNotesOpen(true)} title="Open a folder of your own notes">
        Open notes…
      </button>
      <OpenNotesDialog open={notesOpen} onClose={() => setNotesOpen(false)} />
      <ExportMenu />
      <button
        type="button"
        aria-pressed={outlineOpen}
        title="Outline (O)"
        onClick={() => setOutlineOpen(!outlineOpen)}
      >
        Outline
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={dark ? 'Switch to light theme' : 'Switch to dark theme'}
        title={dark ? 'Switch to light theme' : 'Switch to dark theme'}
        onClick={toggleTheme}
      >
        {dark ? '☀' : '☾'}
      </button>
    </header>
  );
}
