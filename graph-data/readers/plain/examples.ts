import type { WorkedExample } from '../../model/schema';
import { formatUsd, roundCents } from '../../pricing/estimate';
import type { DraftNode, DraftRelation, ImportProblem, SourceRef } from '../draft';
import { normalise } from './names';
import { bareNode } from './reading';
import { readPrices } from './rules/pricing';
import { parseWorkedExample, quantities, type Atom, type Quantity } from './rules/worked-example';

interface ExampleSubject {
  node: DraftNode;
  short: string;
  prices: { ref: string; amount?: number; what: string; prefix: string; label: string }[];
}

interface Sink {
  nodes: DraftNode[];
  relations: DraftRelation[];
}

type Input = WorkedExample['inputs'][number];

const STOP = new Set(['the', 'a', 'of', 'for', 'and', 'per', 'in', 'to']);
const words = (s: string) =>
  new Set(
    normalise(s)
      .split(' ')
      .filter((w) => w && !STOP.has(w)),
  );
const shares = (a: string, b: string) => [...words(a)].some((w) => words(b).has(w));

const UNIT_WORDS = /^(?:gb|tb|mb|vcpus?|gib|hours?|days?|requests?|million|k)$/i;

/** "100 GB private storage" -> label "Private storage", unit "GB"; "10 Fargate tasks" -> "Fargate tasks", "tasks". */
function describe(q: Quantity): { label: string; unit: string } {
  if (q.phrase === 'hours a day') return { label: 'Hours a day', unit: 'hours' };
  const words = q.phrase.split(' ');
  if (words.length > 1 && UNIT_WORDS.test(words[0]!)) {
    const rest = words.slice(1).join(' ');
    return { label: rest[0]!.toUpperCase() + rest.slice(1), unit: words[0]! };
  }
  return { label: q.phrase[0]!.toUpperCase() + q.phrase.slice(1), unit: words[words.length - 1]! };
}

function camel(label: string): string {
  const parts = normalise(label).split(' ').filter(Boolean);
  const name = parts.map((p, i) => (i === 0 ? p : p[0]!.toUpperCase() + p.slice(1))).join('');
  return /^[a-z]/.test(name) ? name : `n${name}`;
}

/**
 * Problems carry file and line in their own fields, so their messages do not repeat them.
 *
 * Reads a worked example under a service, ties each product of its arithmetic to one of the
 * service's unit prices (or to a price the description itself gives, "(m5.large, $0.096/hour)"),
 * recomputes it and returns a warning when the note's total does not match its own figures.
 */
