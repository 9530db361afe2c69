import { HOSTING_VALUES, ORCHESTRATOR_VALUES, type Hosting, type Orchestrator } from '../../model/kinds';
import { assemble, nodeOption, withQualifier } from './assemble';
import type { Context } from './context';
import { implications } from '../implications';
import { lookAlikesOf } from './distractors';
import type { Question } from './types';

const HOSTING_PHRASES: Record<Hosting, string> = {
  'aws-cloud': 'runs in the AWS cloud',
  'on-premises': 'can run on-premises',
  edge: 'can run at the edge',
  hybrid: 'supports hybrid deployments',
  'air-gapped': 'can run air-gapped',
  'other-clouds': 'can run on other clouds',
};
const ORCHESTRATOR_PHRASES: Record<Orchestrator, string> = {
  ecs: 'is built around Amazon ECS',
  kubernetes: 'is built around Kubernetes',
  none: 'runs without a container orchestrator',
};

/** "Which of these can run air-gapped?": one node with the facet value, look-alikes whose facet list lacks it. */
export function facetQuestions(ctx: Context): Question[] {
  const out: Question[] = [];
  const { graph } = ctx;
  const imp = implications(graph);
  const facets = [
    {
      facet: 'hosting' as const,
      values: HOSTING_VALUES as readonly string[],
      phrase: HOSTING_PHRASES as Record<string, string>,
    },
    {
      facet: 'orchestrator' as const,
      values: ORCHESTRATOR_VALUES as readonly string[],
      phrase: ORCHESTRATOR_PHRASES as Record<string, string>,
    },
  ];
  for (const { facet, values, phrase } of facets) {
    for (const value of values) {
      for (const node of graph.nodes) {
        const claim = node[facet].find((f) => f.value === value);
        if (!claim) continue;
        const id = `facet:${facet}:${value}:${node.id}`;
        const candidates = graph.nodes.filter(
          (n) => n.kind === node.kind && n.id !== node.id && imp.facet(n, facet, value) === 'false',
        );
        const wrong = lookAlikesOf(ctx, id, node, candidates);
        const q = assemble(
          {
            id,
            kind: 'facet',
            prompt: withQualifier(`Which of these ${phrase[value]}?`, claim.qualifier),
            explanation: `${node.label} ${phrase[value]}${claim.qualifier ? ` (${claim.qualifier})` : ''}.`,
            cite: claim.cite,
            focusNodes: [node.id],
            basis: { type: 'facet', facet, value },
          },
          nodeOption(node),
          wrong.map(nodeOption),
        );
        if (q) out.push(q);
      }
    }
  }
  return out;
}
