import { capitalise, splitList } from '../names';
import { keyWord, type RelationClaim, type RelationRule, type RuleInput } from './types';

/**
 * "Use Cases: Hybrid cloud, data sovereignty" -> suited-for one use case each. A singular "Use Case:"
 * followed by a whole sentence ("Run ECS tasks on-premises for compliance, manage via the console")
 * describes one scenario: it stays a fact, since cutting it at commas would claim things it does not say.
 */
export const useCasesRule: RelationRule = {
  name: 'use-case-list',
  apply(input: RuleInput): RelationClaim[] {
    const k = keyWord(input.key);
    const plural = /^(?:use cases|good for|best for|ideal for|suited for)$/.test(k);
    const singular = /^use case$/.test(k);
    if (!plural && !singular) return [];
    const items = splitList(input.value);
    if (singular && input.value.trim().split(/\s+/).length > 4) return [];
    return items.map((item) => ({
      kind: 'suited-for',
      to: capitalise(item.replace(/\s*\([^()]*\)\s*$/, '')),
      toKind: 'use-case' as const,
      words: `${input.key}: ${item}`,
    }));
  },
};
