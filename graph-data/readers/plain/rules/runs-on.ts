import { isNameWord, nameAndQualifier, splitList, splitSlashedNames } from '../names';
import { isExampleKey } from '../sections';
import { isAdvice, opensClause, type RelationClaim, type RelationRule, type RuleInput } from './types';

/*
 * "Supports / runs on / deploys ... on X" names the infrastructure a service installs on (runs-on a
 * platform) or the compute its workloads are placed on (runs-workloads-on). Which one an item is comes
 * from two short lists of well-known names below; anything else a "supports" line names is not
 * claimed here (the feature rule may read it).
 */
const ON_PREMISES = /^\s*on[- ]prem(?:ise|ises)?\s*$/i;
const PLATFORMS: RegExp[] = [
  /\bvmware\b|\bvsphere\b/i,
  /\bbare[- ]metal\b/i,
  /\bnutanix\b/i,
  /\bcloudstack\b/i,
  /\bopenstack\b/i,
  /\b(?:aws )?snow(?:ball|cone| family)?\b/i,
  /\boutposts?\b/i,
  /\blocal zones?\b/i,
  /\bwavelength\b/i,
  /\braspberry pi\b/i,
  /\bhyper-v\b|\bkvm\b|\bproxmox\b/i,
  /\bon-premises servers?\b|\bdata cent(?:er|re)s?\b/i,
  // On-premises as a whole item ("EC2 or on-premises"), not a word inside a longer phrase.
  ON_PREMISES,
];
const COMPUTE: RegExp[] = [/^(?:amazon |aws )?ec2$/i, /^(?:aws |amazon )?fargate$/i, /^(?:aws )?lambda$/i];

const isProperName = (s: string) => s.split(/\s+/).every(isNameWord);

const VERBS =
  /\b(?:supports?|runs? on|run on|deploy(?:s|ed)?\b.*?\bon|install(?:s|ed)?\b.*?\bon|hosted on|available on)\s+(.+)$/i;

/** Whether a name is infrastructure a service can be installed on. */
export function isPlatformName(name: string): boolean {
  return PLATFORMS.some((re) => re.test(name));
}

/** Whether a name is compute that workloads are placed on (EC2, Fargate, Lambda). */
export function isComputeName(name: string): boolean {
  return COMPUTE.some((re) => re.test(name));
}

/** "for compute", "for hosting", "to run workloads": a purpose that says the items are where work runs. */
const PLACEMENT_PURPOSE = /^(?:for\s+(?:compute|hosting|capacity|running\b|workloads)|to\s+(?:run|host)\b)/i;

/**
 * Whether a "Supports A, B, C" list names places to run: its purpose says so ("for compute"), or,
 * with no purpose given, most of its items are known platforms or compute. Such a list is of one
 * sort, so its other named items are places to run too, not integrations.
 */
export function isPlacementList(items: string[], purpose: string | undefined): boolean {
  if (purpose) return PLACEMENT_PURPOSE.test(purpose.trim());
  const known = items.filter((i) => isPlatformName(i) || isComputeName(i.trim())).length;
  return known >= 2 && known * 2 >= items.length;
}

/** "Supports VMware vSphere, Bare Metal" -> runs-on; "runs on EC2/Fargate" -> runs-workloads-on. */
export const runsOnRule: RelationRule = {
  name: 'runs-on-list',
  apply(input: RuleInput): RelationClaim[] {
    const m = VERBS.exec(input.value);
    if (!m || isAdvice(input.category)) return [];
    // "(e.g., VMware, bare metal)": the examples in brackets are the list.
    const eg = /\(\s*(?:e\.g\.,?|i\.e\.,?|such as)\s*([^()]+)\)/i.exec(m[1]!);
    const purpose = eg ? undefined : /\s+((?:for|to)\s+[a-z][^,]*)$/i.exec(m[1]!);
    const list = eg ? eg[1]! : purpose ? m[1]!.slice(0, purpose.index) : m[1]!;
    const out: RelationClaim[] = [];
    const items = splitList(list).flatMap(splitSlashedNames);
    // "Supports EC2, Fargate, ECS Anywhere for compute": the unknown names are where work runs too.
    const placement = /^supports?\b/i.test(m[0]) && isPlacementList(items, purpose?.[1]);
    const anyCompute = items.some((i) => isComputeName(i.trim()));
    for (const item of items) {
      // "Runs on EC2 or on-premises": on-premises itself is the place.
      if (ON_PREMISES.test(item.trim())) {
        out.push(onPremisesClaim(item.trim(), m[0]));
        continue;
      }
      const named = nameAndQualifier(item) ?? (isPlatformName(item) ? { name: item.trim() } : undefined);
      if (!named) continue;
      const qualifier = 'qualifier' in named && named.qualifier ? { qualifier: named.qualifier } : {};
      if (isPlatformName(named.name))
        out.push({ kind: 'runs-on', to: named.name, toKind: 'platform', ...qualifier, words: m[0] });
      // "Install EKS-D on EC2": what is installed runs on the machine itself, not its workloads.
      else if (isComputeName(named.name) && /^install/i.test(m[0]))
        out.push({ kind: 'runs-on', to: named.name, toKind: 'platform', ...qualifier, words: m[0] });
      else if (isComputeName(named.name))
        out.push({
          kind: 'runs-workloads-on',
          to: named.name,
          toKind: 'compute-option',
          ...qualifier,
          words: m[0],
        });
      else if (placement && !('qualifier' in named && named.qualifier) && isProperName(named.name))
        out.push({
          kind: anyCompute ? 'runs-workloads-on' : 'runs-on',
          to: named.name,
          toKind: anyCompute ? 'compute-option' : 'platform',
          words: m[0],
        });
    }
    return out;
  },
};

