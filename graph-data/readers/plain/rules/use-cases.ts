import { capitalise, splitList } from '../names';
import { NOT_A_KIND } from './capabilities';
import { useWithOwn } from './integrations';
import { isToolRoleKey } from './tool-roles';
import { keyWord, type RelationClaim, type RelationRule, type RuleInput } from './types';
import { isExampleKey, keyCategory } from '../sections';

/**
 * "Use Cases: Hybrid cloud, data sovereignty" -> suited-for one use case each. A singular "Use Case:"
 * followed by a whole sentence ("Run ECS tasks on-premises for compliance, manage via the console")
 * describes one scenario: it stays a fact, since cutting it at commas would claim things it does not say.
 */
export const useCasesRule: RelationRule = {
  name: 'use-case-list',
  apply(input: RuleInput): RelationClaim[] {
    const k = keyWord(input.key);
    const plural = /^(?:use cases|good for|best for|ideal for|suited for)$/.test(k);
    const singular = /^use case$/.test(k);
    if (!plural && !singular) return [];
    const items = splitList(input.value);
    if (singular && input.value.trim().split(/\s+/).length > 4) return [];
    return items.map((item, i) => {
      const shared = sharedNoun(item, items[i + 1]);
      const name = shared ?? item.replace(/\s*\([^()]*\)\s*$/, '');
      const gerund = asGerund(name);
      return {
        kind: 'suited-for',
        to: capitalise(name),
        toKind: 'use-case' as const,
        words: shared ? `${input.key}: ${item}, ${items[i + 1]!}` : `${input.key}: ${item}`,
        ...(gerund ? { aliases: [gerund] } : {}),
        ...(shared ? { rule: SHARED_NOUN } : {}),
      };
    });
  },
};

/** The rule that gives a lone describing word the noun of the next item. */
export const SHARED_NOUN = 'shared-noun';

/** Endings of nouns ("compliance", "security", "storage", "microservices"): such a word stands alone. */
const NOUN_ENDING = /(?:ance|ence|ity|ment|ing|ness|tion|sion|ty|cy|ism|ship|age|ure|ery|s)$/i;

/**
 * "Complex, portable apps": a lone word that describes (no noun ending, not a name) followed by an
 * item that ends in a plural noun shares that noun: "Complex apps". Undefined when the item stands
 * alone ("Compliance, batch jobs"; "Backup, disaster recovery", whose last noun is not plural).
 */
export function sharedNoun(item: string, next: string | undefined): string | undefined {
  const word = item.trim();
  const words = next?.trim().split(/\s+/) ?? [];
  const head = words[words.length - 1] ?? '';
  if (/\s/.test(word) || words.length < 2 || !/^[a-z]+s$/.test(head) || /ss$/.test(head)) return undefined;
  if (NOUN_ENDING.test(word) || /[A-Z].*[A-Z]|\d/.test(word) || !/^[A-Za-z][a-z-]+$/.test(word))
    return undefined;
  return `${word} ${head}`;
}

/**
 * Verbs a use-case list opens an item with ("store Docker images", "share open-source software"). A
 * use case is far more often a noun phrase ("data sovereignty", "batch processing", "web apps"), and
 * its first word read as a verb would give it a name nobody uses ("Dataing sovereignty"), so only
 * these common verbs of the kind get their -ing form.
 */
const USE_CASE_VERBS = new Set(
  (
    'analyse analyze archive audit automate avoid back build cache connect consolidate control ' +
    'cut deliver deploy develop distribute encrypt extend host ingest integrate keep leverage ' +
    'lift manage migrate modernise modernize monitor move orchestrate protect provision query ' +
    'reduce replicate reuse run save scale secure serve share ship standardise standardize store ' +
    'stream test train transcode use'
  ).split(' '),
);

/**
 * "share open-source software" is also called "Sharing open-source software": an item that starts
 * with a lower-case verb (one of USE_CASE_VERBS) gets its -ing form as another name.
 */
