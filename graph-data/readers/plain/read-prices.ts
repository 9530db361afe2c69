import { linkExample } from './examples';
import type { ItemBlock, TextBlock } from './outline';
import { bareNode, inferred, type NoteContext, type Subject } from './reading';
import { readPrices } from './rules/pricing';
import { keyWord } from './rules/types';

/**
 * A line of a service's pricing: a worked example (checked against the service's prices), the free
 * tier (added to the prices read so far), or prices, each a pricing node the service is priced by.
 */
export function readPriceLine(ctx: NoteContext, subj: Subject, block: ItemBlock | TextBlock): void {
  const k = keyWord(block.key);
  if (/^example/.test(k) || (!block.key && block.text.includes('='))) {
    const problem = linkExample(subj, block.value, ctx.cite(block.line), ctx.out);
    if (problem) ctx.out.problems.push(problem);
    return;
  }
  if (k === 'free tier') {
    const tier = block.value.replace(/\.$/, '');
    for (const p of subj.prices) {
      const node = ctx.out.nodes.find((n) => n.ref === p.ref);
      if (node?.price && !node.price.freeTier) node.price.freeTier = tier;
    }
    return;
  }
  const prefix = block.key && !/^(?:pricing|price|cost|costs)$/.test(k) ? block.key : '';
  if (block.value) readPricing(ctx, subj, prefix, block.value, block.line);
}

function readPricing(ctx: NoteContext, subj: Subject, prefix: string, value: string, line: number): void {
  const { out } = ctx;
  for (const found of readPrices(value)) {
    const what = [prefix, found.what].filter(Boolean).join(' ');
    const fallback =
      found.price.model === 'per-unit'
        ? (found.price.unitText ?? 'price')
        : found.price.model.replace(/-/g, ' ');
    let label = `${subj.short} ${what || fallback}`.trim();
    // The price in brackets keeps the label from naming the thing priced ("ECR Public" is a component).
    if (found.price.model === 'per-unit' && what && found.price.unitText)
      label += ` (${found.price.unitText})`;
    else if (found.price.model !== 'per-unit' && what) label += ` (${fallback})`;
    while (out.nodes.some((n) => n.ref === label)) label += ' ′';
    out.nodes.push(
      bareNode({
        ref: label,
        kind: 'pricing',
        label,
        price: found.price,
        cite: ctx.cite(line),
        inferred: inferred('price-line', found.words),
      }),
    );
    ctx.relate(subj.node.ref, 'priced-by', label, line, inferred('price-line', found.words));
    subj.prices.push({ ref: label, amount: found.price.amount, what, prefix, label });
    const at = { priceRef: label, cite: ctx.cite(line), subjectRef: subj.node.ref };
    if (prefix) out.pricePrefixes.push({ ...at, prefix });
    const per = /\bper\s+(.+)$/i.exec(found.price.unitText ?? '')?.[1];
    if (per) out.pricePrefixes.push({ ...at, prefix: per, per: true });
  }
}
