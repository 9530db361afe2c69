import { useSyncExternalStore } from 'react';
import type { AtlasEngine } from './atlas-engine';
import type { ZoomLimits } from './camera';

/** Whether the canvas is at its closest or furthest zoom; re-renders only when that changes. */
export function useZoomLimits(engine: AtlasEngine): ZoomLimits {
  return useSyncExternalStore(
    (listener) => engine.onZoomLimits(listener),
    () => engine.zoomLimits(),
  );
}
