import { useEffect, useState } from 'react';
import type { AtlasEngine } from '../engine/atlas-engine';
import { useEngineValue } from '../engine/use-engine';

const onArranging = (engine: AtlasEngine, listener: () => void) => engine.onArranging(listener);
const arranging = (engine: AtlasEngine) => engine.arranging();

/** A layout that lands sooner than this (one kept from an earlier session) is not announced. */
const SHOW_AFTER_MS = 300;

/**
 * Says so while the layout worker arranges a large graph: it is drawn at once on a quick placement,
 * which the layout then replaces, so that the nodes' jump to their places is expected.
 */
export function ArrangingStatus() {
  const nodes = useEngineValue(onArranging, arranging);
  // The count that has been arranging long enough to announce (0 once it stops).
  const [ripe, setRipe] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => setRipe(nodes), nodes > 0 ? SHOW_AFTER_MS : 0);
    return () => clearTimeout(timer);
  }, [nodes]);
  const shown = nodes > 0 && ripe === nodes ? nodes : 0;
  return (
    // The live region stays in the page (empty when not needed) so that its message is read out.
    <p className="canvas-status arranging-status" role="status">
      {shown > 0 ? `Arranging ${shown.toLocaleString('en')} nodes…` : ''}
    </p>
  );
}
