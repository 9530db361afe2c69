import { describe, expect, it } from 'vitest';
import { forceEffort } from './layout-protocol';
import { graphShapeKey, spiralPositions } from './quick-placement';

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
