import { isExampleKey } from '../sections';
import type { RelationClaim, RelationRule, RuleInput } from './types';

/**
 * "Cluster: Kubernetes control plane + worker nodes (EC2/Fargate)": a concept defined as a sum of
 * things is made of them. Only the named terms (starting with a capital letter) become parts, so that
 * a common noun ("worker nodes") stays words of the description.
 */
export const partsSumRule: RelationRule = {
  name: 'parts-sum',
  apply(input: RuleInput): RelationClaim[] {
    if (input.category !== 'concept' || !input.key || isExampleKey(input.key)) return [];
    const clause = input.value.split(/[.;,:](?:\s|$)/)[0] ?? '';
    const terms = clause.split(/\s+\+\s+/);
    if (terms.length < 2) return [];
    return terms.flatMap((t) => {
      const name = t.replace(/\([^()]*\)/g, '').trim();
      if (!/^[A-Z]/.test(name) || name.split(/\s+/).length > 5) return [];
      return [
        { kind: 'has-component', to: name, toKind: 'component' as const, words: `${input.key}: ${clause}` },
      ];
    });
  },
};
