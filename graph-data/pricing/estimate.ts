import { indexGraph } from '../model/graph-index';
import { PRICE_UNIT_LABELS, type Graph, type Price, type WorkedExample } from '../model/schema';

/** "$0.01025 per instance-hour (us-east-1)", "Free", "Contact AWS for pricing". */
export function formatPrice(price: Price): string {
  switch (price.model) {
    case 'free':
      return 'Free';
    case 'contact-sales':
      return 'Contact AWS for pricing';
    case 'underlying-resources':
      return 'Pay for the underlying resources';
    case 'per-unit':
      return `${formatUsd(price.amount ?? 0, 6)} ${unitLabel(price)}${price.region ? ` (${price.region})` : ''}`;
  }
}

/** "per vCPU-hour", or for a unit outside the known list the note's own words ("per 1M requests"). */
export function unitLabel(price: Price): string {
  if (price.unit === 'other') return price.unitText ? `per ${price.unitText}` : '';
  return PRICE_UNIT_LABELS[price.unit];
}

/** Dollars with cents, keeping extra decimals only where a unit price has them ($0.004445). */
export function formatUsd(amount: number, maxDecimals = 2): string {
  const text = amount.toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: maxDecimals,
  });
  return `$${text}`;
}

export interface EstimateTerm {
  price: string;
  priceLabel: string;
  unitAmount: number;
  quantity: number;
  subtotal: number;
  /** "10 instances × 24 hours × 30 days × $0.01025" */
  formula: string;
}

export interface Estimate {
  terms: EstimateTerm[];
  total: number;
  formula: string;
}

/** Rounds to whole cents without binary drift (182.045 stays 182.05). */
export function roundCents(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

/** Computes a cost from unit prices and input values; never from a stated result. */
export function estimate(
  graph: Graph,
  terms: WorkedExample['terms'],
  inputs: WorkedExample['inputs'],
): Estimate {
  const index = indexGraph(graph);
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const out: EstimateTerm[] = terms.map((term) => {
    const node = index.node.get(term.price);
    const unitAmount = node?.price?.amount ?? 0;
    const quantity = term.factors.reduce((q, f) => q * (byName.get(f)?.value ?? 0), 1);
    const parts = term.factors.map((f) => {
      const i = byName.get(f);
      return i ? `${i.value} ${i.unit}` : f;
    });
    return {
      price: term.price,
      priceLabel: node?.label ?? term.price,
      unitAmount,
      quantity,
      subtotal: quantity * unitAmount,
      formula: [...parts, formatUsd(unitAmount, 6)].join(' × '),
    };
  });
  const total = out.reduce((s, t) => s + t.subtotal, 0);
  return { terms: out, total, formula: out.map((t) => `(${t.formula})`).join(' + ') };
}

export interface ExampleCheck {
  example: WorkedExample;
  estimate: Estimate;
  /** The computed total, rounded to cents. */
  computed: number;
  stated: number;
  /** stated - computed, in dollars; 0 when the note's arithmetic holds (to the cent). */
  difference: number;
  agrees: boolean;
}

/** Recomputes a note's worked example from the unit prices and compares it with what the note said. */
export function checkExample(graph: Graph, example: WorkedExample): ExampleCheck {
  const est = estimate(graph, example.terms, example.inputs);
  const computed = roundCents(est.total);
  const difference = roundCents(example.stated.amount - computed);
  return {
    example,
    estimate: est,
    computed,
    stated: example.stated.amount,
    difference,
    agrees: difference === 0,
  };
}

/** Every worked example in the graph, recomputed, with the node that holds it. */
export function allExampleChecks(graph: Graph): { node: string; check: ExampleCheck }[] {
  return graph.nodes.flatMap((n) => n.examples.map((ex) => ({ node: n.id, check: checkExample(graph, ex) })));
}
