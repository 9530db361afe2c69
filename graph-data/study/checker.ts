import type { Graph } from '../model/schema';
import { formatPrice } from '../pricing/estimate';
import { implications, supports, type Truth } from './implications';
import { SCOPE, type Question, type QuestionOption } from './questions/types';

/** One way a question fails to be honest. */
export interface QuestionProblem {
  question: string;
  /** `second-answer`: a wrong option the graph supports; `unproven`: a wrong option not shown false. */
  kind: 'scope' | 'answer' | 'second-answer' | 'unproven' | 'options';
  message: string;
}

/** The truth, by the graph and what it implies, of one option of a question. */
export function optionTruth(graph: Graph, q: Question, option: QuestionOption): Truth {
  const imp = implications(graph);
  const b = q.basis;
  const node = option.node ? imp.index.node.get(option.node) : undefined;
  switch (b.type) {
    case 'relation':
      if (!option.node) return 'unknown';
      return b.ask === 'target'
        ? imp.relation(b.relation, b.anchor, option.node)
        : imp.relation(b.relation, option.node, b.anchor);
    case 'not-compliant': {
      // The option is "true" when it does NOT comply; only a documented list can say so.
      if (!option.node) return 'unknown';
      const complies = imp.relation('complies-with', option.node, b.compliance);
      if (supports(complies)) {
        const qualified = (imp.index.outgoing.get(option.node) ?? []).some(
          (e) => e.kind === 'complies-with' && e.target === b.compliance && e.qualifier,
        );
        const unconditional = (imp.index.outgoing.get(option.node) ?? []).some(
          (e) => e.kind === 'complies-with' && e.target === b.compliance && !e.qualifier,
        );
        return unconditional ? 'false' : qualified ? 'unknown' : 'false';
      }
      return complies === 'false' ? 'stated' : 'unknown';
    }
    case 'qualified-compliance': {
      if (!option.node) return 'unknown';
      const edges = (imp.index.outgoing.get(option.node) ?? []).filter(
        (e) => e.kind === 'complies-with' && e.target === b.compliance,
      );
      if (edges.some((e) => !e.qualifier)) return 'false';
      return edges.some((e) => e.qualifier === b.qualifier) ? 'stated' : 'unknown';
    }
    case 'price': {
      const price = imp.index.node.get(b.node)?.price;
      if (!price) return 'unknown';
      return option.label === formatPrice(price) ? 'stated' : 'false';
    }
    case 'facet':
      return node ? imp.facet(node, b.facet, b.value) : 'unknown';
    case 'definition':
      return option.node === b.node ? 'stated' : 'false';
  }
}

/**
 * Checks that a question is honest: it states its scope, its answer is what the graph supports, and
 * every other option is shown false by the graph and its implications (a service running workloads on
 * Fargate is billed by Fargate's units; a use case listed for one service proves nothing against another;
 * symmetric relations hold both ways; chains of structural relations carry over). Empty when honest.
 */
export function checkQuestion(graph: Graph, q: Question): QuestionProblem[] {
  const problems: QuestionProblem[] = [];
  const add = (kind: QuestionProblem['kind'], message: string) =>
    problems.push({ question: q.id, kind, message });
  if (!q.prompt.startsWith(SCOPE)) add('scope', `the prompt does not open with "${SCOPE.trim()}"`);
  const labels = q.options.map((o) => o.label.toLowerCase());
  if (q.options.length < 3 || new Set(labels).size !== labels.length)
    add('options', `has ${q.options.length} options, or repeats one`);
  for (const option of q.options) {
    const truth = optionTruth(graph, q, option);
    if (option.id === q.answer) {
      if (!supports(truth)) add('answer', `the answer '${option.label}' is ${truth} by the graph`);
    } else if (supports(truth))
      add('second-answer', `the wrong option '${option.label}' is ${truth} by the graph`);
    else if (truth !== 'false')
      add('unproven', `the wrong option '${option.label}' is not shown false (${truth})`);
  }
  return problems;
}
