import type { NodeKind } from '../../model/kinds';
import type { Inference } from '../../model/schema';
import type { DraftNode, DraftRelation, ImportProblem, NoteFile, SourceRef } from '../draft';
import type { ComparedOption } from './compared-options';
import type { RuleInput } from './rules/types';

/*
 * What reading one note produces, and the state and helpers the parts of the reader share while
 * they read it (read-note.ts walks the blocks, read-table.ts reads tables).
 */

/** A component read under a service, named later (its name may need the service's to be unique). */
export interface PendingComponent {
  /** The provisional ref that relations use until the component is named. */
  tempRef: string;
  subjectRef: string;
  subjectShort: string;
  node: DraftNode;
  /** "Task Definitions: Same as ECS": the service whose concept of this name it is. */
  sameAs?: string;
}

/** A price written under a prefix that may name another service ("Fargate: $0.04048/vCPU-hour"). */
export interface PricePrefix {
  priceRef: string;
  prefix: string;
  cite: SourceRef;
  /** The service the price line is under. */
  subjectRef: string;
  /** The words name what the price is counted in ("per external instance"), not a prefix. */
  per?: boolean;
}

export interface NoteReading {
  nodes: DraftNode[];
  relations: DraftRelation[];
  components: PendingComponent[];
  pricePrefixes: PricePrefix[];
  /** The options of a service its comparisons name ("EC2 launch type"). */
  options: ComparedOption[];
  problems: ImportProblem[];
  /** Relations from a node the line names (RelationClaim.from): kept only if the notes describe that node. */
  namedSources: DraftRelation[];
}

export interface Subject {
  node: DraftNode;
  short: string;
  prices: { ref: string; amount?: number; what: string; prefix: string; label: string }[];
}

/** Where the reader is in a note: what the lines are about, and under which section. */
export interface ReadingState {
  subject: Subject | undefined;
  /** Further services a heading names with the subject ("ECS/EKS Anywhere"): its lines are about each. */
  alsoSubjects: Subject[];
  section: string | undefined;
  /** A table's own heading ("ECS Key Components") is cited alone, not under the service's name. */
  standalone: boolean;
}

/** The reader's helpers over one note, shared by the block walk and the table reader. */
export interface NoteContext {
  file: NoteFile;
  out: NoteReading;
  state: ReadingState;
  /** The services this note has named so far, in order. */
  subjects: Subject[];
  cite(line: number): SourceRef;
  newSubject(label: string, kind: NodeKind, line: number, rule?: Inference): Subject;
  relate(from: string, kind: string, to: string, line: number, inf: Inference, qualifier?: string): void;
  target(name: string, kind: NodeKind, line: number, inf: Inference, aliases?: string[]): void;
  addComponent(
    subj: Subject,
    label: string,
    description: string,
    line: number,
    words: string,
    rule: string,
    sameAs?: string,
  ): string;
  applyRules(fromRef: string, input: RuleInput, line: number, subj: Subject | undefined): void;
}

/** A draft node with no aliases, facts or facets yet. */
export function bareNode(
  fields: Pick<DraftNode, 'ref' | 'kind' | 'label' | 'cite'> & Partial<DraftNode>,
): DraftNode {
  return { aliases: [], facts: [], hosting: [], orchestrator: [], ...fields };
}

/** The inference record of a rule and the words that made it fire. */
export const inferred = (rule: string, words: string): Inference => ({ rule, words });

/** The service of this note that a name such as "ECS" or "Amazon ECS" names. */
export function findSubject(subjects: Subject[], name: string): Subject | undefined {
  const n = name.trim().toLowerCase();
  if (!n) return undefined;
  return subjects.find(
    (s) =>
      s.node.label.toLowerCase() === n ||
      s.short.toLowerCase() === n ||
      s.node.aliases.some((a) => a.toLowerCase() === n),
  );
}
