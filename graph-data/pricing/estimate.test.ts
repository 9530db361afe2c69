import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { PriceInput } from '../model/schema';
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

  it("keeps a unit outside the known list in the note's own words", () => {
    expect(
      formatPrice({
        model: 'per-unit',
        amount: 0.2,
        currency: 'USD',
        unit: 'other',
        unitText: '1M requests',
      }),
    ).toBe('$0.20 per 1M requests');
    const input = { model: 'per-unit', amount: 0.025, unit: 'other' };
    expect(PriceInput.safeParse(input).success).toBe(false);
    expect(PriceInput.safeParse({ ...input, unitText: '1,000 state transitions' }).success).toBe(true);
  });
});
