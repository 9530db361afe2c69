import type { Hosting, Orchestrator } from '../../../model/kinds';
import type { RuleInput } from './types';

/** A facet value a rule read from a line, with the words that made it fire. */
export interface FacetClaim<T extends string> {
  value: T;
  words: string;
}

const HOSTING: [RegExp, Hosting][] = [
  [/\bon[- ]?prem(?:ises)?\b/i, 'on-premises'],
  [/\bedge\b/i, 'edge'],
  [/\bhybrid\b/i, 'hybrid'],
  [/\bair[- ]gapped\b/i, 'air-gapped'],
  [/\bother clouds?\b|\bmulti-?cloud\b/i, 'other-clouds'],
  [/\bin the cloud\b|(?<!hybrid )\bcloud(?=,| or\b)|\bserverless\b|,\s*AWS(?=\s+and\b|,)/i, 'aws-cloud'],
];

/** Lines that say where a service runs: its definition, features, use cases, and untyped bullets. */
const WHERE = new Set(['definition', 'feature', 'use-case', 'note']);

/** "on-premises or edge", "hybrid cloud", "air-gapped environments" -> the hosting facet. */
export function hostingFacets(input: RuleInput): FacetClaim<Hosting>[] {
  if (!WHERE.has(input.category)) return [];
  return HOSTING.flatMap(([re, value]) => {
    const m = re.exec(input.text);
    return m ? [{ value, words: m[0] }] : [];
  });
}

/** A definition that says Kubernetes or ECS -> the orchestrator facet. */
export function orchestratorFacets(input: RuleInput): FacetClaim<Orchestrator>[] {
  if (input.category !== 'definition') return [];
  const out: FacetClaim<Orchestrator>[] = [];
  const k8s = /\bKubernetes\b/.exec(input.text);
  if (k8s) out.push({ value: 'kubernetes', words: k8s[0] });
  const ecs = /\bECS\b/.exec(input.text);
  if (ecs) out.push({ value: 'ecs', words: ecs[0] });
  return out;
}
