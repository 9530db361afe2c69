import type { Core, EdgeSingular, LayoutOptions, NodeSingular } from 'cytoscape';

/*
 * The force-directed layout (fcose), tuned for notes about a handful of services that share many
 * neighbours. Left to itself, fcose pulls the services and everything they share into one dense
 * centre. Instead:
 * - the services are pinned on a ring, ordered so that services with much in common sit side by side
 *   (ECS next to ECS Anywhere, EKS next to EKS Distro), and everything else finds its place around
 *   them: what one service owns gathers outside it, what several share settles between them;
 * - edges from a service to a node shared by three or more services are weak springs, so that the
 *   programmes and integrations everything uses spread out instead of piling up in the middle;
 * - hubs repel more and their edges are longer, leaving room for the labels of their neighbours.
 * With fewer than three services (say, a user's own notes), it is plain fcose with the same forces.
 */

/** Services that share neighbours (or are related) score high, so that the ring keeps them close. */
function similarity(a: NodeSingular, b: NodeSingular): number {
  const na = new Set(a.neighborhood('node').map((n) => n.id()));
  const nb = b.neighborhood('node').map((n) => n.id());
  const shared = nb.filter((id) => na.has(id)).length;
  const jaccard = shared / (na.size + nb.length - shared || 1);
  return jaccard + (a.edgesWith(b).nonempty() ? 0.5 : 0);
}

/**
 * The order around the ring with the most similarity between neighbours: every order for up to 8
 * services (at most 5,040, with the first one fixed), else greedily the most similar next one.
 */
export function ringOrder<T extends object>(items: T[], sim: (a: T, b: T) => number): T[] {
  if (items.length <= 3) return items;
  const score = (order: T[]) => order.reduce((s, x, i) => s + sim(x, order[(i + 1) % order.length]!), 0);
  if (items.length <= 8) {
    let best = items;
    let bestScore = -Infinity;
    const order = [...items];
    const permute = (k: number) => {
      if (k === order.length) {
        const s = score(order);
        if (s > bestScore + 1e-9) [best, bestScore] = [[...order], s];
        return;
      }
      for (let i = k; i < order.length; i++) {
        [order[k], order[i]] = [order[i]!, order[k]!];
        permute(k + 1);
        [order[k], order[i]] = [order[i]!, order[k]!];
      }
    };
    permute(1);
    return best;
  }
  const order = [items[0]!];
  const left = new Set(items.slice(1));
  while (left.size) {
    const last = order.at(-1)!;
    let next = [...left][0]!;
    for (const x of left) if (sim(last, x) > sim(last, next)) next = x;
    order.push(next);
    left.delete(next);
  }
  return order;
}

/** fcose options for the whole graph in `cy` (every element, whatever is filtered). */
export function forceLayoutOptions(cy: Core): LayoutOptions {
  const degree = (n: NodeSingular) => Number(n.data('degree') ?? n.degree(false));
  const services = cy
    .nodes('[kind = "service"]')
    .toArray()
    .sort((a, b) => degree(b) - degree(a) || a.id().localeCompare(b.id()));
  const anchored = services.length >= 3 && services.length <= 16;
  const radius = Math.max(300, 58 * Math.sqrt(cy.nodes().length));
  const sims = new Map<string, number>();
  const sim = (a: NodeSingular, b: NodeSingular) => {
    const key = a.id() < b.id() ? `${a.id()} ${b.id()}` : `${b.id()} ${a.id()}`;
    if (!sims.has(key)) sims.set(key, similarity(a, b));
    return sims.get(key)!;
  };
  const ring = anchored ? ringOrder(services, sim) : [];
  const anchors = new Set(ring.map((n) => n.id()));
  // Nodes linked to three or more services: the ones that would otherwise pile up in the middle.
  const shared = new Set(
    cy
      .nodes()
      .filter(
        (n) => !anchors.has(n.id()) && n.neighborhood('node').filter((m) => anchors.has(m.id())).length >= 3,
      )
      .map((n) => n.id()),
  );
  const sharedSpring = (e: EdgeSingular) =>
    (anchors.has(e.source().id()) && shared.has(e.target().id())) ||
    (anchors.has(e.target().id()) && shared.has(e.source().id()));
  return {
    name: 'fcose',
    quality: 'proof',
    randomize: true,
    animate: false,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: true,
    packComponents: true,
    numIter: 4000,
    gravity: 0.05,
    nodeSeparation: 120,
    idealEdgeLength: (e: EdgeSingular) =>
      90 + 15 * Math.sqrt(Math.min(degree(e.source()), degree(e.target()))),
    edgeElasticity: (e: EdgeSingular) => (sharedSpring(e) ? 0.08 : 0.45),
    nodeRepulsion: (n: NodeSingular) => 20000 + 8000 * degree(n),
    fixedNodeConstraint: ring.map((n, i) => {
      const angle = (2 * Math.PI * i) / ring.length - Math.PI / 2;
      return { nodeId: n.id(), position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) } };
    }),
  } as LayoutOptions;
}
