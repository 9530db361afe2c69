import type { NodeKind } from './kinds';

/** One kind of directed relation: how it reads forwards and backwards, and which node kinds it joins. */
export interface RelationKindInfo {
  /** Reads as a sentence: "<source> <verb> <target>". */
  verb: string;
  /** Reads backwards: "<target> <inverse> <source>". */
  inverse: string;
  from: readonly NodeKind[] | 'any';
  to: readonly NodeKind[] | 'any';
  meaning: string;
}

const SERVICE_LIKE = ['service', 'component', 'feature', 'compute-option'] as const;
const SUPPORTING = ['integration', 'service', 'component', 'feature'] as const;

/**
 * The relation vocabulary. Each verb is chosen so that an edge reads as a sentence
 * ("EKS Anywhere is built on EKS Distro"); qualifiers ("in GovCloud") narrow it.
 */
export const RELATIONS = {
  extends: {
    verb: 'extends',
    inverse: 'is extended by',
    from: ['service'],
    to: ['service'],
    meaning: 'The source carries the target service to new places with the same APIs.',
  },
  'deployment-option-of': {
    verb: 'is a deployment option of',
    inverse: 'can be deployed as',
    from: ['service'],
    to: ['service'],
    meaning: 'The source is a way of running the target service somewhere else.',
  },
  'built-on': {
    verb: 'is built on',
    inverse: 'is the base of',
    from: SERVICE_LIKE,
    to: ['service', 'component', 'integration'],
    meaning: 'The source is constructed on top of the target.',
  },
  'distribution-of': {
    verb: 'is a distribution of',
    inverse: 'is distributed as',
    from: ['service'],
    to: ['component'],
    meaning: 'The source packages the target software.',
  },
  uses: {
    verb: 'uses',
    inverse: 'is used by',
    from: SERVICE_LIKE,
    to: 'any',
    meaning: 'The source relies on the target to do its work.',
  },
  'has-component': {
    verb: 'has component',
    inverse: 'is a component of',
    from: ['service', 'component'],
    to: ['component'],
    meaning: 'The target is a building block or concept of the source.',
  },
  contains: {
    verb: 'contains',
    inverse: 'is contained in',
    from: ['component'],
    to: ['component'],
    meaning: 'The source groups or holds instances of the target.',
  },
  'instance-of': {
    verb: 'is a running instance of',
    inverse: 'is run as',
    from: ['component'],
    to: ['component'],
    meaning: 'The source is the target brought to life.',
  },
  'built-from': {
    verb: 'is built from',
    inverse: 'is used to build',
    from: ['component'],
    to: ['component'],
    meaning: 'The source is produced from the target.',
  },
  requires: {
    verb: 'requires',
    inverse: 'is required by',
    from: ['component', 'compute-option', 'service'],
    to: ['component', 'integration'],
    meaning: 'The source cannot work without the target.',
  },
  'registers-with': {
    verb: 'registers with',
    inverse: 'accepts registrations from',
    from: ['component'],
    to: ['service', 'component'],
    meaning: 'The source makes itself known to, and managed by, the target.',
  },
  'has-feature': {
    verb: 'has feature',
    inverse: 'is a feature of',
    // A feature may have a finer feature: image scanning has enhanced (GuardDuty-based) scanning.
    from: ['service', 'component', 'feature'],
    to: ['feature'],
    meaning: 'The target is a capability the source offers.',
  },
  'integrates-with': {
    verb: 'integrates with',
    inverse: 'integrates with',
    from: SERVICE_LIKE,
    to: SUPPORTING,
    meaning: 'The source works together with the target.',
  },
  'monitored-with': {
    verb: 'is monitored with',
    inverse: 'monitors',
    from: SERVICE_LIKE,
    to: SUPPORTING,
    meaning: 'The target collects the source\u2019s logs, metrics or traces.',
  },
  'audited-with': {
    verb: 'is audited with',
    inverse: 'audits',
    from: SERVICE_LIKE,
    to: SUPPORTING,
    meaning: 'The target records or checks what happens in the source.',
  },
  'encrypts-with': {
    verb: 'encrypts with',
    inverse: 'provides encryption for',
    from: SERVICE_LIKE,
    to: SUPPORTING,
    meaning: 'The source protects data using the target.',
  },
  'controls-access-with': {
    verb: 'controls access with',
    inverse: 'controls access to',
    from: SERVICE_LIKE,
    to: SUPPORTING,
    meaning: 'The source decides who may do what using the target.',
  },
  'complies-with': {
    verb: 'complies with',
    inverse: 'is met by',
    from: ['service'],
    to: ['compliance'],
    meaning: 'The source is eligible under the target programme (qualifiers narrow where).',
  },
  'runs-on': {
    verb: 'runs on',
    inverse: 'can host',
    from: ['service', 'compute-option', 'component'],
    to: ['platform'],
    meaning: 'The source can be installed on the target infrastructure.',
  },
  'runs-workloads-on': {
    verb: 'runs workloads on',
    inverse: 'provides compute for',
    from: ['service', 'component'],
    to: ['compute-option', 'service', 'platform', 'integration'],
    meaning: 'The source can place its containers on the target.',
  },
  'provided-by': {
    verb: 'is provided by',
    inverse: 'provides',
    from: ['compute-option', 'feature', 'component'],
    to: ['service', 'integration'],
    meaning: 'The target supplies what the source needs to exist.',
  },
  'scales-with': {
    verb: 'scales with',
    inverse: 'scales',
    from: ['service', 'component', 'feature'],
    to: ['component', 'feature', 'integration'],
    meaning: 'The target adds or removes capacity for the source.',
  },
  'provisions-through': {
    verb: 'provisions through',
    inverse: 'provisions capacity for',
    from: ['component', 'feature'],
    to: ['integration', 'component'],
    meaning: 'The source obtains capacity by calling the target.',
  },
  'stores-in': {
    verb: 'stores data in',
    inverse: 'stores data for',
    from: ['service', 'component'],
    to: ['integration', 'service'],
    meaning: 'The source keeps its data in the target.',
  },
  'caches-from': {
    verb: 'caches images from',
    inverse: 'is cached by',
    from: ['component', 'feature'],
    to: ['integration', 'component'],
    meaning: 'The source keeps local copies of what the target holds.',
  },
  'load-balanced-by': {
    verb: 'is load-balanced by',
    inverse: 'load-balances',
    from: ['service', 'component'],
    to: ['integration'],
    meaning: 'The target spreads traffic across the source.',
  },
  'priced-by': {
    verb: 'is billed by',
    inverse: 'bills',
    from: ['service', 'component', 'feature', 'compute-option'],
    to: ['pricing'],
    meaning: 'Using the source costs what the target pricing item says.',
  },
  'suited-for': {
    verb: 'is suited for',
    inverse: 'is served by',
    from: ['service', 'component', 'feature', 'compute-option'],
    to: ['use-case'],
    meaning: 'The target is a job the source does well.',
  },
  'alternative-to': {
    verb: 'is an alternative to',
    inverse: 'is an alternative to',
    from: ['service', 'compute-option', 'component'],
    to: ['service', 'compute-option', 'component'],
    meaning: 'Study the two together: they solve the same problem differently.',
  },
  'links-to': {
    verb: 'links to',
    inverse: 'is linked from',
    from: 'any',
    to: 'any',
    meaning: 'A plain link between two notes, with no stated meaning (a wikilink in a sentence).',
  },
  compares: {
    verb: 'compares',
    inverse: 'is compared in',
    from: ['comparison'],
    to: 'any',
    meaning: 'The target is one of the subjects of a comparison table.',
  },
} as const satisfies Record<string, RelationKindInfo>;

