import type { SourceRef } from '../draft';
import { singular } from './names';
import { headingWords } from './sections';
import { findSubject, inferred, type NoteContext, type Subject } from './reading';

/*
 * "ECS Launch Type Comparison" over a table whose columns are EC2 and Fargate compares two launch
 * types of ECS: the EC2 launch type and the Fargate launch type, not EC2 and Fargate themselves. Each
 * thing such a comparison compares becomes an option of the service the heading names, and so does
 * a later line keyed by one more of that kind ("External Launch type: Uses ECS Anywhere ...").
 */

/** The rule that reads each thing a "<Service> <kind> Comparison" compares as an option of that service. */
export const COMPARED_OPTION = 'compared-option';

/** Kinds of option that say where a service places its work: such options are compute options. */
const COMPUTE_KIND = /^(?:launch type|compute option|compute type|capacity provider)$/;

/** The service a comparison heading names and the kind of its things it compares. */
export interface ComparedKind {
  owner: Subject;
  /** Lower case and singular: "launch type". */
  kind: string;
}

/** An option read from a comparison: the name it is compared by, for what the notes say of that name. */
export interface ComparedOption {
  ref: string;
  ownerRef: string;
  /** "EC2" for "EC2 launch type": a price line under the service keyed "EC2:" is this option's. */
  name: string;
  cite: SourceRef;
  words: string;
}

/**
 * "ECS Launch Type Comparison" -> ECS and "launch type": a heading that opens with a service this
 * note has named, then one to three words naming a kind of thing. Undefined for a comparison of
 * named things ("ECS vs. EKS") or when no service of the note opens the heading.
 */
export function comparedKindOf(subjects: Subject[], heading: string): ComparedKind | undefined {
  if (/\bvs\b|\bversus\b/i.test(heading)) return undefined;
  const words = headingWords(heading);
  for (let n = words.length - 1; n >= 1; n--) {
    const kindWords = words.slice(n);
    if (kindWords.length > 3 || !kindWords.every((w) => /^[A-Za-z][a-z-]*$/.test(w))) continue;
    const owner = findSubject(subjects, words.slice(0, n).join(' '));
    if (owner?.node.kind === 'service') return { owner, kind: singular(kindWords.join(' ').toLowerCase()) };
  }
  return undefined;
}

/** Whether a name ends with the words of the kind ("External Launch type", not "Prototype" for "type"). */
function endsWithKind(name: string, kind: string): boolean {
  return ` ${singular(name.trim().toLowerCase())}`.endsWith(` ${kind}`);
}

/** "EC2" -> "EC2 launch type"; a name that already ends with the kind ("External Launch type") is kept. */
export function optionLabel(name: string, kind: string): string {
  const n = name.trim();
  return endsWithKind(n, kind) ? n : `${n} ${kind}`;
}

/** "External Launch type" -> "External": the name the option goes by without its kind. */
export function optionName(label: string, kind: string): string {
  const words = label.trim().split(/\s+/);
  const kindLength = kind.split(' ').length;
  return words.length > kindLength && endsWithKind(label, kind)
    ? words.slice(0, -kindLength).join(' ')
    : label.trim();
}

/**
 * Adds one option of the compared kind to the note: its node (a compute option for launch types and
 * the like, a component otherwise), the service's relation to it, and the name it goes by.
 */
export function addOption(
  ctx: NoteContext,
  compared: ComparedKind,
  label: string,
  line: number,
  words: string,
): Subject {
  const compute = COMPUTE_KIND.test(compared.kind);
  const inf = inferred(COMPARED_OPTION, words);
  const option = ctx.newSubject(label, compute ? 'compute-option' : 'component', line, inf);
  option.node.cite = ctx.cite(line);
  const owner = compared.owner.node.ref;
  ctx.relate(owner, compute ? 'runs-workloads-on' : 'has-component', option.node.ref, line, inf);
  ctx.out.options.push({
    ref: option.node.ref,
    ownerRef: owner,
    name: optionName(label, compared.kind),
    cite: option.node.cite,
    words,
  });
  return option;
}
