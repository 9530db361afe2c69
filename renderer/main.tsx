import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getAtlasApi } from './api';
import { App } from './app/App';
import { createAtlasEngine } from './engine/atlas-engine';
import { builtInGraph, builtInTours } from './engine/built-in-graph';
import { openTourFromHash } from './study/tours/tour-store';
import { EngineContext } from './engine/use-engine';
import { useAtlas } from './state/store';
import { startSessionState } from './state/session-state';
import { startHashSync } from './state/url-hash';
import { loadUserData, userPositions } from './state/user-data';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const builtIn = builtInGraph();
  if (typeof builtIn === 'string') {
    root.render(<p className="fatal">{builtIn}</p>);
    return;
  }
  const saved = await loadUserData(getAtlasApi());
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  useAtlas.setState({ theme: saved.settings.theme, systemDark: dark.matches });
  dark.addEventListener('change', (e) => useAtlas.getState().setSystemDark(e.matches));
  const { engine, result } = createAtlasEngine(useAtlas, userPositions, builtIn.graph, {
    searchIndex: builtIn.searchIndex,
    tours: builtInTours(),
  });
  if (!result.ok) {
    root.render(<p className="fatal">{result.message}</p>);
    return;
  }
  // The last session first, so that a deep link (#node=..., #tour=...) has the last word.
  startSessionState(engine);
  startHashSync();
  openTourFromHash(window.location.hash, useAtlas.getState().data.tours);
  root.render(
    <StrictMode>
      <EngineContext.Provider value={engine}>
        <App />
      </EngineContext.Provider>
    </StrictMode>,
  );
}

void start();
