import { indexGraph } from '../model/graph-index';
import type { Graph, GraphNode, PriceUnit, WorkedExample } from '../model/schema';

/** What a cost estimate is made of: named inputs and how they multiply unit prices. Same shape as a worked example. */
export interface CostModel {
  inputs: WorkedExample['inputs'];
  terms: WorkedExample['terms'];
}

type Input = WorkedExample['inputs'][number];

const HOURS: Input = { name: 'hoursPerDay', label: 'Hours a day', value: 24, unit: 'hours' };
const DAYS: Input = { name: 'days', label: 'Days', value: 30, unit: 'days' };

/** The inputs each billing unit depends on (the price's own count input first). */
function inputsForUnit(unit: PriceUnit, price: GraphNode): Input[] {
  switch (unit) {
    case 'instance-hour':
      return [
        {
          name: `instances_${camel(price.id)}`,
          label: `Instances (${price.label})`,
          value: 1,
          unit: 'instances',
        },
        HOURS,
        DAYS,
      ];
    case 'cluster-hour':
      return [{ name: 'clusters', label: 'Clusters', value: 1, unit: 'clusters' }, HOURS, DAYS];
    case 'vcpu-hour':
      return [
        { name: 'tasks', label: 'Tasks or pods', value: 1, unit: 'tasks' },
        { name: 'vcpuPerTask', label: 'vCPU per task', value: 1, unit: 'vCPU' },
        HOURS,
        DAYS,
      ];
    case 'gb-hour':
      return [
        { name: 'tasks', label: 'Tasks or pods', value: 1, unit: 'tasks' },
        { name: 'memoryGbPerTask', label: 'Memory per task', value: 2, unit: 'GB' },
        HOURS,
        DAYS,
      ];
    case 'gb-month':
      return [{ name: 'storageGb', label: 'Storage', value: 50, unit: 'GB-months' }];
    case 'gb-transferred':
      return [{ name: 'transferGb', label: 'Data transferred out', value: 10, unit: 'GB' }];
    case 'other':
      return [
        {
          name: `quantity_${camel(price.id)}`,
          label: `Quantity (${price.price?.unitText ?? price.label})`,
          value: 1,
          unit: price.price?.unitText ?? 'units',
        },
      ];
    case 'none':
      return [];
  }
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The per-unit prices a node is billed by. */
export function unitPricesOf(graph: Graph, nodeId: string): GraphNode[] {
  const index = indexGraph(graph);
  return (index.outgoing.get(nodeId) ?? [])
    .filter((e) => e.kind === 'priced-by')
    .map((e) => index.node.get(e.target)!)
    .filter((n) => n.price?.model === 'per-unit');
}

/**
 * A calculator for a node built from its unit prices: each price contributes a term whose factors are the
 * inputs its unit depends on; inputs that several prices share (hours, days, tasks) are asked once.
 */
export function calculatorFor(graph: Graph, nodeId: string): CostModel | undefined {
  const prices = unitPricesOf(graph, nodeId);
  if (prices.length === 0) return undefined;
  const inputs = new Map<string, Input>();
  const terms = prices.map((p) => {
    const needed = inputsForUnit(p.price!.unit, p);
    for (const i of needed) if (!inputs.has(i.name)) inputs.set(i.name, i);
    return { price: p.id, factors: needed.map((i) => i.name) };
  });
  // Counts first, then sizes, then time, so the form reads naturally.
  const order = (i: Input) => (i === HOURS ? 2 : i === DAYS ? 3 : 1);
  return { inputs: [...inputs.values()].sort((a, b) => order(a) - order(b)), terms };
}

/** Nodes that have a calculator: those billed by at least one per-unit price, services first. */
export function pricedNodes(graph: Graph): GraphNode[] {
  return graph.nodes
    .filter((n) => n.kind !== 'pricing' && unitPricesOf(graph, n.id).length > 0)
    .sort(
      (a, b) => Number(b.kind === 'service') - Number(a.kind === 'service') || a.label.localeCompare(b.label),
    );
}
