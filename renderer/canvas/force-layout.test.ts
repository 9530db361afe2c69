import cytoscape, { type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../../graph-data/compile/read-folder';
import { graphElements, labelSize, sizeFactor } from './elements';
import { forceLayoutOptions, ringOrder } from './force-layout';

cytoscape.use(fcose);
const graph = compileFolder(BUILT_IN_NOTES).graph!;

/** The built-in graph laid out headless, as the canvas does it (seeded, so the same every time). */
function layOut() {
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: graphElements(graph) });
  // Headless Cytoscape has no stylesheet; give nodes the sizes the canvas draws them at.
  cy.style([{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }]);
  const random = Math.random;
  let seed = 20250101;
  Math.random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  try {
    cy.layout(forceLayoutOptions(cy)).run();
  } finally {
    Math.random = random;
  }
  return cy;
}

describe('the force-directed layout', () => {
  it('orders the ring so that the most similar items sit side by side', () => {
    // Hours on a clock face, similar when close: the best ring is the clock, either way round.
    const hours = [5, 0, 4, 1, 6, 3, 2].map((n) => ({ n }));
    const near = (a: { n: number }, b: { n: number }) => -Math.min((a.n - b.n + 7) % 7, (b.n - a.n + 7) % 7);
    const order = ringOrder(hours, near).map((x) => x.n);
    const from0 = [...order.slice(order.indexOf(0)), ...order.slice(0, order.indexOf(0))];
    expect([from0, [0, ...from0.slice(1).reverse()]]).toContainEqual([0, 1, 2, 3, 4, 5, 6]);
    // Beyond eight items the order is greedy, and still holds every item once.
    const many = Array.from({ length: 12 }, (_, n) => ({ n }));
    expect(new Set(ringOrder(many, (a, b) => -Math.abs(a.n - b.n)))).toEqual(new Set(many));
  });

  it('pins the services on a ring, related ones next to each other, and overlaps no two nodes', () => {
    const cy = layOut();
    const services = cy.nodes('[kind = "service"]');
    const radii = services.map((n) => Math.hypot(n.position('x'), n.position('y')));
    expect(Math.max(...radii) - Math.min(...radii)).toBeLessThan(1);
    // Neighbours on the ring: sort by angle and check the families sit together.
    const around = services
      .toArray()
      .sort(
        (a, b) => Math.atan2(a.position('y'), a.position('x')) - Math.atan2(b.position('y'), b.position('x')),
      )
      .map((n) => n.id());
    const adjacent = (a: string, b: string) => {
      const i = around.indexOf(a);
      const j = around.indexOf(b);
      return Math.abs(i - j) === 1 || Math.abs(i - j) === around.length - 1;
    };
    expect(adjacent('eks', 'eks-distro') || adjacent('eks-anywhere', 'eks-distro')).toBe(true);
    expect(adjacent('ecs', 'ecs-anywhere') || adjacent('ecs', 'fargate')).toBe(true);

    const bodies = cy.nodes().map((n: NodeSingular) => ({ id: n.id(), ...n.position(), r: n.width() / 2 }));
    const overlaps = bodies.flatMap((a, i) =>
      bodies
        .slice(i + 1)
        .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r)
        .map((b) => `${a.id}/${b.id}`),
    );
    expect(overlaps).toEqual([]);
  });

  it('draws hubs bigger, with bigger labels, and curves only edges that share both ends', () => {
    expect(sizeFactor(1)).toBe(1);
    expect(sizeFactor(58)).toBeGreaterThan(sizeFactor(10));
    expect(sizeFactor(10_000)).toBe(1.8);
    expect(labelSize(30, false)).toBeGreaterThan(labelSize(2, false));
    expect(labelSize(2, true)).toBeGreaterThan(labelSize(2, false));

    const elements = graphElements(graph);
    const ends = (d: { source: string; target: string }) => [d.source, d.target].sort().join(' ');
    const edges = elements
      .filter((e) => e.group === 'edges')
      .map((e) => e.data as { id: string; source: string; target: string; curved: boolean });
    for (const e of edges) {
      const sharing = edges.filter((f) => ends(f) === ends(e)).length;
      expect(e.curved, `${e.id}`).toBe(sharing > 1 || e.source === e.target);
    }
    expect(edges.some((e) => e.curved)).toBe(true);
  });
});
