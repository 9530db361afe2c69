import type { FactCategory, NodeKind } from '../../../model/kinds';

/** One bullet or line as the rules see it, with the subject it is about. */
export interface RuleInput {
  /** The key of `Key: value` ("Compliance"), when the line has one. */
  key?: string;
  /** The key of the bullet this one is nested under ("Key Features"). */
  parentKey?: string;
  value: string;
  text: string;
  category: FactCategory;
  /** The names of the service the line is about ("ECR", "Amazon ECR"...), when it is about one. */
  subjectNames?: string[];
}

/** A relation a rule read from a line: to a node named as written, of the kind the rule expects. */
export interface RelationClaim {
  kind: string;
  to: string;
  toKind: NodeKind;
  qualifier?: string;
  /** Other names the target obviously has ("GuardDuty EKS Runtime Monitoring" for the phrase with "for ..."). */
  aliases?: string[];
  /**
   * The node the relation starts from, when the line names it rather than being about it ("Run
   * microservices with Fargate" under ECS: Fargate is suited for microservices). Kept only when the
   * notes describe a node of that name; otherwise the relation is the line's subject's.
   */
  from?: string;
  /** The words that made the rule fire. */
  words: string;
  /** The name of the form that fired, when a rule reads more than one ("update-feature"). */
  rule?: string;
}

/** A named inference rule over one line. */
export interface RelationRule {
  name: string;
  apply(input: RuleInput): RelationClaim[];
}

/**
 * Whether lines of this category are advice (exam tips, cost strategies) rather than statements of
 * what a service has or does: "Use Savings Plans with X" or "Run it on-premises to save" claim nothing.
 */
export function isAdvice(category: FactCategory): boolean {
  return category === 'exam-tip' || category === 'cost-strategy';
}

/** Normalised key: "Updates (2024–2025)" -> "updates". */
export function keyWord(key: string | undefined): string {
  return (key ?? '')
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether the words before a verb at `index` leave it opening the sentence or a clause: nothing, a
 * comma or semicolon, "to", "can", "also", or the service's own name ("ECS Anywhere runs ...").
 * "Customers who run servers on-premises" is about the customers, not the service.
 */
export function opensClause(value: string, index: number, subjectNames: string[] = []): boolean {
  const before = value.slice(0, index).trim().toLowerCase();
  if (!before || /(?:^|[,;]|\bto|\bcan|\balso)$/.test(before)) return true;
  return subjectNames.some((n) => n.toLowerCase() === before);
}
