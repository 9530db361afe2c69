import type { Graph } from '../model/schema';
import { relationInfo } from '../model/vocabulary';
import { formatPrice } from '../pricing/estimate';
import type { Question } from './questions';

/**
 * An independent check of one question against the graph, for tests. Returns the problems found (empty when
 * the question has exactly one option the graph supports, it is the answer, and every other option is
 * provably false). Written separately from the generator, from the graph's edges and facets directly.
 */
export function questionProblems(graph: Graph, q: Question): string[] {
  const problems: string[] = [];
  const ids = q.options.map((o) => o.id);
  const labels = q.options.map((o) => o.label.toLowerCase());
  if (q.options.length < 3 || q.options.length > 4) problems.push(`has ${q.options.length} options`);
  if (new Set(ids).size !== ids.length) problems.push('repeats an option id');
  if (new Set(labels).size !== labels.length) problems.push('repeats an option label');
  if (ids.filter((id) => id === q.answer).length !== 1)
    problems.push('the answer is not exactly one of the options');
  const node = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgesBetween = (a: string, b: string) =>
    graph.edges.filter((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

  const truth = (optionId: string): boolean | 'unproven' => {
    const b = q.basis;
    const option = q.options.find((o) => o.id === optionId)!;
    switch (b.type) {
      case 'relation': {
        const o = option.node!;
        const symmetric = relationInfo(b.relation).verb === relationInfo(b.relation).inverse;
        const holds = graph.edges.some(
          (e) =>
            e.kind === b.relation &&
            ((b.ask === 'target' && e.source === b.anchor && e.target === o) ||
              (b.ask === 'source' && e.target === b.anchor && e.source === o) ||
              (symmetric &&
                ((e.source === b.anchor && e.target === o) || (e.target === b.anchor && e.source === o)))),
        );
        if (holds) return true;
        // Provably false: no edge of any kind between the option and the node asked about, and, when asking
        // which node complies with / runs on something, the option's own list is documented.
        if (edgesBetween(b.anchor, o).length > 0 || o === b.anchor) return 'unproven';
        if (b.ask === 'source' && (b.relation === 'complies-with' || b.relation === 'runs-on')) {
          const n = node.get(o)!;
          const listed = graph.edges.some((e) => e.kind === b.relation && e.source === o);
          const cloudOnly =
            b.relation === 'runs-on' &&
            n.hosting.length > 0 &&
            n.hosting.every((h) => h.value === 'aws-cloud');
          if (!listed && !cloudOnly) return 'unproven';
        }
        return false;
      }
      case 'not-compliant': {
        const o = option.node!;
        const edges = graph.edges.filter(
          (e) => e.kind === 'complies-with' && e.source === o && e.target === b.compliance,
        );
        // "True" for this question means "does NOT comply".
        if (edges.length === 0) {
          const documented = graph.edges.some((e) => e.kind === 'complies-with' && e.source === o);
          return documented && edgesBetween(o, b.compliance).length === 0 ? true : 'unproven';
        }
        return edges.some((e) => !e.qualifier) ? false : 'unproven';
      }
      case 'qualified-compliance': {
        const o = option.node!;
        const edges = graph.edges.filter(
          (e) => e.kind === 'complies-with' && e.source === o && e.target === b.compliance,
        );
        // "True" means: complies only under this condition.
        if (edges.some((e) => !e.qualifier)) return false;
        return edges.some((e) => e.qualifier === b.qualifier) ? true : 'unproven';
      }
      case 'price': {
        const price = node.get(b.node)?.price;
        if (!price) return 'unproven';
        return option.label === formatPrice(price);
      }
      case 'facet': {
        const n = node.get(option.node!)!;
        const list = n[b.facet] as { value: string }[];
        if (list.some((f) => f.value === b.value)) return true;
        return list.length > 0 ? false : 'unproven';
      }
      case 'definition':
        return option.node === b.node;
    }
  };
  for (const o of q.options) {
    const t = truth(o.id);
    if (t === 'unproven') problems.push(`option '${o.label}' is neither supported nor provably false`);
    else if (t && o.id !== q.answer) problems.push(`distractor '${o.label}' is also true`);
    else if (!t && o.id === q.answer) problems.push(`the answer '${o.label}' is not supported by the graph`);
  }
  for (const f of q.focusNodes) if (!node.has(f)) problems.push(`focus node '${f}' is not in the graph`);
  return problems.map((p) => `${q.id}: ${p}`);
}
