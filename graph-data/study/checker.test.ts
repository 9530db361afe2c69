import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { checkQuestion } from './checker';
import { implications } from './implications';
import { generateQuestions, SCOPE, type Question } from './questions';
import { studyGraph } from './study-fixture.test-util';

const graph = compileFolder(BUILT_IN_NOTES).graph!;
const questions = generateQuestions(graph);

/** A hand-made question over the built-in graph, to see what the checker says of each option. */
function question(basis: Question['basis'], answer: string, wrong: string[]): Question {
  const opt = (id: string) => ({ id, label: graph.nodes.find((n) => n.id === id)?.label ?? id, node: id });
  return {
    id: 'hand-made',
    kind: 'relation',
    prompt: `${SCOPE}which?`,
    options: [opt(answer), ...wrong.map(opt)],
    answer,
    explanation: '',
    cite: graph.nodes[0]!.cite,
    focusNodes: [],
    subjects: [],
    basis,
  };
}
const kinds = (q: Question) => checkQuestion(graph, q).map((p) => p.kind);

describe('the honest-question checker', () => {
  it('passes every question generated from the built-in notes: 0 with a second true answer, 0 unproven', () => {
    expect(questions.length).toBeGreaterThan(300);
    const problems = questions.flatMap((q) => checkQuestion(graph, q));
    expect(problems.filter((p) => p.kind === 'second-answer')).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('passes every question generated from the hand-built study graph', () => {
    const g = studyGraph();
    expect(generateQuestions(g).flatMap((q) => checkQuestion(g, q))).toEqual([]);
  });

  it('knows a service running workloads on Fargate is billed by Fargate\u2019s units', () => {
    const q = question(
      { type: 'relation', relation: 'priced-by', edge: 'x', anchor: 'fargate-gb-hour', ask: 'source' },
      'ecs',
      ['eks', 'ecr'],
    );
    expect(kinds(q)).toEqual(['second-answer']);
    expect(implications(graph).relation('priced-by', 'eks', 'fargate-gb-hour')).toBe('implied');
    // ECS pays for ECS Anywhere's external instances when it runs workloads on ECS Anywhere.
    expect(implications(graph).relation('priced-by', 'ecs', 'ecs-anywhere-instance-hour')).toBe('implied');
  });

  it('does not take a use case listed for another service as proof against this one', () => {
    // Complex microservices are listed for EKS; nothing in the notes says ECS is not suited for them.
    const q = question(
      { type: 'relation', relation: 'suited-for', edge: 'x', anchor: 'ecs', ask: 'target' },
      'web-apps',
      ['complex-microservices', 'air-gapped-deployments'],
    );
    expect(kinds(q)).toEqual(['unproven']);
    // Air-gapped deployments need air-gapped hosting, which ECS's documented hosting lacks: a fair "no".
    expect(implications(graph).relation('suited-for', 'ecs', 'air-gapped-deployments')).toBe('false');
  });

  it('reads symmetric relations both ways and follows structural chains', () => {
    const imp = implications(graph);
    expect(imp.relation('alternative-to', 'eks', 'ecs')).toBe('stated');
    expect(imp.relation('integrates-with', 'ecs', 'ecr')).toBe('stated');
    // EKS Anywhere is built on EKS Distro, a distribution of Kubernetes.
    expect(imp.relation('built-on', 'eks-anywhere', 'kubernetes')).toBe('implied');
  });

  it('never treats silence as "no"', () => {
    const imp = implications(graph);
    const fargate = graph.nodes.find((n) => n.id === 'fargate')!;
    expect(imp.relation('complies-with', 'fargate', 'hipaa')).toBe('unknown');
    expect(imp.facet(fargate, 'hosting', 'on-premises')).toBe('false');
    const ecr = graph.nodes.find((n) => n.id === 'ecr')!;
    expect(imp.facet(ecr, 'orchestrator', 'kubernetes')).toBe('unknown');
    // Running in the AWS cloud and on-premises is a hybrid deployment, stated or not.
    const distro = graph.nodes.find((n) => n.id === 'eks-distro')!;
    expect(imp.facet(distro, 'hosting', 'hybrid')).toBe('implied');
  });

  it('asks every question within the notes, with qualifiers worked into the sentence', () => {
    for (const q of questions) expect(q.prompt.startsWith(SCOPE)).toBe(true);
    expect(questions.filter((q) => /\((since|in|if|for|with|via) [^)]*\)\?$/.test(q.prompt))).toEqual([]);
    const hub = questions.find((q) => q.id === 'rel:ecs:audited-with:security-hub:since 2025:target');
    expect(hub?.prompt).toBe(
      'According to the notes, Amazon Elastic Container Service (ECS) is audited with which integration since 2025?',
    );
  });
});
