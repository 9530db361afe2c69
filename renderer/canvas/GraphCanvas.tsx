import { useEffect, useRef } from 'react';
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { atlasData } from '../data/atlas-data';
import { effectiveTheme, useAtlas, type AtlasState } from '../state/store';
import { updateUserData, userData } from '../state/user-data';
import { graphClasses, spotlightClasses } from './canvas-classes';
import { cyStyle } from './cy-style';
import { graphElements } from './elements';
import { hasLayout, runLayout } from './layouts';
import { createSpotlight, type Spotlight } from './spotlight';

cytoscape.use(fcose);

/** Elements (nodes and edges) beyond which a graph counts as large for drawing purposes. */
const LARGE_GRAPH = 3000;

declare global {
  interface Window {
    /**
     * The Cytoscape core of the graph canvas, for end-to-end tests and debugging
     * (as cytoscape.js's own browser tests do). Tests read positions, visibility and the classes
     * `hidden`, `focus-centre` and the study tools' overlays from it; the app never reads it.
     */
    cy?: Core;
    /**
     * The spotlight's core (see spotlight.ts and canvas-classes.ts), for end-to-end tests: a copy of
     * every element, drawn above the graph. Lit copies carry the interaction classes
     * (`selected-node`, `selected-edge`, `show-label`, `hit`, `hover`, `hover-nb`, `match`, `reason`);
     * the others carry `off`. While the veil (data-testid="graph-veil") is shown, every node of the
     * graph whose copy is not lit is dimmed.
     */
    cySpotlight?: Core;
  }
}

/**
 * The one component that owns Cytoscape: it creates the graph's core and its spotlight on mount and
 * destroys them on unmount, renders bare divs, and applies store changes as id-keyed class diffs
 * inside `cy.batch()`. Selecting, hovering, searching and facet filters only light elements in the
 * spotlight; kind and relation filters, focus and the study tools' overlays change the graph itself.
 * React never re-renders it (it has no props that change).
 */
