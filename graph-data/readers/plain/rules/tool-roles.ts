import { nameAndQualifier, splitList, splitSlashedNames } from '../names';
import { keyWord, type RelationClaim, type RelationRule, type RuleInput } from './types';

/** Which relation a role key gives the tools it lists. */
const ROLES: [RegExp, string][] = [
  [/^(?:monitoring|observability|logging|metrics|tracing)$/, 'monitored-with'],
  [/^(?:auditing|audit|audit logging|governance)$/, 'audited-with'],
  [/^(?:encryption|encryption at rest|encryption in transit|key management)$/, 'encrypts-with'],
  [
    /^(?:access control|access|authentication|authorization|authorisation|identity|permissions)$/,
    'controls-access-with',
  ],
];

/**
 * Protocols name how, not with what: "Encryption: TLS" is a fact about the service, not a relation
 * to a node, so they are left out of the tool lists.
 */
const PROTOCOLS = new Set(['tls', 'ssl', 'mtls', 'https', 'ipsec', 'ssh', 'sftp']);

/** Whether a key is one of the role keys ("Monitoring", "Auditing", "Encryption", "Access Control"). */
export function isToolRoleKey(key: string | undefined): boolean {
  const k = keyWord(key);
  return ROLES.some(([re]) => re.test(k));
}

/** "Monitoring: CloudWatch for logs, X-Ray" -> monitored-with CloudWatch (for logs), X-Ray; likewise audit, encryption, access. */
export const toolRolesRule: RelationRule = {
  name: 'role-key-tools',
  apply(input: RuleInput): RelationClaim[] {
    const k = keyWord(input.key);
    const role = ROLES.find(([re]) => re.test(k))?.[1];
    if (!role) return [];
    const list = input.value.replace(/^\s*(?:integrates|works)\s+with\s+/i, '');
    return splitList(list)
      .flatMap(splitSlashedNames)
      .flatMap((item) => {
        const named = nameAndQualifier(item);
        if (!named || PROTOCOLS.has(named.name.split(' ')[0]!.toLowerCase())) return [];
        return [
          {
            kind: role,
            to: named.name,
            toKind: 'integration' as const,
            ...(named.qualifier ? { qualifier: named.qualifier } : {}),
            words: `${input.key}: ${item}`,
          },
        ];
      });
  },
};
