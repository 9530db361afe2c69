import { capitalise, splitList } from '../names';
import { keyWord, type RelationClaim, type RelationRule, type RuleInput } from './types';

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
 * "share open-source software" is also called "Sharing open-source software": an item that starts
 * with a lower-case verb gets its -ing form as another name. A noun that is not a verb only gains
 * an alias nobody uses.
 */
export function asGerund(item: string): string | undefined {
  const m = /^([a-z]{3,})(\s+.+)$/.exec(item.trim());
  if (!m || /(?:ing|s|ed|ly)$/.test(m[1]!)) return undefined;
  const verb = m[1]!;
  let ing: string;
  if (/[^e]e$/.test(verb)) ing = `${verb.slice(0, -1)}ing`;
  else if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) ing = `${verb}${verb.slice(-1)}ing`;
  else ing = `${verb}ing`;
  return capitalise(ing) + m[2]!;
}