const MACHINE =
  /^(?:an?\s+|the\s+)?(.+?)\s+(instances?|servers?|hosts?|machines?|vms?|nodes?)\s+(?:running|that runs?|which runs?|with)\s/i;

/**
 * A part described as a kind of machine runs on that machine: "Container Instance: EC2 instance
 * running the agent" runs on EC2, "External Instances: On-premises servers running the agent" on
 * on-premises servers. Only for a concept's own description, and only when the machine is named.
 */
export const machineRule: RelationRule = {
  name: 'machine-definition',
  apply(input: RuleInput): RelationClaim[] {
    if (input.category !== 'concept' || !input.key || isExampleKey(input.key)) return [];
    const m = MACHINE.exec(input.value.trim());
    if (!m) return [];
    const whole = `${m[1]!} ${m[2]!}`;
    const to = isPlatformName(whole) ? whole : isProperName(m[1]!) ? m[1]! : undefined;
    if (!to) return [];
    return [{ kind: 'runs-on', to, toKind: 'platform', words: `${input.key}: ${m[0].trim()}` }];
  },
};

/** Words that end what a running verb runs: past them the sentence says something else. */
const FUNCTION_WORDS =
  'in|on|at|to|for|with|via|across|from|than|of|into|onto|over|under|without|by|and|or|but|not|no|is|are|be';
/** "Run ECS tasks on-premises", "deploy it on prem for ...": a running verb, up to four words it runs, on-premises. */
const RUN_ON_PREMISES = new RegExp(
  String.raw`\b(?:run|runs|running|deploy|deploys|deployed|deploying|host|hosts|hosted|hosting|install|installs|installed|operate|operates)` +
    String.raw`(?:\s+(?!(?:${FUNCTION_WORDS})\b)[^\s,;:()]+){0,4}\s+(on[- ]prem(?:ise|ises)?)` +
    // On-premises as where (an adverb), not as a word describing a noun ("on-premises servers").
    String.raw`(?=\s*$|\s*[,.;:()]|\s+(?:for|with|to|and|or|using|via|without|in|at)\b)`,
  'i',
);

/**
 * "Use Case: Run ECS tasks on-premises", "Deploy the agent on-prem": on-premises written as where the
 * service runs is a place it runs on. Only when the verb opens the sentence or clause (or follows
 * "to", "can" or the service's own name), so that "customers who run servers on-premises" is not
 * read as the service running there.
 */
export const onPremisesRule: RelationRule = {
  name: 'runs-on-premises',
  apply(input: RuleInput): RelationClaim[] {
    if (!input.subjectNames || isAdvice(input.category)) return [];
    const m = RUN_ON_PREMISES.exec(input.value);
    if (!m) return [];
    if (!opensClause(input.value, m.index, input.subjectNames)) return [];
    return [onPremisesClaim(m[1]!, m[0].trim())];
  },
};

/** Runs-on On-premises, whichever way the note writes it ("On-Prem" is kept as another name). */
function onPremisesClaim(written: string, words: string): RelationClaim {
  return {
    kind: 'runs-on',
    to: 'On-premises',
    toKind: 'platform',
    words,
    ...(written.toLowerCase() !== 'on-premises' ? { aliases: [written] } : {}),
  };
}
