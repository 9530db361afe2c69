import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { RELATIONS } from '../../graph-data';
import { atlasData } from '../data/atlas-data';
import { effectiveTheme, useAtlas, type AtlasState } from '../state/store';
import { graphView } from '../state/graph-view';
import { updateUserData, userData } from '../state/user-data';
import { cyStyle } from './cy-style';
import { runLayout } from './layouts';

cytoscape.use(fcose);

declare global {
  interface Window {
    /**
     * The Cytoscape core of the graph canvas, for end-to-end tests and debugging
     * (as cytoscape.js's own browser tests do). Tests read element classes such as
     * `hidden`, `faded`, `match`, `hit`, `selected-node` from it; the app never reads it.
     */
    cy?: Core;
  }
}

function elements(): ElementDefinition[] {
  const { graph } = atlasData();
  return [
    ...graph.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label, kind: n.kind },
    })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        kind: e.kind,
        verb: RELATIONS[e.kind].verb + (e.qualifier ? ` (${e.qualifier})` : ''),
      },
    })),
  ];
}

/** The classes every element should carry for a state: the whole visual state of the canvas. */
function desiredClasses(s: AtlasState): Map<string, string> {
  const data = atlasData();
  const view = graphView(s.filters, s.focus);
  const hits = new Set(s.hits.map((h) => h.id));
  const hovered = s.hovered && view.visibleNodes.has(s.hovered) ? data.view(s.hovered) : undefined;
  const selected = s.selection ? data.view(s.selection) : undefined;
  const out = new Map<string, string>();
  const overlays = Object.values(s.overlays);
  const overlayClasses = (id: string) => overlays.flatMap((o) => (o[id] ? [o[id]] : []));
  for (const n of data.graph.nodes) {
    const c: string[] = [];
    if (!view.visibleNodes.has(n.id)) c.push('hidden');
    else {
      if (view.matches) {
        if (view.matches.has(n.id)) c.push('match');
        else if (view.reasonNodes.has(n.id)) c.push('reason');
        else if (n.id !== s.selection) c.push('faded');
      }
      if (hits.has(n.id)) c.push('hit');
      if (n.id === s.selection) c.push('selected-node');
      if (n.id === s.focus?.node) c.push('focus-centre');
      if (hovered) {
        if (n.id === hovered.node.id) c.push('hover');
        else if (hovered.neighbours.has(n.id)) c.push('hover-nb');
        else c.push('hover-dim');
      }
      c.push(...overlayClasses(n.id));
    }
    out.set(n.id, c.join(' '));
  }
  for (const e of data.graph.edges) {
    const c: string[] = [];
    if (!view.visibleEdges.has(e.id)) c.push('hidden');
    else {
      if (view.matches) c.push(view.reasonEdges.has(e.id) ? 'reason' : 'faded');
      if (selected?.edgeIds.has(e.id)) c.push('selected-edge', 'show-label');
      if (hovered) c.push(hovered.edgeIds.has(e.id) ? 'hover-edge show-label' : 'hover-dim');
      c.push(...overlayClasses(e.id));
    }
    out.set(e.id, c.join(' '));
  }
  return out;
}

/**
 * The one component that owns Cytoscape: it creates the core on mount and destroys it on unmount,
 * renders a bare div, and applies store changes as id-keyed class diffs inside `cy.batch()`.
 * React never re-renders it (it has no props that change).
 */
export function GraphCanvas({ onReady }: { onReady: (cy: Core | null) => void }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const store = useAtlas;
    const initial = store.getState();
    const theme = effectiveTheme(initial);
    const cy = cytoscape({
      container: container.current,
      elements: elements(),
      style: cyStyle(theme),
      minZoom: 0.15,
      maxZoom: 4,
      autounselectify: true,
      boxSelectionEnabled: false,
    });
    window.cy = cy;

    const applied = new Map<string, string>();
    const sync = (s: AtlasState) => {
      const want = desiredClasses(s);
      cy.batch(() => {
        for (const [id, classes] of want) {
          if (applied.get(id) === classes) continue;
          applied.set(id, classes);
          cy.getElementById(id).classes(classes);
        }
      });
    };
    const layout = (s: AtlasState, useSaved: boolean) => {
      // Lay out every element, whatever is filtered, so positions do not depend on filters.
      cy.batch(() => cy.elements().classes(''));
      applied.clear();
      runLayout(cy, s.layout, useSaved ? userData().positions[s.layout] : undefined);
      sync(s);
      if (s.focus) cy.fit(cy.nodes(':visible'), 40);
    };
    layout(initial, true);

    cy.on('tap', 'node', (e) => store.getState().select(e.target.id()));
    cy.on('tap', (e) => {
      if (e.target === cy) store.getState().hover(null);
    });
    cy.on('dbltap', 'node', (e) =>
      store.getState().setFocus({ node: e.target.id(), depth: store.getState().focus?.depth ?? 1 }),
    );
    cy.on('mouseover', 'node', (e) => store.getState().hover(e.target.id()));
    cy.on('mouseout', 'node', () => store.getState().hover(null));
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
      if (effectiveTheme(s) !== effectiveTheme(prev)) cy.style(cyStyle(effectiveTheme(s)));
      if (s.layout !== prev.layout) layout(s, true);
      else if (s.layoutReset !== prev.layoutReset) {
        updateUserData((d) => {
          const positions = { ...d.positions };
          delete positions[s.layout];
          return { ...d, positions };
        });
        layout(s, false);
      }
      if (
        s.filters !== prev.filters ||
        s.focus !== prev.focus ||
        s.hits !== prev.hits ||
        s.selection !== prev.selection ||
        s.hovered !== prev.hovered ||
        s.overlays !== prev.overlays
      ) {
        sync(s);
      }
      if (s.focus !== prev.focus && (s.focus || prev.focus)) {
        cy.animate({ fit: { eles: cy.elements(':visible'), padding: 50 } }, { duration: 200 });
      }
      if (s.selection && s.selection !== prev.selection) revealNode(cy, s.selection);
    });
    onReady(cy);

    return () => {
      unsubscribe();
      onReady(null);
      if (window.cy === cy) delete window.cy;
      cy.destroy();
    };
  }, [onReady]);

  return <div ref={container} className="graph-canvas" data-testid="graph-canvas" />;
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
