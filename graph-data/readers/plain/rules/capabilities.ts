import { capitalise } from '../names';
import { opensClause, type RelationClaim, type RelationRule, type RuleInput } from './types';

/*
 * Capabilities written as what the service does rather than as a name: "Runs in air-gapped
 * environments", "Supports autoscaling vertically and horizontally". Each reads a feature named by
 * the line's own words, turned into a noun phrase.
 */

/** Lines that say what a service can do. */
const CAPABILITY_CATEGORIES = new Set(['feature', 'definition', 'note', 'update']);

/** Words that count or point rather than describe: "multiple environments" names no kind of environment. */
export const NOT_A_KIND =
  /^(?:multiple|many|several|all|any|different|various|other|most|some|both|these|those|such|every|each|your|their|its|our|the|a|an|mixed|diverse|numerous)$/i;

const RUNS_IN =
  /\b(?:runs?|operates?|works?)\s+(?:only\s+|even\s+|also\s+)?in\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+environments?\b/i;

/**
 * "Runs in air-gapped environments" -> the feature "Air-gapped operation": running in a kind of
 * environment is a capability of the service. Only a kind ("air-gapped", "regulated"), not a count
 * ("multiple environments"), and only when the service is what runs (the verb opens the line or
 * clause).
 */
export const environmentsRule: RelationRule = {
  name: 'runs-in-environments',
  apply(input: RuleInput): RelationClaim[] {
    if (!input.subjectNames || !CAPABILITY_CATEGORIES.has(input.category)) return [];
    const m = RUNS_IN.exec(input.value);
    if (!m || !opensClause(input.value, m.index, input.subjectNames)) return [];
    const kind = m[1]!;
    if (NOT_A_KIND.test(kind.split(/\s+/)[0]!)) return [];
    return [{ kind: 'has-feature', to: capitalise(`${kind} operation`), toKind: 'feature', words: m[0] }];
  },
};

/** Adverbs of "-ic" adjectives end in "-ically" as those of "-ical" ones do: these few are "-ic". */
const IC_ADVERB = /(?:automat|dynam|programmat|period|elast|atom|bas|specif|strateg)ically$/i;

/** "vertically" -> "vertical", "automatically" -> "automatic", "steadily" -> "steady". */
export function adjectiveOf(adverb: string): string {
  if (IC_ADVERB.test(adverb)) return adverb.replace(/ally$/i, '');
  if (/ily$/i.test(adverb)) return adverb.replace(/ily$/i, 'y');
  return adverb.replace(/ly$/i, '');
}

const SUPPORTS_BOTH_WAYS =
  /^supports?\s+(?:an?\s+|the\s+)?([A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+([a-z]{3,}ly)\s*(?:,\s*|\s+)(?:and|or|&)\s+([a-z]{3,}ly)\b/i;

/** Whether a line names two kinds of a capability with two adverbs (read by the rule below, not as one feature). */
export function namesBothWays(value: string): boolean {
  return SUPPORTS_BOTH_WAYS.test(value.trim());
}

/**
 * "Supports autoscaling vertically and horizontally" -> the features "Vertical autoscaling" and
 * "Horizontal autoscaling": two adverbs joined by "and"/"or" after a capability name two kinds of it.
 */
export const bothWaysRule: RelationRule = {
  name: 'supports-both-ways',
  apply(input: RuleInput): RelationClaim[] {
    if (!CAPABILITY_CATEGORIES.has(input.category)) return [];
    const m = SUPPORTS_BOTH_WAYS.exec(input.value.trim());
    if (!m) return [];
    // "Autoscaling" written with a capital for emphasis is a common noun; "EventBridge" keeps its name.
    const capability = m[1]!.replace(/^[A-Z](?=[a-z-]*(?:\s|$))/, (c) => c.toLowerCase());
    return [m[2]!, m[3]!].map((adverb) => ({
      kind: 'has-feature',
      to: capitalise(`${adjectiveOf(adverb).toLowerCase()} ${capability}`),
      toKind: 'feature' as const,
      words: m[0],
    }));
  },
};
