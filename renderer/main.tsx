import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getAtlasApi } from './api';
import { App } from './app/App';
import { loadAtlasData } from './data/atlas-data';
import { useAtlas } from './state/store';
import { startHashSync } from './state/url-hash';
import { loadUserData } from './state/user-data';
import './styles.css';

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const data = loadAtlasData();
  if (typeof data === 'string') {
    root.render(<p className="fatal">{data}</p>);
    return;
  }
  const saved = await loadUserData(getAtlasApi());
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  useAtlas.setState({ theme: saved.settings.theme, systemDark: dark.matches });
  dark.addEventListener('change', (e) => useAtlas.getState().setSystemDark(e.matches));
  startHashSync();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