export function linkExample(
  subj: ExampleSubject,
  value: string,
  cite: SourceRef,
  sink: Sink,
): ImportProblem | undefined {
  const parsed = parseWorkedExample(value);
  if (!parsed) return undefined;
  // Prices named in the description's brackets: "10 EC2 nodes (m5.large, $0.096/hour)".
  for (const m of parsed.title.matchAll(/\(([^()]*\$[^()]*)\)/g)) {
    const [name, ...rest] = m[1]!.split(',').map((s) => s.trim());
    for (const found of readPrices(rest.join(', '))) {
      if (subj.prices.some((p) => p.amount === found.price.amount)) continue;
      const isInstanceType = /^[a-z][a-z0-9-]*\d[a-z]*\.[a-z0-9]+$/.test(name ?? '');
      const price =
        isInstanceType && found.price.unit === 'other'
          ? { ...found.price, unit: 'instance-hour' as const }
          : found.price;
      const label = `${name} (${found.price.unitText ?? 'price'})`;
      const inf = { rule: 'example-price', words: m[1]! };
      sink.nodes.push(bareNode({ ref: label, kind: 'pricing', label, price, cite, inferred: inf }));
      sink.relations.push({
        from: subj.node.ref,
        to: label,
        kind: 'priced-by',
        qualifier: 'in a worked example',
        cite,
        inferred: inf,
      });
      subj.prices.push({ ref: label, amount: price.amount, what: name ?? '', prefix: '', label });
    }
  }
  const described = quantities(parsed.title);
  const used = new Set<Quantity>();
  const inputs = new Map<number, Input>();
  const names = new Set<string>();
  const inputFor = (atom: Atom, label: string, unit: string): string => {
    const have = inputs.get(atom.id);
    if (have) return have.name;
    let name = camel(label);
    for (let k = 2; names.has(name); k++) name = `${camel(label)}${k}`;
    names.add(name);
    inputs.set(atom.id, { name, label, value: atom.value, unit: unit || 'units' });
    return name;
  };
  const nameFactor = (atom: Atom): string => {
    const q = described.find((d) => d.value === atom.value && !used.has(d));
    if (q) {
      used.add(q);
      const d = describe(q);
      return inputFor(atom, d.label, d.unit);
    }
    if (atom.value === 30 && /\/\s*month|a month|per month|monthly/i.test(parsed.stated.text))
      return inputFor(atom, 'Days', 'days');
    if (atom.value === 24) return inputFor(atom, 'Hours a day', 'hours');
    return inputFor(atom, `Factor ${atom.value}`, 'units');
  };

  const terms: WorkedExample['terms'] = [];
  let computed = 0;
  for (const product of parsed.products) {
    const dollars = product.filter((a) => a.dollars);
    const plain = product.filter((a) => !a.dollars);
    if (dollars.length !== 1)
      return {
        file: cite.file,
        line: cite.line,
        severity: 'warning',
        message: `a term of the worked example has ${dollars.length} dollar amounts; each term needs exactly one unit price`,
        fix: 'write each term as quantity × $unit price, e.g. "10 × $0.01025 × 24 × 30"',
      };
    const money = dollars[0]!;
    let price = plain.length > 0 ? subj.prices.find((p) => p.amount === money.value) : undefined;
    const factors: string[] = [];
    if (price) {
      for (const a of plain) factors.push(nameFactor(a));
      computed += money.value * plain.reduce((q, a) => q * a.value, 1);
    } else if (money.label) {
      // "$10 (storage)": a subtotal; find the price it is for, and the quantity the description gives.
      const label = money.label;
      price = subj.prices.find((p) => p.amount && shares(label, `${p.what} ${p.prefix}`));
      if (!price?.amount) return unlinked(cite, money);
      const q = described.find((d) => !used.has(d) && shares(label, d.phrase));
      const quantity = q ? q.value : roundCents((money.value / price.amount) * 1e4) / 1e4;
      if (q) used.add(q);
      const atom: Atom = { id: 1e6 + money.id, value: quantity, dollars: false };
      const d = q ? describe(q) : { label: `${label} (from the subtotal)`, unit: 'units' };
      factors.push(inputFor(atom, d.label, d.unit));
      computed += price.amount * quantity;
    } else return unlinked(cite, money);
    terms.push({ price: price.ref, factors });
  }
  const example: Omit<WorkedExample, 'cite'> = {
    id: `${normalise(subj.short).replace(/ /g, '-')}-example-${(subj.node.examples?.length ?? 0) + 1}`,
    title: parsed.title,
    inputs: [...inputs.values()],
    terms,
    stated: parsed.stated,
  };
  subj.node.examples = [...(subj.node.examples ?? []), example];
  const total = roundCents(computed);
  if (roundCents(parsed.stated.amount - total) !== 0)
    return {
      file: cite.file,
      line: cite.line,
      severity: 'warning',
      message: `the worked example says ${parsed.stated.text}, but its own figures (${parsed.formula}) come to ${formatUsd(total)}`,
      fix: 'check the arithmetic in the note; the app shows both figures',
    };
  return undefined;
}

function unlinked(cite: SourceRef, money: Atom): ImportProblem {
  return {
    file: cite.file,
    line: cite.line,
    severity: 'warning',
    message: `the worked example uses ${formatUsd(money.value, 6)}, which is none of this service's unit prices, so it cannot be recomputed`,
    fix: 'give the unit price on a "Pricing:" line above the example',
  };
}
