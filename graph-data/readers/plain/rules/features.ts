import { capitalise, isNameWord, splitList } from '../names';
import { namesBothWays } from './capabilities';
import { isPlatformName } from './runs-on';
import { keyWord, type RelationClaim, type RelationRule, type RuleInput } from './types';

/** "image scanning for vulnerabilities" -> "image scanning"; "Autoscaling vertically" -> "Autoscaling". */
function featurePhrase(s: string): string {
  return s
    .replace(/\s*\([^()]*\)\s*/g, ' ')
    .replace(/^(?:a|an|the)\s+/i, '')
    .split(/\s+(?:for|with|to|in|on|via|across|using)\s+/i)[0]!
    .split(/\s+/)
    .filter((w) => !/ly$/i.test(w))
    .join(' ')
    .replace(/[.:;,]+$/, '')
    .trim();
}

/** What an "Updates:" line says was added: told apart, since it may be news about a part already listed. */
export const UPDATE_RULE = 'update-feature';

const isProperName = (s: string) => s.split(/\s+/).every(isNameWord);

/**
 * Capabilities a line states outright: "X is/are supported", "Supports <capability>" (not a named
 * product or platform: those are other relations), a "Supports <capability>: ..." key, and what an
 * "Updates:" line says was added ("Extended support for legacy Kubernetes versions (2024)").
 */
export const featuresRule: RelationRule = {
  name: 'stated-feature',
  apply(input: RuleInput): RelationClaim[] {
    if (!['feature', 'definition', 'note', 'update'].includes(input.category)) return [];
    const found: { name: string; words: string; aliases?: string[]; rule?: string }[] = [];
    const k = keyWord(input.key);
    const supported = /^(.+?)\s+(?:is|are)\s+(?:also\s+)?supported\b/i.exec(input.text);
    if (supported && !/^(?:it|this|that|has to be)$/i.test(supported[1]!.trim()))
      found.push({ name: featurePhrase(supported[1]!), words: supported[0] });
    const keyed = /^supports?\s+(.+)$/i.exec(input.key ?? '');
    if (keyed) found.push({ name: featurePhrase(keyed[1]!), words: input.key! });
    const verb = !keyed && !namesBothWays(input.value) && /^supports?\s+(.+)$/i.exec(input.value);
    if (verb) {
      const items = splitList(verb[1]!);
      const article = /^(?:an?|the)\s/i.test(verb[1]!);
      const named = items.some((i) => isPlatformName(i) || isProperName(featurePhrase(i)));
      const phrase = featurePhrase(verb[1]!);
      if ((article || !named) && phrase) found.push({ name: phrase, words: verb[0] });
    }
    if (k === 'updates' || (input.parentKey && keyWord(input.parentKey) === 'updates')) {
      for (const item of splitList(input.value)) {
        if (/\bintegration\b/i.test(item)) continue;
        const cut = featurePhrase(item);
        const words = `${input.key ?? 'Updates'}: ${item}`;
        if (!isProperName(cut)) {
          if (cut) found.push({ name: cut, words, rule: UPDATE_RULE });
          continue;
        }
        // "GuardDuty for container runtime monitoring": the whole phrase names the feature; the
        // product alone does not, so the capability after "for" is its other name.
        const whole = item.replace(/\s*\([^()]*\)\s*$/, '').trim();
        const tail = /\s(?:for|with)\s+(.+)$/i.exec(whole)?.[1];
        const alias = cut.includes(' ') ? cut : tail;
        found.push({
          name: whole,
          words,
          rule: UPDATE_RULE,
          ...(alias && alias !== whole ? { aliases: [capitalise(alias)] } : {}),
        });
      }
    }
    return found
      .filter((f) => f.name.length > 2)
      .map((f) => ({
        kind: 'has-feature',
        to: capitalise(f.name),
        toKind: 'feature' as const,
        words: f.words,
        ...(f.aliases ? { aliases: f.aliases } : {}),
        ...(f.rule ? { rule: f.rule } : {}),
      }));
  },
};

