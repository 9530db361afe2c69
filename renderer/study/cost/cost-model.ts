import {
  calculatorFor,
  checkExample,
  formatUsd,
  unitPricesOf,
  type CostModel,
  type ExampleCheck,
  type Graph,
  type GraphNode,
  type WorkedExample,
} from '../../../graph-data';
import { indexGraph } from '../../../graph-data';

/** An input's typed text read as a number, or a message saying what to fix. */
export type ParsedInput = { ok: true; value: number } | { ok: false; message: string };

/** Reads a typed value: a number of 0 or more. */
export function parseInput(text: string): ParsedInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a number (0 or more).' };
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { ok: false, message: 'Enter a number, such as 10 or 0.5.' };
  if (value < 0) return { ok: false, message: 'Use 0 or more; a cost cannot come from a negative amount.' };
  return { ok: true, value };
}

/** Calculators per graph, so that loading another graph drops them with it. */
const calculators = new WeakMap<Graph, Map<string, CostModel | undefined>>();

/** The calculator for a node of a graph, built once. */
export function cachedCalculator(graph: Graph, node: string): CostModel | undefined {
  let byNode = calculators.get(graph);
  if (!byNode) calculators.set(graph, (byNode = new Map()));
  if (!byNode.has(node)) byNode.set(node, calculatorFor(graph, node));
  return byNode.get(node);
}

/** A worked example by reference, if the graph still has it. */
export function findExample(graph: Graph, node: string, id: string): WorkedExample | undefined {
  return indexGraph(graph)
    .node.get(node)
    ?.examples.find((e) => e.id === id);
}

/** "~$182.05" or "$10.90": the note's figure as the note puts it (approximately or exactly). */
export function statedText(check: ExampleCheck): string {
  return `${check.example.stated.approximate ? '~' : ''}${formatUsd(check.stated)}`;
}

/** Says plainly whether a note's stated total matches what its own unit prices give. */
export function verdict(check: ExampleCheck): string {
  const computed = formatUsd(check.computed);
  if (check.agrees) {
    return `The note says ${statedText(check)}, and its own unit prices give ${computed}: the note's figure matches.`;
  }
  const off = formatUsd(Math.abs(check.difference));
  const way = check.difference > 0 ? 'too high' : 'too low';
  return `The note says ${statedText(check)}, but its own unit prices give ${computed}: the note's figure is ${off} ${way}.`;
}

/** Every worked example in the notes with its recomputation, in the order the notes define them. */
export function exampleChecks(graph: Graph): { node: GraphNode; check: ExampleCheck }[] {
  return graph.nodes.flatMap((node) => node.examples.map((ex) => ({ node, check: checkExample(graph, ex) })));
}

/** A node's prices that are not per unit (free, on request, the underlying resources). */
export function otherPricesOf(graph: Graph, node: string): GraphNode[] {
  const index = indexGraph(graph);
  const perUnit = new Set(unitPricesOf(graph, node).map((p) => p.id));
  return (index.outgoing.get(node) ?? [])
    .filter((e) => e.kind === 'priced-by' && !perUnit.has(e.target))
    .map((e) => index.node.get(e.target)!)
    .filter((p) => p.price !== undefined);
}
