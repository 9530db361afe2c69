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
