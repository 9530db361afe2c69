import type { AtlasEngine } from '../engine/atlas-engine';
import { useEngineValue } from '../engine/use-engine';

const onArranging = (engine: AtlasEngine, listener: () => void) => engine.onArranging(listener);
const arranging = (engine: AtlasEngine) => engine.arranging();

/**
 * Says so while the layout worker arranges a large graph: it is drawn at once on a quick placement,
 * which the layout then replaces, so that the nodes' jump to their places is expected.
 */
export function ArrangingStatus() {
  const nodes = useEngineValue(onArranging, arranging);
  return (
    // The live region stays in the page (empty when not needed) so that its message is read out.
    <p className="canvas-status arranging-status" role="status">
      {nodes > 0 ? `Arranging ${nodes.toLocaleString('en')} nodes…` : ''}
    </p>
  );
}
