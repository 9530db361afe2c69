import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { compileNotes } from '../compile/compile';
import { formatError } from '../compile/errors';
import { note, smallNotes, SOURCES } from '../test/fixtures';
import { Tour } from './tour-schema';

const result = compileFolder(BUILT_IN_NOTES);
const tours = result.tours ?? [];

describe('the built-in guided tours', () => {
  it('are at least the six the issue asks for, each valid against the graph', () => {
    expect(result.errors).toEqual([]);
    expect(tours.map((t) => t.id).sort()).toEqual([
      'ecs-family',
      'kubernetes-family',
      'own-hardware',
      'registries-and-images',
      'security-and-compliance',
      'what-it-costs',
    ]);
    for (const t of tours) expect(Tour.safeParse(t).success).toBe(true);
  });

  it('lights only nodes and relations that exist, and cites every step to a known note', () => {
    const graph = result.graph!;
    const nodes = new Set(graph.nodes.map((n) => n.id));
    const edges = new Map(graph.edges.map((e) => [e.id, e]));
    for (const t of tours) {
      expect(t.steps.length).toBeGreaterThanOrEqual(5);
      for (const step of t.steps) {
        expect(step.nodes.length).toBeGreaterThan(0);
        for (const id of step.nodes) expect(nodes.has(id), `${t.id}: ${id}`).toBe(true);
        for (const id of step.edges) {
          const edge = edges.get(id)!;
          // A step lights the ends of every relation it lights.
          expect(step.nodes).toEqual(expect.arrayContaining([edge.source, edge.target]));
        }
        for (const c of [step.cite, ...(step.alsoCites ?? [])])
          expect(Object.keys(graph.sources)).toContain(c.note);
        expect(step.cite.file).toBe(t.file);
      }
    }
  });

  it('tells the Kubernetes family as the notes do', () => {
    const k8s = tours.find((t) => t.id === 'kubernetes-family')!;
    const scaling = k8s.steps.find((s) => s.title === 'Two ways to scale nodes')!;
    expect(scaling.edges).toEqual(
      expect.arrayContaining([
        'karpenter:provisions-through:ec2-fleet:directly',
        'cluster-autoscaling:provisions-through:auto-scaling-groups',
      ]),
    );
    expect(scaling.cite).toMatchObject({ note: 'registries', section: 'Elastic Kubernetes Service (EKS)' });
  });
});

describe('a user\u2019s own tour', () => {
  const tour = (steps: string) =>
    note(
      'tours/mine.md',
      `tour: mine\ntitle: Mine\nsummary: A tour.\nsource: { note: study, section: Overview }\nsteps:\n${steps}`,
    );

  it('compiles beside the user\u2019s notes, accepting a symmetric relation written either way round', () => {
    const r = compileNotes(
      [
        ...smallNotes(),
        tour(
          '  - { title: One, nodes: [ecs], relations: [{ from: eks-anywhere, kind: built-on, to: eks-distro }], text: "Look." }',
        ),
      ],
      SOURCES,
    );
    expect(r.errors).toEqual([]);
    expect(r.tours![0]!.steps[0]).toMatchObject({
      nodes: ['ecs', 'eks-anywhere', 'eks-distro'],
      edges: ['eks-anywhere:built-on:eks-distro'],
      cite: { note: 'study', section: 'Overview', file: 'tours/mine.md' },
    });
  });

  it('says which node or relation is missing, at its file and line, with a suggestion', () => {
    const r = compileNotes(
      [
        ...smallNotes(),
        tour(
          '  - title: One\n    nodes: [ecs, eks-distor]\n    relations: [{ from: ecs, kind: built-on, to: eks-distro }]\n    text: "Look."',
        ),
      ],
      SOURCES,
    );
    expect(r.graph).toBeUndefined();
    expect(r.errors.map(formatError)).toEqual([
      "tours/mine.md:8: tour 'mine' step 1 names missing node 'eks-distor'; did you mean 'eks-distro'?",
      "tours/mine.md:9: tour 'mine' step 1 lights 'ecs built-on eks-distro', which is not a relation in the graph",
    ]);
  });
});