export function GraphCanvas({ onReady }: { onReady: (cy: Core | null) => void }) {
  const container = useRef<HTMLDivElement>(null);
  const spotlightContainer = useRef<HTMLDivElement>(null);
  const veil = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const store = useAtlas;
    const initial = store.getState();
    const theme = effectiveTheme(initial);
    const elements = graphElements(atlasData().graph);
    // Users bring their own notes: with thousands of elements, panning and zooming draw the nodes only.
    const large = elements.length > LARGE_GRAPH;
    const cy = cytoscape({
      container: container.current,
      elements,
      style: cyStyle(theme),
      minZoom: 0.15,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
      hideEdgesOnViewport: large,
    });
    window.cy = cy;
    const spotlight: Spotlight = createSpotlight(
      cy,
      spotlightContainer.current!,
      veil.current!,
      cyStyle(theme),
    );
    window.cySpotlight = spotlight.core;

    const applied = new Map<string, string>();
    let wanted = new Map<string, string>();
    const sync = (s: AtlasState, graphChanged: boolean) => {
      if (graphChanged) {
        wanted = graphClasses(s);
        cy.batch(() => {
          for (const [id, classes] of wanted) {
            if (applied.get(id) === classes) continue;
            applied.set(id, classes);
            cy.getElementById(id).classes(classes);
          }
        });
      }
      const lit = spotlightClasses(s);
      if (lit)
        for (const [id, extra] of lit.classes) lit.classes.set(id, `${wanted.get(id) ?? ''} ${extra}`.trim());
      spotlight.show(lit?.classes ?? null, lit?.dimRest ?? false);
    };
    const layout = (s: AtlasState, useSaved: boolean) => {
      // A new layout places every element, whatever is filtered, so positions do not depend on filters.
      if (!hasLayout(s.layout)) {
        cy.batch(() => cy.elements().classes(''));
        applied.clear();
      }
      runLayout(cy, s.layout, useSaved ? userData().positions[s.layout] : undefined);
      sync(s, true);
      if (s.focus) cy.fit(cy.nodes(':visible'), 40);
    };
    layout(initial, true);

    // Cytoscape fires dbltap for any two quick taps, even on two different nodes; only two taps on
    // the same node focus it. Taps arrive before the dbltap they complete.
    let tapped: [previous: string | null, last: string | null] = [null, null];
    cy.on('tap', (e) => {
      const id = e.target === cy ? null : (e.target.id() as string);
      tapped = [tapped[1], id];
      if (id && e.target.isNode()) store.getState().select(id);
      if (!id) store.getState().hover(null);
    });
    cy.on('dbltap', 'node', (e) => {
      if (tapped[0] !== e.target.id()) return;
      store.getState().setFocus({ node: e.target.id(), depth: store.getState().focus?.depth ?? 1 });
    });
    // Moving from one node straight onto another fires mouseout then mouseover in one go; the
    // mouseout waits a microtask so that the spotlight goes from one node to the next directly.
    let leaving = false;
    cy.on('mouseover', 'node', (e) => {
      leaving = false;
      store.getState().hover(e.target.id());
    });
    cy.on('mouseout', 'node', () => {
      leaving = true;
      queueMicrotask(() => {
        if (leaving) store.getState().hover(null);
        leaving = false;
      });
    });
    // Leaving the canvas straight from a node fires no mouseout; the graph must not stay dimmed.
    const leave = () => store.getState().hover(null);
    container.current!.addEventListener('mouseleave', leave);
    cy.on('dragfree', 'node', (e) => {
      const name = store.getState().layout;
      const { x, y } = e.target.position();
      const id: string = e.target.id();
      updateUserData(
        (d) => ({ ...d, positions: { ...d.positions, [name]: { ...d.positions[name], [id]: { x, y } } } }),
        400,
      );
    });

    const unsubscribe = store.subscribe((s, prev) => {
      if (effectiveTheme(s) !== effectiveTheme(prev)) {
        const style = cyStyle(effectiveTheme(s));
        cy.style(style);
        spotlight.setStyle(style);
      }
      if (s.layout !== prev.layout) layout(s, true);
      else if (s.layoutReset !== prev.layoutReset) {
        updateUserData((d) => {
          const positions = { ...d.positions };
          delete positions[s.layout];
          return { ...d, positions };
        });
        layout(s, false);
      }
      const graphChanged =
        s.filters !== prev.filters || s.focus !== prev.focus || s.overlays !== prev.overlays;
      const litChanged = s.hovered !== prev.hovered || s.selection !== prev.selection || s.hits !== prev.hits;
      if (graphChanged || litChanged) sync(s, graphChanged);
      if (s.focus !== prev.focus && (s.focus || prev.focus)) {
        cy.animate({ fit: { eles: cy.elements(':visible'), padding: 50 } }, { duration: 200 });
      }
      if (s.selection && s.selection !== prev.selection) revealNode(cy, s.selection);
    });
    onReady(cy);

    const canvas = container.current!;
    return () => {
      canvas.removeEventListener('mouseleave', leave);
      unsubscribe();
      onReady(null);
      if (window.cy === cy) delete window.cy;
      if (window.cySpotlight === spotlight.core) delete window.cySpotlight;
      spotlight.destroy();
      cy.destroy();
    };
  }, [onReady]);

  return (
    <>
      <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      <div ref={veil} className="graph-veil" data-testid="graph-veil" hidden />
      <div ref={spotlightContainer} className="graph-spotlight" aria-hidden="true" />
    </>
  );
}

/** Pans to a node when it is outside the viewport, without changing the zoom. */
function revealNode(cy: Core, id: string) {
  const node = cy.getElementById(id);
  if (node.empty() || !node.visible()) return;
  const ext = cy.extent();
  const { x, y } = node.position();
  if (x > ext.x1 && x < ext.x2 && y > ext.y1 && y < ext.y2) return;
  cy.animate({ center: { eles: node } }, { duration: 200 });
}
