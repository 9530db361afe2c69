import { compileNotes, type NoteFile } from '../compile/compile';
import type { Graph } from '../model/schema';

/** A note file from front-matter lines, for compact tests. */
export function note(path: string, frontMatter: string, body = ''): NoteFile {
  return { path, text: `---\n${frontMatter.trim()}\n---\n${body}` };
}

export const SOURCES: NoteFile = {
  path: 'sources.yaml',
  text: 'study:\n  file: study.txt\n  title: Study notes\n',
};

/** A small, valid set of notes: three services, two compliance programmes, a platform and a price. */
export function smallNotes(): NoteFile[] {
  return [
    note(
      'services/eks-anywhere.md',
      `
id: eks-anywhere
kind: service
label: Amazon EKS Anywhere
aliases: [EKS-A]
summary: Kubernetes on your own hardware.
source: { note: study, section: EKS Anywhere › Overview }
hosting: [on-premises, air-gapped]
orchestrator: [kubernetes]
facts:
  - { category: feature, text: "Runs in air-gapped environments." }
relations:
  - { kind: built-on, to: eks-distro }
  - { kind: complies-with, to: hipaa, section: EKS Anywhere › Security }
  - { kind: complies-with, to: fips, qualifier: in GovCloud, section: EKS Anywhere › Security }
  - { kind: runs-on, to: vsphere }
`,
    ),
    note(
      'services/eks-distro.md',
      `
id: eks-distro
kind: service
label: Amazon EKS Distro
aliases: [EKS-D]
summary: The Kubernetes distribution behind EKS.
source: { note: study, section: EKS Distro › Overview }
hosting: [on-premises, aws-cloud]
orchestrator: [kubernetes]
relations:
  - { kind: complies-with, to: hipaa }
  - { kind: complies-with, to: fips, qualifier: with EKS Anywhere }
`,
    ),
    note(
      'services/ecs.md',
      `
id: ecs
kind: service
label: Amazon ECS
summary: AWS's own container orchestrator.
source: { note: study, section: ECS › Overview }
hosting: [aws-cloud]
orchestrator: [ecs]
relations:
  - { kind: complies-with, to: hipaa }
  - { kind: priced-by, to: fargate-vcpu }
examples:
  - id: ecs-example
    title: Two tasks for ten hours
    inputs:
      - { name: tasks, label: Tasks, value: 2, unit: tasks }
      - { name: hours, label: Hours, value: 10, unit: hours }
    terms:
      - { price: fargate-vcpu, factors: [tasks, hours] }
    stated: { amount: 1.00, text: "$1.00", approximate: false }
`,
    ),
    note(
      'compliance/hipaa.md',
      `id: hipaa\nkind: compliance\nlabel: HIPAA\nsummary: US health data rules.\nsource: { note: study, section: Security }`,
    ),
    note(
      'compliance/fips.md',
      `id: fips\nkind: compliance\nlabel: FIPS 140-2\nsummary: US crypto module standard.\nsource: { note: study, section: Security }`,
    ),
    note(
      'platforms/vsphere.md',
      `id: vsphere\nkind: platform\nlabel: VMware vSphere\nsummary: A virtualisation platform.\nsource: { note: study, section: EKS Anywhere › Overview }`,
    ),
    note(
      'pricing/fargate-vcpu.md',
      `id: fargate-vcpu\nkind: pricing\nlabel: Fargate vCPU-hour\nsummary: Price of one vCPU for an hour.\nsource: { note: study, section: ECS › Cost }\nprice: { model: per-unit, amount: 0.04048, unit: vcpu-hour }`,
    ),
  ];
}

/** The small notes, compiled; throws if they stop compiling. */
export function smallGraph(): Graph {
  const result = compileNotes(smallNotes(), SOURCES);
  if (!result.graph) throw new Error(result.errors.map((e) => `${e.file}:${e.line} ${e.message}`).join('\n'));
  return result.graph;
}