export function asGerund(item: string): string | undefined {
  const m = /^([a-z]{3,})(\s+.+)$/.exec(item.trim());
  if (!m || !USE_CASE_VERBS.has(m[1]!)) return undefined;
  const verb = m[1]!;
  let ing: string;
  if (/[^e]e$/.test(verb)) ing = `${verb.slice(0, -1)}ing`;
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) ing = `${verb}${verb.slice(-1)}ing`;
  else ing = `${verb}ing`;
  return capitalise(ing) + m[2]!;
}

/**
 * "Machine Learning: Use Kubeflow w/ EKS to model ML" under EKS: a line that says to use a tool with
 * the service, under a key of its own, names in its key what the service is used for.
 */
export const useKeyRule: RelationRule = {
  name: 'use-key',
  apply(input: RuleInput): RelationClaim[] {
    const key = input.key?.trim();
    if (!key || keyCategory(key) || isExampleKey(key) || isToolRoleKey(key) || input.category === 'exam-tip')
      return [];
    if (!/^[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,3}$/.test(key)) return [];
    const use = useWithOwn(input);
    if (!use) return [];
    return [
      { kind: 'suited-for', to: capitalise(key), toKind: 'use-case', words: `${key}: ${use[0].trim()}` },
    ];
  },
};

const FOR_WORKLOADS = /\bfor\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(workloads|applications|apps|jobs)\b/i;

/**
 * "Low Latency: Local execution for edge workloads" -> suited-for "Edge workloads": the kind of work
 * a line says the service serves. Not a count ("for multiple workloads"), and not in cost strategies
 * or exam tips, where "for" says what a saving or a tip is for.
 */
export const forWorkloadsRule: RelationRule = {
  name: 'for-workloads',
  apply(input: RuleInput): RelationClaim[] {
    if (!input.subjectNames || !WORKLOAD_CATEGORIES.has(input.category)) return [];
    const m = FOR_WORKLOADS.exec(input.value);
    if (!m || NOT_A_KIND.test(m[1]!.split(/\s+/)[0]!)) return [];
    return [
      {
        kind: 'suited-for',
        to: capitalise(`${m[1]!} ${m[2]!.toLowerCase()}`),
        toKind: 'use-case',
        words: m[0],
      },
    ];
  },
};

/** Lines that say what a service does well; use-case lines are read as lists by use-case-list. */
const WORKLOAD_CATEGORIES = new Set(['performance', 'feature', 'definition', 'note', 'resilience']);

/** The rule that reads "Run <kind of work> with <Name>" in a use case as what the named thing serves. */
export const RUN_WITH = 'run-with';

/** "Run microservices with Fargate": a running verb, a common plural noun (the work), "with", a name. */
const RUN_WITH_CLAUSE =
  /^(?:run|running|host|hosting|serve|serving|deploy|deploying)\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*[^s\W]s)\s+(?:with|on|using)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})$/;

/**
 * "Use Case: Run microservices with Fargate, integrate with ALB" under ECS: the work (a common noun
 * in the plural, "microservices") is what the service is suited for, and what the named thing it is
 * run with (Fargate) is suited for too. Only in a use-case line, one clause at a time, and only for
 * a named thing: "Run Kubernetes app with pods" names no kind of work in the plural and no thing.
 */
export const runWithRule: RelationRule = {
  name: RUN_WITH,
  apply(input: RuleInput): RelationClaim[] {
    if (input.category !== 'use-case' || !input.subjectNames) return [];
    return input.value.split(/[,;]/).flatMap((clause) => {
      const written = clause.trim().replace(/[.]+$/, '');
      // The verb opens the clause, capitalised or not; the name after it keeps its capitals.
      const m = RUN_WITH_CLAUSE.exec(written.replace(/^[A-Z]/, (c) => c.toLowerCase()));
      if (!m) return [];
      const work = capitalise(m[1]!);
      const named = m[2]!;
      const own = input.subjectNames!.some((n) => n.toLowerCase() === named.toLowerCase());
      const words = `${input.key ?? 'Use case'}: ${written}`;
      return [
        { kind: 'suited-for', to: work, toKind: 'use-case' as const, words },
        ...(own ? [] : [{ kind: 'suited-for', to: work, toKind: 'use-case' as const, from: named, words }]),
      ];
    });
  },
};
