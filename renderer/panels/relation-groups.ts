import { isKnownRelation, relationInfo, type RelationKind } from '../../graph-data';

/** The headings the relation-kind filter is grouped under, in the order they are shown. */
export const RELATION_GROUPS = [
  { key: 'structure', label: 'Structure' },
  { key: 'runs', label: 'Runs and hosts' },
  { key: 'integrations', label: 'Integrations' },
  { key: 'compliance', label: 'Compliance' },
  { key: 'pricing', label: 'Pricing' },
  { key: 'comparisons', label: 'Comparisons and use cases' },
  { key: 'other', label: 'Other' },
] as const;

export type RelationGroupKey = (typeof RELATION_GROUPS)[number]['key'];

/*
 * Where each kind of the vocabulary belongs. Typed against RelationKind, so a kind added to the
 * vocabulary without a heading fails the build instead of silently landing under "Other".
 */
const GROUP_OF = {
  extends: 'structure',
  'deployment-option-of': 'structure',
  'built-on': 'structure',
  'distribution-of': 'structure',
  'has-component': 'structure',
  contains: 'structure',
  'instance-of': 'structure',
  'built-from': 'structure',
  'has-feature': 'structure',
  'runs-on': 'runs',
  'runs-workloads-on': 'runs',
  'provided-by': 'runs',
  'scales-with': 'runs',
  'provisions-through': 'runs',
  uses: 'integrations',
  requires: 'integrations',
  'registers-with': 'integrations',
  'integrates-with': 'integrations',
  'monitored-with': 'integrations',
  'audited-with': 'integrations',
  'encrypts-with': 'integrations',
  'controls-access-with': 'integrations',
  'stores-in': 'integrations',
  'caches-from': 'integrations',
  'load-balanced-by': 'integrations',
  'complies-with': 'compliance',
  'priced-by': 'pricing',
  'suited-for': 'comparisons',
  'alternative-to': 'comparisons',
  compares: 'comparisons',
  'links-to': 'other',
} as const satisfies Record<RelationKind, RelationGroupKey>;

/** The heading a relation kind is filed under; kinds from a user's own notes go under "Other". */
export function relationGroupOf(kind: string): RelationGroupKey {
  return isKnownRelation(kind) ? GROUP_OF[kind] : 'other';
}

export interface RelationKindGroup {
  key: RelationGroupKey;
  label: string;
  kinds: { kind: string; count: number }[];
}

/** Relation kinds (with their counts) under their headings: only headings that have a kind, each sorted by verb. */
export function groupRelationKinds(kinds: readonly { kind: string; count: number }[]): RelationKindGroup[] {
  return RELATION_GROUPS.map(({ key, label }) => ({
    key,
    label,
    kinds: kinds
      .filter((k) => relationGroupOf(k.kind) === key)
      .sort((a, b) => relationInfo(a.kind).verb.localeCompare(relationInfo(b.kind).verb)),
  })).filter((g) => g.kinds.length > 0);
}
