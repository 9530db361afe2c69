import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { compileNotes } from '../compile/compile';
import { note, smallNotes, SOURCES } from '../test/fixtures';
import { findInconsistencies, inconsistenciesOf } from './find-inconsistencies';

const graph = compileFolder(BUILT_IN_NOTES).graph!;
const all = findInconsistencies(graph);
const about = (a: string, b: string) => all.find((i) => i.nodes.includes(a) && i.nodes.includes(b));

describe('the notes\u2019 own inconsistencies in the built-in graph', () => {
  it('shows each tension the issue names, on the nodes involved, with both passages cited', () => {
    const image = about('docker-image', 'dockerfile')!;
    expect(image.sentence).toMatch(/text document called a Dockerfile/);
    expect(image.cites.map((c) => c.section)).toEqual(["What is a 'Container'?", 'ECR Components']);
    const karpenter = about('karpenter', 'ec2-fleet')!;
    expect(karpenter.sentence).toMatch(/Fargate.*EC2 Fleet/);
    expect(karpenter.cites.map((c) => c.note)).toEqual(['deep-dive', 'registries']);
    const hub = about('eks-anywhere', 'security-hub')!;
    expect(hub.sentence).toMatch(/air-gapped.*Security Hub/);
    expect(hub.cites.map((c) => c.section)).toEqual([
      'Amazon EKS Anywhere › Overview',
      'Amazon EKS Anywhere › Security',
    ]);
    const heading = about('ecs-anywhere', 'eks-anywhere')!;
    expect(heading.sentence).toMatch(/"ECS\/EKS Anywhere".*only of ECS/);
    expect(heading.cites[0]).toMatchObject({ note: 'registries', section: 'ECS/EKS Anywhere' });
  });

  it('adds the worked examples whose arithmetic fails, and only those', () => {
    const examples = all.filter((i) => i.check === 'worked-example');
    expect(examples.map((i) => i.nodes[0]).sort()).toEqual(['ecs', 'eks']);
    expect(examples.find((i) => i.nodes[0] === 'ecs')!.sentence).toMatch(/~\$182\.05\/month.*\$177\.73/);
  });

  it('does not repeat an automatic finding that a noted tension already explains', () => {
    const hubFindings = all.filter(
      (i) => i.nodes.includes('eks-anywhere') && i.nodes.includes('security-hub'),
    );
    expect(hubFindings.map((i) => i.check)).toEqual(['noted']);
  });

  it('lists what concerns one node for its details panel', () => {
    expect(inconsistenciesOf(all, 'security-hub').map((i) => i.id)).toEqual(['noted:eks-anywhere:0']);
  });
});

describe('the automatic checks on a user\u2019s own notes', () => {
  it('finds an air-gapped service audited with an AWS service without a connection qualifier', () => {
    const files = smallNotes().map((f) =>
      f.path === 'services/eks-anywhere.md'
        ? {
            ...f,
            text: f.text.replace(
              'relations:\n',
              'relations:\n  - { kind: audited-with, to: hub }\n  - { kind: monitored-with, to: cw, qualifier: if AWS-connected }\n',
            ),
          }
        : f,
    );
    files.push(
      note(
        'hub.md',
        'id: hub\nkind: integration\nlabel: AWS Security Hub\nsummary: Findings.\nsource: { note: study, section: Security }',
      ),
      note(
        'cw.md',
        'id: cw\nkind: integration\nlabel: Amazon CloudWatch\nsummary: Metrics.\nsource: { note: study, section: Security }',
      ),
    );
    const result = compileNotes(files, SOURCES);
    expect(result.errors).toEqual([]);
    const found = findInconsistencies(result.graph!).filter((i) => i.check !== 'worked-example');
    expect(found.map((i) => [i.check, ...i.nodes])).toEqual([
      ['air-gapped-but-connected', 'eks-anywhere', 'hub'],
    ]);
    expect(found[0]!.sentence).toMatch(/air-gapped.*AWS Security Hub.*connected/);
  });

  it('finds a worked example that does not add up in any notes, and a tension a user writes', () => {
    const files = smallNotes().map((f) =>
      f.path === 'services/ecs.md'
        ? {
            ...f,
            text: f.text.replace(
              'examples:',
              'tensions:\n  - { text: "Says two things.", with: hipaa, section: ECS › Overview, against: { section: Security } }\nexamples:',
            ),
          }
        : f,
    );
    const found = findInconsistencies(compileNotes(files, SOURCES).graph!);
    expect(found.map((i) => i.check).sort()).toEqual(['noted', 'worked-example']);
  });

  it('reports a tension that names a missing node at its file and line', () => {
    const files = smallNotes().map((f) =>
      f.path === 'services/ecs.md'
        ? {
            ...f,
            text: f.text.replace(
              'examples:',
              'tensions:\n  - { text: "x", with: hippa, against: { section: S } }\nexamples:',
            ),
          }
        : f,
    );
    const errors = compileNotes(files, SOURCES).errors;
    expect(errors).toEqual([
      expect.objectContaining({
        file: 'services/ecs.md',
        line: expect.any(Number),
        message: expect.stringMatching(/missing node 'hippa'; did you mean 'hipaa'/),
      }),
    ]);
  });
});
