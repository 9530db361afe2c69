import { describe, expect, it } from 'vitest';
import { nodeDegrees } from './elements';

describe('nodeDegrees', () => {
  const edges = [
    { source: 'ecs', target: 'fargate' },
    { source: 'ecs', target: 'ecr' },
    { source: 'ecs', target: 'ecs' },
  ];

  it('counts a relation to itself twice for the drawn size, as the canvas draws both ends', () => {
    expect(nodeDegrees(edges, { loops: true })).toEqual(
      new Map([
        ['ecs', 4],
        ['fargate', 1],
        ['ecr', 1],
      ]),
    );
  });

  it('leaves relations to itself out for the layout, as Cytoscape degree(false) does', () => {
    expect(nodeDegrees(edges, { loops: false }).get('ecs')).toBe(2);
  });
});
