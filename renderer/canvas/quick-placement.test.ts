import { describe, expect, it } from 'vitest';
import { forceEffort } from './layout-protocol';
import { graphShapeKey, spiralPositions, spreadOverlaps } from './quick-placement';

describe('a picture at once for a large graph', () => {
  it('puts the best-connected nodes in the middle, every node apart', () => {
    const nodes = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, degree: i === 250 ? 99 : i % 5 }));
    const p = spiralPositions(nodes, 60);
    const dist = (id: string) => Math.hypot(p[id]!.x, p[id]!.y);
    expect(dist('n250')).toBeLessThan(dist('n1'));
    expect(Object.keys(p)).toHaveLength(500);
    const seen = new Set(Object.values(p).map((q) => `${q.x},${q.y}`));
    expect(seen.size).toBe(500);
  });

  it('moves apart nodes a quick layout heaps together, keeping which side of the picture each is on', () => {
    // Three heaps of 200 nodes each, on one spot apiece, left, right and below.
    const spots = [
      { x: -10, y: 0 },
      { x: 10, y: 0 },
      { x: 0, y: 12 },
    ];
    const nodes = Array.from({ length: 600 }, (_, i) => ({ id: `n${i}`, degree: i % 7 }));
    const heaped = Object.fromEntries(nodes.map((n, i) => [n.id, { ...spots[i % 3]! }]));
    const spread = spreadOverlaps(heaped, nodes, 60);
    const cells = new Set(
      Object.values(spread).map((p) => `${Math.floor(p.x / 60)},${Math.floor(p.y / 60)}`),
    );
    expect(cells.size).toBe(600);
    const mean = (k: number, axis: 'x' | 'y') =>
      nodes.filter((_, i) => i % 3 === k).reduce((sum, n) => sum + spread[n.id]![axis], 0) / 200;
    expect(mean(0, 'x')).toBeLessThan(mean(1, 'x'));
    expect(mean(2, 'y')).toBeGreaterThan(mean(0, 'y'));
  });

  it('leaves a layout whose nodes are already apart where it was', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => ({ id: `n${i}`, degree: 1 }));
    const apart = Object.fromEntries(
      nodes.map((n, i) => [n.id, { x: (i % 10) * 200 + 30, y: Math.floor(i / 10) * 200 + 30 }]),
    );
    expect(spreadOverlaps(apart, nodes, 60)).toEqual(apart);
  });

  it('knows the same notes again, in any order, and tells a changed graph apart', () => {
    const a = graphShapeKey([{ id: 'a' }, { id: 'b' }], [{ source: 'a', target: 'b', kind: 'runs-on' }]);
    const again = graphShapeKey([{ id: 'b' }, { id: 'a' }], [{ source: 'a', target: 'b', kind: 'runs-on' }]);
    const other = graphShapeKey([{ id: 'a' }, { id: 'b' }], [{ source: 'b', target: 'a', kind: 'runs-on' }]);
    expect(again).toBe(a);
    expect(other).not.toBe(a);
  });

  it('spends the force layout’s most careful pass only where it stays affordable', () => {
    expect(forceEffort(127).quality).toBe('proof');
    expect(forceEffort(1000)).toEqual({ quality: 'default', numIter: 867 });
    expect(forceEffort(10_000).quality).toBe('draft');
  });
});
