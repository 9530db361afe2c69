import { distributeSharedNoun, isNameWord, nameAndQualifier, splitList, splitSlashedNames } from '../names';
import { isComputeName, isPlacementList, isPlatformName } from './runs-on';
import { isToolRoleKey } from './tool-roles';
import { isAdvice, type RelationClaim, type RelationRule, type RuleInput } from './types';

/**
 * "Use Kubeflow w/ EKS to model ML" under EKS: the tools used (1), the line's own service (2) and the
 * purpose (3). Undefined for other lines, and for cost strategies ("Use Savings Plans with X").
 */
export function useWithOwn(input: RuleInput): RegExpExecArray | undefined {
  if (input.category === 'cost-strategy') return undefined;
  const use = /\buse\s+(.+?)\s+(?:with|w\/)\s+(.+?)(?:\s+(to\s+.+?|for\s+.+?))?[.;]?$/i.exec(input.value);
  const own = (input.subjectNames ?? []).map((n) => n.toLowerCase());
  return use && own.includes(use[2]!.trim().toLowerCase()) ? use : undefined;
}

/**
 * "Integrates with A, B (for x)", "Integrated with ECS/EKS", "integrate with ALB", "Elastic Load
 * Balancer integration is common" and "Use Kubeflow with EKS to ..." (the line's own service after
 * "with") -> integrates-with each named item. Lines under a role key
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
    // "Use Kubeflow w/ EKS to model ML": a tool used with the service the line is about.
    const use = useWithOwn(input);
    if (use && !m)
      for (const item of splitList(use[1]!).flatMap(splitSlashedNames)) {
        const named = nameAndQualifier(item);
        if (!named || named.qualifier) continue;
        out.push({
          kind: 'integrates-with',
          to: named.name,
          toKind: 'integration',
          ...(use[3] ? { qualifier: use[3] } : {}),
          words: use[0],
        });
      }
    const noun = /^(.+?)\s+integration\b/i.exec(input.value);
    if (noun && !m)
      for (const item of splitList(noun[1]!)) {
        const named = nameAndQualifier(item);
        // "Continuous integration": one capitalised word opening a line may be any word, not a name.
        const oneWord = named && !named.name.includes(' ') && !/.[A-Z0-9]/.test(named.name);
        if (named && !named.qualifier && !(oneWord && item === noun[1]))
          out.push({ kind: 'integrates-with', to: named.name, toKind: 'integration', words: noun[0] });
      }
    return out;
  },
};

/**
 * "Supports EC2, Fargate, ECS Anywhere for compute": the named products in a "supports" list that are
 * neither platforms nor compute (those are runs-on / runs-workloads-on) are services it works with.
 * "Supports a Hybrid Deployment" (with an article) is a capability, left to the feature rule.
 */
export const supportsNamedRule: RelationRule = {
  name: 'supports-named-product',
  apply(input: RuleInput): RelationClaim[] {
    if (isAdvice(input.category) || input.category === 'performance') return [];
    const m = /^supports?\s+(?!an?\s|the\s)(.+)$/i.exec(input.value);
    if (!m) return [];
    const forWhat = /\s+(for\s+[a-z][^,]*)$/i.exec(m[1]!);
    const list = forWhat ? m[1]!.slice(0, forWhat.index) : m[1]!;
    const out: RelationClaim[] = [];
    const known = (name: string) => isPlatformName(name) || isComputeName(name);
    // "Network and Application Load-Balancers": two load balancers, the noun written once.
    const items = distributeSharedNoun(splitList(list).flatMap(splitSlashedNames), known);
    // A list of places to run is the runs-on rule's ("Supports EC2, Fargate, ECS Anywhere for compute").
    if (isPlacementList(items, forWhat?.[1])) return [];
    // A lone describing word whose noun is not shared ("Linux and Windows"): not a name.
    if (items.some((i) => !/\s/.test(i.trim()) && !/[A-Z].*[A-Z]/.test(i) && !known(i))) return [];
    for (const item of items) {
      const named = nameAndQualifier(item);
      if (!named || named.qualifier || !named.name.split(' ').every(isNameWord)) continue;
      if (known(named.name)) continue;
      // "Load-Balancer" is also written "Load Balancer": two capitalised words joined by a hyphen.
      const spaced = named.name.replace(/\b([A-Z][a-z]+)-(?=[A-Z])/g, '$1 ');
      out.push({
        kind: 'integrates-with',
        to: named.name,
        toKind: 'integration',
        ...(spaced !== named.name ? { aliases: [spaced] } : {}),
        ...(forWhat ? { qualifier: forWhat[1]!.replace(/[.;]+$/, '') } : {}),
        words: m[0],
      });
    }
    return out;
  },
};
