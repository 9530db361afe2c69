import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { calculatorFor, pricedNodes, type CostModel } from './calculator';
import { estimate, roundCents } from './estimate';

const graph = compileFolder(BUILT_IN_NOTES).graph!;

function withValues(model: CostModel, values: Record<string, number>): CostModel['inputs'] {
  return model.inputs.map((i) => ({ ...i, value: values[i.name] ?? i.value }));
}

describe('cost calculators built from unit prices', () => {
  it('offers a calculator for every node billed by a unit price', () => {
    const ids = pricedNodes(graph).map((n) => n.id);
    expect(ids.slice(0, 5).sort()).toEqual(['ecr', 'ecs', 'ecs-anywhere', 'eks', 'fargate']);
  });

  it('ECS Anywhere: instances x hours x days x $0.01025', () => {
    const model = calculatorFor(graph, 'ecs-anywhere')!;
    const count = model.inputs[0]!.name;
    const est = estimate(graph, model.terms, withValues(model, { [count]: 4, hoursPerDay: 12, days: 30 }));
    expect(roundCents(est.total)).toBe(roundCents(4 * 12 * 30 * 0.01025)); // $14.76
    expect(roundCents(est.total)).toBe(14.76);
  });

  it('ECR: GB stored x $0.10 + GB transferred out x $0.09', () => {
    const model = calculatorFor(graph, 'ecr')!;
    expect(model.inputs.map((i) => i.name).sort()).toEqual(['storageGb', 'transferGb']);
    const est = estimate(graph, model.terms, withValues(model, { storageGb: 250, transferGb: 40 }));
    expect(roundCents(est.total)).toBe(28.6); // 25.00 + 3.60
  });

  it('Fargate: tasks x (vCPU x $0.04048 + GB x $0.004445) x hours x days, asking tasks/hours/days once', () => {
    const model = calculatorFor(graph, 'fargate')!;
    expect(model.inputs.map((i) => i.name)).toEqual([
      'tasks',
      'vcpuPerTask',
      'memoryGbPerTask',
      'hoursPerDay',
      'days',
    ]);
    const est = estimate(
      graph,
      model.terms,
      withValues(model, { tasks: 2, vcpuPerTask: 1, memoryGbPerTask: 2, hoursPerDay: 8, days: 20 }),
    );
    expect(roundCents(est.total)).toBe(roundCents(2 * (1 * 0.04048 + 2 * 0.004445) * 8 * 20)); // $15.80
    expect(roundCents(est.total)).toBe(15.8);
  });

  it('EKS: clusters x $0.10 per hour plus m5.large nodes x $0.096 per hour', () => {
    const model = calculatorFor(graph, 'eks')!;
    const nodes = model.inputs.find((i) => i.name.startsWith('instances_'))!.name;
    const est = estimate(
      graph,
      model.terms,
      withValues(model, { clusters: 2, [nodes]: 3, hoursPerDay: 24, days: 30 }),
    );
    expect(roundCents(est.total)).toBe(144 + 207.36);
  });

  it('has no calculator for free or contact-sales services', () => {
    expect(calculatorFor(graph, 'eks-distro')).toBeUndefined();
    expect(calculatorFor(graph, 'eks-anywhere')).toBeUndefined();
  });
});