export type RelationKind = keyof typeof RELATIONS;
export const RELATION_KINDS = Object.keys(RELATIONS) as RelationKind[];

/** Whether a relation kind is one of the vocabulary's (a user's notes may bring kinds of their own). */
export function isKnownRelation(kind: string): kind is RelationKind {
  return Object.prototype.hasOwnProperty.call(RELATIONS, kind);
}

/**
 * How any relation kind reads. Kinds outside the vocabulary (a property such as `deployed-by:: [[X]]`
 * in a user's notes) read as their own words: "deployed by" / "is the target of deployed by".
 */
export function relationInfo(kind: string): RelationKindInfo {
  if (isKnownRelation(kind)) return RELATIONS[kind];
  const words = kind.replace(/[-_]+/g, ' ').trim() || kind;
  return {
    verb: words,
    inverse: `is the ${words} of`,
    from: 'any',
    to: 'any',
    meaning: `A relation named "${words}" in the notes themselves; it is not part of the built-in vocabulary.`,
  };
}

/** Whether a relation reads the same both ways ("integrates with"), so it is stored once. */
export function isSymmetric(kind: string): boolean {
  const info = relationInfo(kind);
  return info.verb === info.inverse;
}

/** Whether a relation kind may join these two node kinds. */
export function relationAllows(kind: string, from: NodeKind, to: NodeKind): boolean {
  const info = relationInfo(kind);
  const okFrom = info.from === 'any' || info.from.includes(from);
  const okTo = info.to === 'any' || info.to.includes(to);
  return okFrom && okTo;
}
