import { RELATION_KINDS, relationInfo, type RelationKind } from '../model/vocabulary';
import { slugify } from './names';

/*
 * A property or field name as people write it ("runs-on", "Runs on", "runs_on", "runsOn", "is built
 * on", "complies with") mapped to the vocabulary's relation kind; names the vocabulary does not know
 * become their own kind (a slug), so nothing a note states is lost or forced into a wrong verb.
 */

/** A name's slug: camelCase split, underscores and spaces to hyphens. */
export function relationSlug(name: string): string {
  return slugify(name.replace(/([a-z])([A-Z])/g, '$1-$2'));
}

const BY_NAME = new Map<string, RelationKind>();
for (const kind of RELATION_KINDS) {
  const verb = relationSlug(relationInfo(kind).verb);
  for (const name of [kind, verb, verb.replace(/^is-/, ''), verb.replace(/^is-an?-/, '')]) {
    if (!BY_NAME.has(name)) BY_NAME.set(name, kind);
  }
}

/** The vocabulary kind a name means, if it means one. */
export function vocabularyKind(name: string): RelationKind | undefined {
  return BY_NAME.get(relationSlug(name));
}

/** The relation kind for a name: the vocabulary's when it matches, otherwise the name's own slug. */
export function relationKindFor(name: string): { kind: string; known: boolean } {
  const known = vocabularyKind(name);
  return known ? { kind: known, known: true } : { kind: relationSlug(name), known: false };
}
