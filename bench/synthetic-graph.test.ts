import { describe, expect, it } from 'vitest';
import { Graph, relationAllows } from '../graph-data';
import { kindCounts, syntheticGraph } from './synthetic-graph';

describe('syntheticGraph', () => {
  const graph = syntheticGraph({ nodes: 1000 });

  it('is a graph the schema accepts, with the asked number of nodes and 2.4 relations per node', () => {
    expect(Graph.safeParse(graph).success).toBe(true);
    expect(graph.nodes).toHaveLength(1000);
    expect(graph.edges).toHaveLength(2400);
  });

  it('has unique ids and relations between nodes it has, each allowed between its kinds', () => {
    const kinds = new Map(graph.nodes.map((n) => [n.id, n.kind]));
    expect(kinds.size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const e of graph.edges) {
      expect(kinds.has(e.source) && kinds.has(e.target)).toBe(true);
      expect(relationAllows(e.kind, kinds.get(e.source)!, kinds.get(e.target)!)).toBe(true);
    }
  });

  it('is shaped like notes: every node related, a few hubs, most nodes with a handful of relations', () => {
    const degree = new Map<string, number>();
    for (const e of graph.edges)
      for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    expect(degree.size).toBe(graph.nodes.length);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    expect(sorted[sorted.length >> 1]).toBeLessThanOrEqual(6);
    expect(sorted.at(-1)).toBeGreaterThan(25);
    expect(graph.nodes.some((n) => n.id === 'hipaa')).toBe(true);
  });

  it('gives the same graph for the same options and another for another seed', () => {
    expect(JSON.stringify(syntheticGraph({ nodes: 1000 }))).toBe(JSON.stringify(graph));
    expect(JSON.stringify(syntheticGraph({ nodes: 1000, seed: 7 }))).not.toBe(JSON.stringify(graph));
  });

  it('refuses a size too small to hold every kind', () => {
    expect(() => syntheticGraph({ nodes: 5 })).toThrow(/at least 20 nodes/);
  });
});

describe('kindCounts', () => {
  it('sums to the total with every kind present', () => {
    for (const total of [20, 127, 1000, 10_000]) {
      const counts = Object.values(kindCounts(total));
      expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.min(...counts)).toBeGreaterThanOrEqual(1);
    }
  });
});
