import { useEffect, useRef } from 'react';
import { useEngine } from '../engine/use-engine';
import { useAtlas } from '../state/store';
import { ArrangingStatus } from './ArrangingStatus';
import { OverviewHint } from './OverviewHint';
import { StartHere } from './StartHere';

/**
 * The one component that shows Cytoscape: a bare div the engine mounts its core in (and detaches
 * from on unmount; the core and its positions live on in the engine). React never re-renders it:
 * state reaches the canvas through the engine, as id-keyed class diffs inside `cy.batch()`. The
 * "Start here" card, the overview hint and the arranging status (large graphs) are drawn beside it,
 * over the canvas.
 */
export function GraphCanvas() {
  const engine = useEngine();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const div = container.current!;
    engine.mount(div);
    // Leaving the canvas straight from a node fires no mouseout; the graph must not stay dimmed.
    const leave = () => useAtlas.getState().hover(null);
    div.addEventListener('mouseleave', leave);
    return () => {
      div.removeEventListener('mouseleave', leave);
      engine.unmount();
    };
  }, [engine]);

  return (
    <>
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      <StartHere />
      <div className="canvas-statuses">
        <ArrangingStatus />
        <OverviewHint />
      </div>
    </>
  );
}
