import { describe, expect, it } from 'vitest';
import { edgePairs, pairEdges } from './layout-protocol';

describe('relations sent to the layout worker', () => {
  it('travel as index pairs and come back joining the same nodes, relations with an unknown end left out', () => {
    const nodes = [{ id: 'ecs' }, { id: 'fargate' }, { id: 'ecr' }];
    const pairs = edgePairs(nodes, [
      { source: 'ecs', target: 'fargate' },
      { source: 'ecr', target: 'ecs' },
      { source: 'ecs', target: 'gone' },
    ]);
    expect([...pairs]).toEqual([0, 1, 2, 0]);
    expect(pairEdges(nodes, pairs)).toEqual([
      { id: 'e0', source: 'ecs', target: 'fargate' },
      { id: 'e1', source: 'ecr', target: 'ecs' },
    ]);
  });
});
