import type { DraftRelation } from '../draft';

/*
 * Rules over all of one reading's relations at once, where two lines say the same thing about one
 * pair of nodes in words of different reach.
 */

/**
 * For a broad relation kind, the narrower kinds that say more about the same pair, and how far
 * apart the two may be read for the narrower to stand for both: anywhere in the notes read together
 * (`note`), or only on the same line of the same file (`line`).
 */
const NARROWER: Record<string, { kinds: string[]; scope: 'note' | 'line' }> = {
  // Auditing is a kind of monitoring: a tool listed under both is the service's audit tool.
  'monitored-with': { kinds: ['audited-with'], scope: 'note' },
  // Monitoring and auditing are what a service sends its logs, metrics and events to a tool for: a
  // line that lists a tool in that role and calls it an integration ("Monitoring: integrates with
  // Prometheus") names one role, not two. Where one line says the service integrates with a tool and
  // another that it is monitored with it, the note says both, and both are kept. Access control and
  // encryption name what guards the service rather than where its data goes, so a tool there (IAM,
  // KMS) stays an integration too.
  'integrates-with': { kinds: ['monitored-with', 'audited-with'], scope: 'line' },
};

/** The relations without those that a narrower relation between the same two nodes already says. */
export function dropBroader(relations: DraftRelation[]): DraftRelation[] {
  const key = (r: DraftRelation, kind: string, scope: 'note' | 'line') =>
    [r.from, kind, r.to, ...(scope === 'line' ? [r.cite.file, r.cite.line] : [])].join('\u0001');
  const said = new Set(relations.flatMap((r) => [key(r, r.kind, 'note'), key(r, r.kind, 'line')]));
  return relations.filter((r) => {
    const narrower = NARROWER[r.kind];
    return !narrower?.kinds.some((k) => said.has(key(r, k, narrower.scope)));
  });
}
