import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { checkExample, formatPrice, roundCents } from './estimate';

describe('estimate', () => {
  const graph = smallGraph();
  it('computes from unit prices and flags a stated result that does not add up', () => {
    const example = graph.nodes.find((n) => n.id === 'ecs')!.examples[0]!;
    const check = checkExample(graph, example);
    expect(check.computed).toBe(0.81); // 2 tasks x 10 hours x $0.04048 = $0.8096
    expect(check.stated).toBe(1);
    expect(check.difference).toBe(0.19);
    expect(check.agrees).toBe(false);
    expect(check.estimate.formula).toBe('(2 tasks × 10 hours × $0.04048)');
  });

  it('formats prices for people', () => {
    expect(
      formatPrice({
        model: 'per-unit',
        amount: 0.01025,
        currency: 'USD',
        unit: 'instance-hour',
        region: 'us-east-1',
      }),
    ).toBe('$0.01025 per instance-hour (us-east-1)');
    expect(formatPrice({ model: 'free', currency: 'USD', unit: 'none' })).toBe('Free');
    expect(roundCents(182.045)).toBe(182.05);
  });
});
