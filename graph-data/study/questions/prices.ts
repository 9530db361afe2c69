import type { Price, PriceUnit } from '../../model/schema';
import { PRICE_UNITS } from '../../model/schema';
import { seededShuffle } from '../../model/seeded';
import { formatPrice } from '../../pricing/estimate';
import { assemble, textOption } from './assemble';
import type { Context } from './context';
import { MAX_OPTIONS, type Question, type QuestionOption } from './types';

/** "What does <pricing item> cost?" with the formatted price and look-alike wrong prices. */
export function priceQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  const priced = ctx.graph.nodes.filter((n) => n.price);
  const perUnit = priced.filter((n) => n.price!.model === 'per-unit' && n.price!.amount !== undefined);
  const unitsInUse = new Set<PriceUnit>(perUnit.map((n) => n.price!.unit));
  for (const node of priced) {
    const price = node.price!;
    const id = `price:${node.id}`;
    const right = formatPrice(price);
    const pool: string[][] = [];
    const others = seededShuffle(
      perUnit.filter((n) => n.id !== node.id),
      id,
    ).map((n) => n.price!);
    const region = price.model === 'per-unit' ? price.region : undefined;
    const asOurs = (p: Price): Price => ({ ...p, region });
    if (price.model === 'per-unit' && price.amount !== undefined) {
      // Look-alikes first: the same unit at another amount, then the same amount in another unit.
      pool.push(
        others
          .filter((p) => p.unit === price.unit && p.amount !== price.amount)
          .map((p) => formatPrice(asOurs(p))),
      );
      const wrongUnits = seededShuffle(
        PRICE_UNITS.filter((u) => u !== 'none' && u !== 'other' && u !== price.unit),
        `${id}|units`,
      ).sort((a, b) => Number(unitsInUse.has(b)) - Number(unitsInUse.has(a)));
      pool.push(wrongUnits.slice(0, 1).map((unit) => formatPrice({ ...price, unit })));
      pool.push(
        others
          .filter((p) => p.unit !== price.unit && p.amount !== price.amount)
          .map((p) => formatPrice(asOurs(p))),
      );
      pool.push(wrongUnits.slice(1).map((unit) => formatPrice({ ...price, unit })));
    } else {
      // Free / contact sales / underlying resources: only clearly wrong per-unit amounts as foils.
      pool.push(others.map((p) => formatPrice(p)));
    }
    const seen = new Set([right]);
    const wrong: QuestionOption[] = [];
    for (const text of pool.flat()) {
      if (wrong.length >= MAX_OPTIONS - 1) break;
      if (seen.has(text)) continue;
      seen.add(text);
      wrong.push(textOption(text));
    }
    const payers = (ctx.index.incoming.get(node.id) ?? [])
      .filter((e) => e.kind === 'priced-by')
      .map((e) => e.source);
    const freeTier = price.freeTier ? ` Free tier: ${price.freeTier}.` : '';
    const q = assemble(
      {
        id,
        kind: 'price',
        prompt: `What does ${node.label} cost?`,
        explanation: `${node.label}: ${right}.${freeTier}`,
        cite: node.cite,
        focusNodes: [node.id, ...payers],
        basis: { type: 'price', node: node.id },
      },
      textOption(right),
      wrong,
    );
    if (q) out.push(q);
  }
  return out;
}
