import { distributeSlash } from './names';
import { findSubject, type Subject } from './reading';

/** The rule that reads a heading naming two services with one slash. */
export const SLASHED_HEADING = 'slashed-heading';

/**
 * "ECS/EKS Anywhere:" in a note that has described ECS and EKS names two services, ECS Anywhere and
 * EKS Anywhere: the words shared before or after the slash go with both. Only when each side of
 * the slash names a service the note already describes, so that a term such as "CI/CD Pipelines"
 * stays one heading. Undefined when the heading names one thing.
 */
export function slashedServices(heading: string, known: Subject[]): [string, string] | undefined {
  const split = distributeSlash(heading);
  if (!split || !split.parts.every((p) => findSubject(known, p))) return undefined;
  return split.names;
}

/**
 * Whether a heading names a service by the marks a service's name carries: the vendor's name first
 * ("Amazon Elastic Container Service", "AWS App Mesh") or its acronym after it ("Virtual Private
 * Cloud (VPC)"). "General Info", "Core knowledge" or "Deploy docker image to AWS" carry neither.
 */
export function namesService(heading: string): boolean {
  return /^(?:Amazon|AWS)\s+[A-Z0-9]/.test(heading.trim()) || hasAcronym(heading);
}

/** "Amazon Elastic Container Service (ECS)": a name with its acronym in brackets after it. */
export function hasAcronym(heading: string): boolean {
  return /\s\([A-Z][A-Za-z0-9-]{1,9}\)$/.test(heading.trim());
}

/** Words that make a heading a phrase about things rather than the name of one ("Each container"). */
const NOT_IN_A_NAME =
  /^(?:each|every|all|the|a|an|this|that|these|those|our|your|my|we|you|it|how|why|what|when|where|which|who|two|three|four|several|many|types?|kinds?|ways?|steps?|using|use|to|with|from|in|on|at|by|into|than|like|about|is|are|can|will|should|must|does|do|not)$/i;

/**
 * Whether a line-heading could name one thing: a few words, the first capitalised, none of them a
 * determiner, a question word, a count or "types of" ("Cluster", "Task definition", "Amazon ECS
 * Container Agent"; not "Each container" or "Two types of scaling").
 */
export function isNameLike(heading: string): boolean {
  // "Elastic Transcoder (now AWS Elemental MediaConvert)": what the brackets add is not counted.
  const bare = heading.replace(/\s*\([^()]*\)\s*$/, '').trim();
  const words = bare.split(/\s+/);
  if (words.length > 5 || !/^(?:[A-Z0-9]|[a-z]+[A-Z])/.test(words[0] ?? '') || /[?!.]$|:\/\//.test(bare))
    return false;
  return !words.some((w) => NOT_IN_A_NAME.test(w));
}
