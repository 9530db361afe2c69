import type { AtlasEngine } from '../engine/atlas-engine';
import { useEngineValue } from '../engine/use-engine';

const onOverview = (engine: AtlasEngine, listener: () => void) => engine.onOverview(listener);
const inOverview = (engine: AtlasEngine) => engine.inOverview();

/**
 * Says so while a large graph is seen whole with only its lit relations drawn (the engine's level
 * of detail), so that a graph of dots is not taken for a graph without relations.
 */
export function OverviewHint() {
  const overview = useEngineValue(onOverview, inOverview);
  return (
    // The live region stays in the page (empty when not needed) so that its message is read out.
    <p className="canvas-status overview-hint" role="status">
      {overview
        ? 'A large graph: at this zoom only the relations of what you select are drawn. Zoom in to see them all.'
        : ''}
    </p>
  );
}