/** The rule that reads "<Capability> allows you to ..." as a feature. */
export const ALLOWS_RULE = 'capability-allows';

/** "Batch Processing allows you to", "Auto scaling lets teams": a short noun phrase opening the line, then the verb. */
const ALLOWS =
  /^([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})\s+(?:allows?|lets?|enables?)\s+(?:you|users|teams|customers|developers|operators)\b/;
/** The head noun of a capability names an activity or a quality ("processing", "replication", "discovery", "storage"). */
const CAPABILITY_HEAD = /(?:ing|tion|sion|ment|ance|ence|ity|ery|age)$/i;

/**
 * "Batch Processing allows you to plan, schedule and execute batch workloads" -> the feature "Batch
 * Processing": a capability named at the start of a line about a service, which the line says lets
 * you do something. Only a noun phrase whose last word names an activity or quality (so that
 * "Kubernetes allows you to ..." or "The console lets you ..." names no feature), and not the
 * service's own name.
 */
export const allowsRule: RelationRule = {
  name: ALLOWS_RULE,
  apply(input: RuleInput): RelationClaim[] {
    if (!input.subjectNames || !['feature', 'definition', 'note'].includes(input.category)) return [];
    const m = ALLOWS.exec(input.value.trim());
    if (!m) return [];
    const name = m[1]!;
    const words = name.split(/\s+/);
    if (!CAPABILITY_HEAD.test(words[words.length - 1]!)) return [];
    if (input.subjectNames.some((n) => n.toLowerCase() === name.toLowerCase())) return [];
    return [{ kind: 'has-feature', to: name, toKind: 'feature', words: m[0] }];
  },
};

const NAME_WORD = String.raw`(?:[A-Z][\w.-]*|[a-z]+[A-Z][\w-]*)`;
/** "optional Enterprise Subscriptions for support": lower-case modifiers, a name, and what it is for. */
const NAMED_FOR = new RegExp(
  String.raw`^(?:[a-z][\w-]*\s+){0,3}(${NAME_WORD}(?:\s+${NAME_WORD})*)\s+for\s+(.+)$`,
);
/** Verbs a features list starts its sentences with: such a line is a statement, read by other rules. */
const LEADING_VERB =
  /^(?:supports?|runs?|uses?|integrates?|deploys?|includes?|provides?|offers?|allows?|enables?|built|works?|lets?|scales?|manages?|stores?|registers?|caches?)$/i;

/**
 * A features list item that is a name and what it is for, with no verb: "Public ECR for sharing
 * images globally", "optional Enterprise Subscriptions for support". The name is a feature of the
 * service, or a part of it when it is the service's own name with a modifier ("Public ECR" under ECR).
 */
export const namedFeatureRule: RelationRule = {
  name: 'named-feature',
  apply(input: RuleInput): RelationClaim[] {
    if (input.category !== 'feature' || input.key) return [];
    const own = (input.subjectNames ?? []).map((n) => n.toLowerCase());
    // "Supports EC2, Fargate, ECS Anywhere for compute" is a statement: the verb's rules read it.
    if (LEADING_VERB.test(input.value.trim().split(/\s+/)[0] ?? '')) return [];
    return splitList(input.value).flatMap((item) => {
      const m = NAMED_FOR.exec(item.trim());
      if (!m) return [];
      const name = m[1]!;
      const words = name.split(/\s+/);
      // One capitalised word at the start of a sentence may be any word: a name needs two, or an acronym.
      if (words.length < 2 && !/[A-Z]{2}/.test(name)) return [];
      const part = words.some((w) => own.includes(w.toLowerCase())) && !own.includes(name.toLowerCase());
      return [
        {
          kind: part ? 'has-component' : 'has-feature',
          to: name,
          toKind: part ? ('component' as const) : ('feature' as const),
          qualifier: `for ${m[2]!.replace(/[.;]+$/, '')}`,
          words: item.trim(),
        },
      ];
    });
  },
};
