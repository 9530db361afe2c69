import { nameAndQualifier, splitList } from '../names';
import { keyWord, type RelationClaim, type RelationRule, type RuleInput } from './types';

const KEYS = /^(?:compliance|compliant with|certifications?|complies with|compliance programs?)$/;

/** "Compliance: HIPAA, PCI, FIPS 140-2 (GovCloud)" -> complies-with each, the brackets as qualifier. */
export const complianceRule: RelationRule = {
  name: 'compliance-list',
  apply(input: RuleInput): RelationClaim[] {
    let list = '';
    if (KEYS.test(keyWord(input.key))) list = input.value;
    else {
      const m = /\b(?:complies with|compliant with|eligible for|certified for)\s+(.+)$/i.exec(input.text);
      if (m) list = m[1]!;
    }
    if (!list || /^(?:none|n\/a|unknown)\.?$/i.test(list.trim())) return [];
    return splitList(list).flatMap((item) => {
      const named = nameAndQualifier(item);
      if (!named) return [];
      return [
        {
          kind: 'complies-with',
          to: named.name,
          toKind: 'compliance' as const,
          ...(named.qualifier ? { qualifier: named.qualifier } : {}),
          words: input.key ? `${input.key}: ${item}` : item,
        },
      ];
    });
  },
};
