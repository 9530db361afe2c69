import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../state/store';
import { seededRandom, type NodeKind } from '../../graph-data';
import { forceLayoutOptions } from './force-layout';
import type { LoadedGraph } from '../engine/loaded-graph';

const KIND_RANK: Record<NodeKind, number> = {
  service: 10,
  'compute-option': 8,
  component: 7,
  feature: 6,
  comparison: 5,
  integration: 4,
  platform: 3,
  compliance: 3,
  pricing: 2,
  'use-case': 2,
};

function options(name: LayoutName, cy: Core): LayoutOptions {
  switch (name) {
    case 'fcose':
      return forceLayoutOptions(cy);
    case 'concentric':
      return {
        name: 'concentric',
        animate: false,
        fit: true,
        padding: 40,
        minNodeSpacing: 28,
        nodeDimensionsIncludeLabels: true,
        concentric: (n: NodeSingular) => KIND_RANK[n.data('kind') as NodeKind] ?? 1,
        levelWidth: () => 1,
      } as LayoutOptions;
    case 'breadthfirst':
      return {
        name: 'breadthfirst',
        animate: false,
        fit: true,
        padding: 40,
        directed: true,
        spacingFactor: 1.1,
        nodeDimensionsIncludeLabels: true,
        roots: 'node[kind = "service"], node[kind = "comparison"]',
      } as LayoutOptions;
  }
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Lays the whole graph out synchronously and deterministically: Math.random is swapped for a seeded
 * generator for the length of the (non-animated, synchronous) run, and the result is kept, because
 * fcose's helper library also keeps a global counter that would make a second run differ. Then the
 * user's dragged positions for this layout are put back.
 */
export function runLayout(cy: Core, data: LoadedGraph, name: LayoutName, saved: Positions | undefined) {
  // Computed positions per layout, kept with the graph, so that switching back or resetting gives
  // the very same picture.
  const computed = data.cached('layouts', () => new Map<LayoutName, Positions>());
  const known = computed.get(name);
  if (known) {
    cy.batch(() => cy.nodes().forEach((n) => void (known[n.id()] && n.position(known[n.id()]!))));
  } else {
    const random = Math.random;
    Math.random = seededRandom(20250101);
    // A user-timing mark, so that `npm run bench` (and the DevTools timeline) can show what it costs.
    const start = performance.now();
    try {
      cy.layout(options(name, cy)).run();
    } finally {
      Math.random = random;
      performance.measure(`layout ${name}`, { start });
    }
    const positions: Positions = {};
    cy.nodes().forEach((n) => void (positions[n.id()] = { ...n.position() }));
    computed.set(name, positions);
  }
  if (saved) {
    cy.batch(() => {
      for (const [id, pos] of Object.entries(saved)) {
        const node = cy.getElementById(id);
        if (node.nonempty()) node.position(pos);
      }
    });
  }
  cy.fit(undefined, 40);
}
