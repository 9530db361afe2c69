import type { AtlasEngine } from './atlas-engine';
import type { ZoomLimits } from './camera';
import { useEngineValue } from './use-engine';

const onZoomLimits = (engine: AtlasEngine, listener: () => void) => engine.onZoomLimits(listener);
const zoomLimits = (engine: AtlasEngine) => engine.zoomLimits();

/** Whether the canvas is at its closest or furthest zoom; re-renders only when that changes. */
export function useZoomLimits(): ZoomLimits {
  return useEngineValue(onZoomLimits, zoomLimits);
}
