import { describe, expect, it } from 'vitest';
import { wrapLevels } from './layouts';

describe('the hierarchical layout', () => {
  it('wraps a wide level into rows so that the whole has about the shape asked for', () => {
    const top = ['a', 'b', 'c'];
    const wide = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const at = wrapLevels([top, wide], 1.5);
    const xs = Object.values(at).map((p) => p.x);
    const ys = Object.values(at).map((p) => p.y);
    const shape = (Math.max(...xs) - Math.min(...xs)) / (Math.max(...ys) - Math.min(...ys));
    expect(shape).toBeGreaterThan(0.75);
    expect(shape).toBeLessThan(3);
    // Every node placed once; the top level stays above the next.
    expect(Object.keys(at)).toHaveLength(103);
    for (const id of top) for (const n of wide) expect(at[id]!.y).toBeLessThan(at[n]!.y);
    // No two nodes share a place.
    expect(new Set(Object.values(at).map((p) => `${p.x},${p.y}`)).size).toBe(103);
  });
});
