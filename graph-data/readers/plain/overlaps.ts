import type { DraftRelation } from '../draft';

/*
 * Rules over all of one reading's relations at once, where two lines say the same thing about one
 * pair of nodes in words of different reach.
 */

/** For a broad relation kind, the narrower kinds that say more about the same pair. */
const NARROWER: Record<string, string[]> = {
  // Auditing is a kind of monitoring: a tool listed under both is the service's audit tool.
  'monitored-with': ['audited-with'],
  // Monitoring and auditing are what a service sends its logs, metrics and events to a tool for: a tool
  // a note lists in one of those roles and also as an integration is kept once, in the role. Access
  // control and encryption name what guards the service rather than where its data goes, so a tool
  // there (IAM, KMS) stays an integration too.
  'integrates-with': ['monitored-with', 'audited-with'],
};

/** The relations without those that a narrower relation between the same two nodes already says. */
export function dropBroader(relations: DraftRelation[]): DraftRelation[] {
  const pairs = new Set(relations.map((r) => `${r.from}\u0001${r.kind}\u0001${r.to}`));
  return relations.filter(
    (r) => !(NARROWER[r.kind] ?? []).some((k) => pairs.has(`${r.from}\u0001${k}\u0001${r.to}`)),
  );
}
