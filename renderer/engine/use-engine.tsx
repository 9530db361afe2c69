import { createContext, useContext } from 'react';
import { useAtlas } from '../state/store';
import type { AtlasEngine } from './atlas-engine';
import type { LoadedGraph } from './loaded-graph';

/** The engine, provided once at the root (renderer/main.tsx). */
export const EngineContext = createContext<AtlasEngine | null>(null);

/** The engine: camera, highlighting, layout and picture export. Panels never hold the raw core. */
export function useEngine(): AtlasEngine {
  const engine = useContext(EngineContext);
  if (!engine) throw new Error('useEngine() needs <EngineContext.Provider> above it');
  return engine;
}

/** The graph on screen; components using it re-render when another graph is loaded. */
export function useData(): LoadedGraph {
  return useAtlas((s) => s.data);
}
