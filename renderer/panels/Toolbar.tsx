import { useCy } from '../canvas/cy-context';
import { LAYOUTS, effectiveTheme, useAtlas, type LayoutName } from '../state/store';
import { updateUserData } from '../state/user-data';
import { ExportMenu } from '../study/export/ExportMenu';

function zoomBy(cy: ReturnType<typeof useCy>, factor: number) {
  if (!cy) return;
  const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), cy.zoom() * factor));
  cy.animate(
    { zoom: { level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } } },
    { duration: 120 },
  );
}

/** Toggles between light and dark, remembering the choice through the API. */
export function toggleTheme() {
  const s = useAtlas.getState();
  const next = effectiveTheme(s) === 'dark' ? 'light' : 'dark';
  s.setTheme(next);
  updateUserData((d) => ({ ...d, settings: { ...d.settings, theme: next } }));
}

/** View commands used by the toolbar, the keyboard and the desktop menu. */
export const viewCommands = {
  fit: (cy: ReturnType<typeof useCy>) =>
    cy?.animate({ fit: { eles: cy.elements(':visible'), padding: 40 } }, { duration: 150 }),
  zoomIn: (cy: ReturnType<typeof useCy>) => zoomBy(cy, 1.25),
  zoomOut: (cy: ReturnType<typeof useCy>) => zoomBy(cy, 0.8),
};

/** The top bar: history, view controls, layout, outline and theme. */
export function Toolbar() {
  const cy = useCy();
  const canBack = useAtlas((s) => s.history.back.length > 0);
  const canForward = useAtlas((s) => s.history.forward.length > 0);
  const back = useAtlas((s) => s.back);
  const forward = useAtlas((s) => s.forward);
  const layout = useAtlas((s) => s.layout);
  const setLayout = useAtlas((s) => s.setLayout);
  const resetLayout = useAtlas((s) => s.resetLayout);
  const outlineOpen = useAtlas((s) => s.outlineOpen);
  const setOutlineOpen = useAtlas((s) => s.setOutlineOpen);
  const dark = useAtlas((s) => effectiveTheme(s) === 'dark');

  return (
    <header className="toolbar">
      <h1 className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Service Atlas
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
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={() => viewCommands.zoomOut(cy)}
        >
          −
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom in"
          title="Zoom in"
          onClick={() => viewCommands.zoomIn(cy)}
        >
          +
        </button>
        <button
          type="button"
          aria-label="Fit"
          title="Fit the graph to the window"
          onClick={() => viewCommands.fit(cy)}
        >
          Fit
        </button>
        <button
          type="button"
          aria-label="Reset layout"
          title="Lay out again, forgetting dragged positions"
          onClick={resetLayout}
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
