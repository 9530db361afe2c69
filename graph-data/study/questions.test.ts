import { describe, expect, it } from 'vitest';
import { generateQuestions, hideNames, isCorrect, QUESTION_KINDS, type Question } from './questions';
import { questionProblems } from './oracle.test-util';
import { studyEdge, studyGraph } from './study-fixture.test-util';

const graph = studyGraph();
const questions = generateQuestions(graph);
const byId = new Map(questions.map((q) => [q.id, q]));

function get(id: string): Question {
  const q = byId.get(id);
  if (!q) throw new Error(`no question ${id}; have:\n${[...byId.keys()].join('\n')}`);
  return q;
}
const optionNodes = (q: Question) => q.options.map((o) => o.node);
const answerLabel = (q: Question) => q.options.find((o) => o.id === q.answer)!.label;

describe('generateQuestions on a hand-built graph', () => {
  it('gives every question exactly one right answer the graph supports and provably false distractors', () => {
    expect(questions.length).toBeGreaterThan(40);
    expect(questions.flatMap((q) => questionProblems(graph, q))).toEqual([]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('generates every type of question', () => {
    const kinds = new Set(questions.map((q) => q.kind));
    expect([...QUESTION_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
  });

  it('asks relations in both directions, with the relation sentence as explanation', () => {
    const q = get('rel:eks-anywhere:built-on:eks-distro:source');
    expect(q.prompt).toBe('According to the notes, which service is built on Amazon EKS Distro?');
    expect(answerLabel(q)).toBe('Amazon EKS Anywhere');
    expect(q.explanation).toBe('Amazon EKS Anywhere is built on Amazon EKS Distro.');
    expect(q.cite).toEqual({ note: 'study', section: 'eks-anywhere › Relations' });
    expect(q.focusNodes.slice(0, 2)).toEqual(['eks-distro', 'eks-anywhere']);
    expect(q.subjects).toEqual(['eks-distro', 'eks-anywhere']);
    // EKS is also built on EKS Distro, so it may not be a distractor; nor may EKS Distro itself.
    expect(optionNodes(q)).not.toContain('eks');
    expect(optionNodes(q)).not.toContain('eks-distro');
    // The look-alike is drilled.
    expect(optionNodes(q)).toContain('ecs-anywhere');

    const forward = get('rel:karpenter:provisions-through:ec2-fleet:target');
    expect(forward.prompt).toBe('According to the notes, Karpenter provisions through which integration?');
    expect(answerLabel(forward)).toBe('EC2 Fleet');
    expect(forward.kind).toBe('relation');
  });

  it('does not offer what is reachable through a chain of structural relations', () => {
    // EKS Anywhere is built on EKS Distro, a distribution of Kubernetes: Kubernetes is not a fair wrong answer.
    const withComponents = studyGraph([studyEdge('eks-anywhere', 'uses', 'cluster-autoscaler')]);
    const q = generateQuestions(withComponents).find(
      (x) => x.id === 'rel:eks-anywhere:uses:cluster-autoscaler:target',
    );
    expect(q).toBeDefined();
    expect(optionNodes(q!)).not.toContain('kubernetes');
    // Karpenter is a component of EKS, which EKS Anywhere extends.
    expect(optionNodes(q!)).not.toContain('karpenter');
    expect(questionProblems(withComponents, q!)).toEqual([]);
  });

  it('prefers look-alike distractors of the same kind', () => {
    const q = get('rel:ecs-anywhere:extends:ecs:target');
    expect(q.prompt).toBe('According to the notes, Amazon ECS Anywhere extends which service?');
    // EKS is also extended by something, and shares compliance programmes with ECS.
    expect(optionNodes(q)).toContain('eks');
    for (const o of q.options) expect(graph.nodes.find((n) => n.id === o.node)!.kind).toBe('service');
    // Only services whose own "extends" list is documented are claimed not to extend ECS: here just one.
    expect(byId.has('rel:ecs-anywhere:extends:ecs:source')).toBe(false);

    const karpenter = get('rel:karpenter:provisions-through:ec2-fleet:target');
    // Auto Scaling groups are also provisioned through, and share "EC2" in the name.
    expect(optionNodes(karpenter)).toContain('auto-scaling-groups');

    const airGapped = get('facet:hosting:air-gapped:eks-anywhere');
    expect(airGapped.prompt).toBe('According to the notes, which of these can run air-gapped?');
    expect(optionNodes(airGapped)).toContain('ecs-anywhere');
    expect(optionNodes(airGapped)).not.toContain('eks-distro');
  });

  it('asks compliance both ways, keeping qualifiers, and never offers a service that also complies', () => {
    const q = get('rel:eks-anywhere:complies-with:fips:in GovCloud:source');
    expect(q.kind).toBe('compliance');
    expect(q.prompt).toBe('According to the notes, which service complies with FIPS 140-2 in GovCloud?');
    expect(q.explanation).toBe('Amazon EKS Anywhere complies with FIPS 140-2 (in GovCloud).');
    expect(optionNodes(q)).not.toContain('ecs-anywhere');
    expect(optionNodes(q)).not.toContain('eks-distro');

    const hipaa = get('rel:ecs:complies-with:hipaa:source');
    for (const other of ['eks', 'ecs-anywhere', 'eks-anywhere'])
      expect(optionNodes(hipaa)).not.toContain(other);
  });

  it('asks which of these does NOT comply: three that do, one whose compliance list lacks it', () => {
    const q = get('not-complies:hipaa:ecr');
    expect(q.prompt).toBe('According to the notes, which of these does NOT comply with HIPAA?');
    expect(q.kind).toBe('not-compliant');
    expect(q.answer).toBe('ecr');
    expect(q.options).toHaveLength(4);
    for (const o of q.options.filter((x) => x.id !== 'ecr')) {
      expect(
        graph.edges.some(
          (e) => e.kind === 'complies-with' && e.source === o.node && e.target === 'hipaa' && !e.qualifier,
        ),
      ).toBe(true);
    }
    expect(q.explanation).toMatch(
      /^Amazon ECR is not listed as complying with HIPAA \(its notes list PCI DSS and SOC 2\)/,
    );
    // A service without any documented compliance is not claimed to be non-compliant.
    expect(byId.has('not-complies:hipaa:app-runner')).toBe(false);
    // FIPS has no unqualified compliers, so no "NOT FIPS" question.
    expect(questions.some((x) => x.id.startsWith('not-complies:fips:'))).toBe(false);
  });

  it('asks which platforms a service runs on, with platforms it does not run on as distractors', () => {
    const q = get('rel:ecs-anywhere:runs-on:vsphere:target');
    expect(q.kind).toBe('runs-on');
    expect(q.prompt).toBe(
      'According to the notes, which of these platforms does Amazon ECS Anywhere run on?',
    );
    expect(optionNodes(q)).not.toContain('bare-metal');
    expect(optionNodes(q).sort()).toEqual(['nutanix', 'outposts', 'snow', 'vsphere']);
    const eksa = get('rel:eks-anywhere:runs-on:nutanix:target');
    expect(optionNodes(eksa).sort()).toEqual(['nutanix', 'outposts', 'snow']);
  });

  it('treats a platform named after a hosting class as covering every platform of that class', () => {
    const g = studyGraph([studyEdge('eks-distro', 'runs-on', 'on-premises-servers')]);
    const qs = generateQuestions(g);
    expect(qs.flatMap((q) => questionProblems(g, q))).toEqual([]);
    const who = qs.find((q) => q.id === 'rel:eks-distro:runs-on:on-premises-servers:source')!;
    expect(who.prompt).toBe('According to the notes, which service runs on On-premises servers?');
    // EKS Anywhere and ECS Anywhere run on-premises (on vSphere, bare metal): they are not offered as wrong.
    for (const o of who.options.filter((x) => x.id !== who.answer))
      expect(o.node).toMatch(/^(ecs|eks|ecr|app-runner|batch|lightsail)$/);
    expect(optionNodes(who)).not.toContain('eks-anywhere');
    expect(optionNodes(who)).not.toContain('ecs-anywhere');
    // EKS Distro runs on "on-premises servers", so it is never claimed not to run on vSphere or bare metal.
    const vsphere = qs.find((q) => q.id === 'rel:eks-anywhere:runs-on:vsphere:source');
    if (vsphere) expect(optionNodes(vsphere)).not.toContain('eks-distro');
    // ...and "On-premises servers" is never a wrong platform for EKS Anywhere.
    for (const q of qs.filter(
      (x) => x.id.startsWith('rel:eks-anywhere:runs-on:') && x.id.endsWith(':target'),
    )) {
      expect(optionNodes(q)).not.toContain('on-premises-servers');
    }
  });

  it('asks prices with the formatted price and look-alike wrong prices', () => {
    const q = get('price:ecs-anywhere-instance-hour');
    expect(q.prompt).toBe('According to the notes, what does ECS Anywhere external instance-hour cost?');
    expect(answerLabel(q)).toBe('$0.01025 per instance-hour (us-east-1)');
    expect(q.options).toHaveLength(4);
    const wrong = q.options.filter((o) => o.id !== q.answer).map((o) => o.label);
    expect(wrong.some((w) => w.startsWith('$0.01025 per ') && !w.includes('instance-hour'))).toBe(true);
    expect(q.focusNodes).toEqual(['ecs-anywhere-instance-hour', 'ecs-anywhere']);

    const sales = get('price:eks-anywhere-subscription');
    expect(answerLabel(sales)).toBe('Contact AWS for pricing');
    for (const o of sales.options.filter((x) => x.id !== sales.answer)) expect(o.label).toMatch(/^\$\d/);
  });

  it('asks definitions with the names hidden', () => {
    const q = get('def:ecs-anywhere');
    expect(q.prompt).toBe(
      'According to the notes, which service is this? \u201c\u2026 is an extension of Amazon ECS that runs containers on infrastructure you manage.\u201d',
    );
    expect(q.answer).toBe('ecs-anywhere');
    const eksa = graph.nodes.find((n) => n.id === 'eks-anywhere')!;
    expect(hideNames('Amazon EKS Anywhere (EKS-A) runs EKS Anywhere clusters', eksa)).toBe(
      '\u2026 (\u2026) runs \u2026 clusters',
    );
  });

  it('is deterministic, and shuffles options by question id rather than always putting the answer first', () => {
    expect(generateQuestions(studyGraph())).toEqual(questions);
    const positions = new Set(questions.map((q) => q.options.findIndex((o) => o.id === q.answer)));
    expect(positions.size).toBeGreaterThan(2);
    expect(isCorrect(questions[0]!, questions[0]!.answer)).toBe(true);
  });

  it('adds questions when an edge is added, and drops a question that loses its distractors', () => {
    const more = generateQuestions(studyGraph([studyEdge('eks-distro', 'runs-on', 'bare-metal')]));
    const added = more.filter((q) => !byId.has(q.id)).map((q) => q.id);
    expect(added).toContain('rel:eks-distro:runs-on:bare-metal:target');
    expect(added).toContain('rel:eks-distro:runs-on:bare-metal:source');

    // Once EKS Anywhere also runs on Snow, only Outposts is left as a wrong platform: too few, so skipped.
    const snowGraph = studyGraph([studyEdge('eks-anywhere', 'runs-on', 'snow')]);
    const snow = generateQuestions(snowGraph);
    expect(snow.some((q) => q.id === 'rel:eks-anywhere:runs-on:vsphere:target')).toBe(false);
    expect(snow.flatMap((q) => questionProblems(snowGraph, q))).toEqual([]);
  });
});
