import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
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

/**
 * Something the engine tells about, read with `read` and followed with `subscribe` (one of its
 * `on…` methods); the component re-renders only when it changes. Pass functions defined once, outside
 * the component, so that the subscription is not renewed on every render.
 */
export function useEngineValue<T>(
  subscribe: (engine: AtlasEngine, listener: () => void) => () => void,
  read: (engine: AtlasEngine) => T,
): T {
  const engine = useEngine();
  const follow = useCallback((listener: () => void) => subscribe(engine, listener), [engine, subscribe]);
  return useSyncExternalStore(follow, () => read(engine));
}
