import type { Citation } from '../../model/schema';

/**
 * The type of a question (used to group the session summary):
 * - `relation`: a typed edge, asked in either direction ("Which service is built on EKS Distro?");
 * - `compliance`: a complies-with edge ("Which service complies with HIPAA?"), or its qualifier
 *   ("Which of these complies with FIPS 140-2 only in GovCloud?");
 * - `not-compliant`: "Which of these does NOT comply with X?" (three that do, one that doesn't);
 * - `runs-on`: "Which of these platforms does X run on?";
 * - `price`: "What does <pricing item> cost?";
 * - `facet`: a hosting or orchestrator facet ("Which of these can run air-gapped?");
 * - `definition`: "Which service is this?" from a definition fact with the name hidden.
 */
export const QUESTION_KINDS = [
  'relation',
  'compliance',
  'not-compliant',
  'runs-on',
  'price',
  'facet',
  'definition',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export interface QuestionOption {
  id: string;
  label: string;
  /** The graph node this option names, when it names one. */
  node?: string;
}

/** What a question tests, in structured form (for the UI and for checking answers against the graph). */
export type QuestionBasis =
  | { type: 'relation'; relation: string; edge: string; anchor: string; ask: 'target' | 'source' }
  | { type: 'not-compliant'; compliance: string }
  | { type: 'qualified-compliance'; edge: string; compliance: string; qualifier: string }
  | { type: 'price'; node: string }
  | { type: 'facet'; facet: 'hosting' | 'orchestrator'; value: string }
  | { type: 'definition'; node: string };

export interface Question {
  /** Stable id derived from what is tested (e.g. `rel:<edgeId>:target`); the spaced-repetition key. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  /** 3-4 options in a fixed, seeded order. */
  options: QuestionOption[];
  /** The id of the right option. */
  answer: string;
  /** A sentence stating the fact, e.g. "Amazon EKS Anywhere is built on Amazon EKS Distro." */
  explanation: string;
  cite: Citation;
  /** Nodes to show in the graph after answering: the fact's own nodes first, then the other options. */
  focusNodes: string[];
  /** The nodes the tested fact is about (a prefix of `focusNodes`); mastery of a node aggregates these. */
  subjects: string[];
  basis: QuestionBasis;
}

/** The most options a question has (the right one and up to three distractors). */
export const MAX_OPTIONS = 4;
/** Questions with fewer distractors than this are not asked. */
export const MIN_DISTRACTORS = 2;

/** The words every question opens with, so that it says what it asks about: the notes, not the world. */
export const SCOPE = 'According to the notes, ';
