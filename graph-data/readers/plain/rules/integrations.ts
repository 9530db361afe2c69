import { nameAndQualifier, splitList, splitSlashedNames } from '../names';
import { isToolRoleKey } from './tool-roles';
import type { RelationClaim, RelationRule, RuleInput } from './types';

/**
 * "Integrates with A, B (for x)", "Integrated with ECS/EKS", "integrate with ALB", and "Elastic Load
 * Balancer integration is common" -> integrates-with each named item. Lines under a role key
 * ("Monitoring: Integrates with Prometheus") are left to the role rule, which says more.
 */
export const integrationsRule: RelationRule = {
  name: 'integrates-with-list',
  apply(input: RuleInput): RelationClaim[] {
    if (isToolRoleKey(input.key) || input.category === 'exam-tip') return [];
    const out: RelationClaim[] = [];
    const m = /\bintegrat(?:es|ed|e|ion)\s+with\s+(.+)$/i.exec(input.value);
    if (m) {
      for (const item of splitList(m[1]!).flatMap(splitSlashedNames)) {
        const named = nameAndQualifier(item);
        if (!named) continue;
        out.push({
          kind: 'integrates-with',
          to: named.name,
          toKind: 'integration',
          ...(named.qualifier ? { qualifier: named.qualifier } : {}),
          words: m[0],
        });
      }
    }
    const noun = /^(.+?)\s+integration\b/i.exec(input.value);
    if (noun && !m) {
      const named = nameAndQualifier(noun[1]!);
      if (named && !named.qualifier)
        out.push({ kind: 'integrates-with', to: named.name, toKind: 'integration', words: noun[0] });
    }
    return out;
  },
};
