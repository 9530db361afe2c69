import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { compileNotes } from '../compile/compile';
import { formatError } from '../compile/errors';
import { buildSearchIndex, search } from '../search/search-index';
import { isSymmetric } from '../model/vocabulary';
import { SOURCES, smallNotes } from './fixtures';

const graph = compileFolder(BUILT_IN_NOTES).graph!;
const has = (source: string, kind: string, target: string) =>
  graph.edges.some((e) => e.source === source && e.kind === kind && e.target === target);
const kindsBetween = (a: string, b: string) =>
  graph.edges.filter((e) => e.source === a && e.target === b).map((e) => e.kind);
const node = (id: string) => graph.nodes.find((n) => n.id === id)!;

describe('the built-in graph reads as the notes say (issue 10 audit)', () => {
  it('drops the relations the notes do not make', () => {
    expect(kindsBetween('ecr', 'docker-hub')).toEqual([]);
    expect(kindsBetween('eks-connector', 'eks-console')).toEqual([]);
    expect(kindsBetween('fargate', 'fargate-spot')).toEqual([]);
    expect(kindsBetween('pod', 'irsa')).toEqual([]);
    expect(kindsBetween('ecr-image', 'kms')).toEqual([]);
    expect(kindsBetween('ecr-registry', 'ecr-auth-token')).toEqual([]);
    expect(kindsBetween('ecs-anywhere', 'external-launch-type')).toEqual([]);
    // What the notes do say stays: the cluster registers with the console, ECR encrypts images at rest.
    expect(has('eks-anywhere-cluster', 'registers-with', 'eks-console')).toBe(true);
    expect(has('ecr', 'encrypts-with', 'kms')).toBe(true);
    expect(has('external-launch-type', 'provided-by', 'ecs-anywhere')).toBe(true);
    expect(has('ecs', 'runs-workloads-on', 'external-launch-type')).toBe(true);
  });

  it('says a client (Docker) pulls from Docker Hub and pushes to ECR', () => {
    expect(has('docker-engine', 'uses', 'docker-hub')).toBe(true);
    expect(has('docker-engine', 'uses', 'ecr')).toBe(true);
  });

  it('uses the precise relation where a vague one stood', () => {
    expect(kindsBetween('cluster-autoscaling', 'auto-scaling-groups')).toEqual(['provisions-through']);
    expect(kindsBetween('karpenter', 'ec2-fleet')).toEqual(['provisions-through']);
    expect(kindsBetween('ecs', 'ecs-anywhere')).toEqual(['runs-workloads-on']);
    expect(kindsBetween('eks', 'eks-distro')).toEqual(['built-on']);
    expect(kindsBetween('eks-distro', 'ec2')).toEqual(['runs-on']);
    expect(kindsBetween('ecs', 'fargate-spot')).toEqual(['runs-workloads-on']);
    expect(kindsBetween('eks', 'fargate-spot')).toEqual(['runs-workloads-on']);
    expect(kindsBetween('eks', 'spot-instances')).toEqual(['runs-workloads-on']);
    expect(kindsBetween('eks-distro', 'spot-instances')).toEqual(['runs-workloads-on']);
  });

  it('gives nodes the kinds and facets the notes give them', () => {
    expect(node('ecr').orchestrator).toEqual([]);
    expect(node('fargate').orchestrator.map((o) => o.value)).toEqual(['ecs']);
    expect(node('image-scanning').kind).toBe('feature');
    expect(node('pull-through-cache').kind).toBe('feature');
    expect(has('ecr', 'has-feature', 'image-scanning')).toBe(true);
    expect(has('ecr', 'has-feature', 'pull-through-cache')).toBe(true);
    expect(node('ec2').kind).toBe('platform');
    expect(node('fargate-spot').kind).toBe('compute-option');
    expect(node('spot-instances').kind).toBe('compute-option');
  });

  it('sends a search for a generic phrase nowhere it does not belong', () => {
    const aliases = (id: string) => node(id).aliases.map((a) => a.toLowerCase());
    expect(aliases('eks-console')).not.toContain('aws console');
    expect(aliases('curated-packages')).not.toContain('add-ons');
    expect(aliases('external-instance')).not.toContain('managed instance');
    expect(aliases('ec2-launch-type')).not.toContain('ec2');
    expect(aliases('ecr-image')).not.toContain('container image');
    const index = buildSearchIndex(graph);
    expect(search(index, graph, 'EC2')[0]?.id).toBe('ec2');
  });

  it('cites every section a roll-up fact summarises', () => {
    const rollUp = node('hipaa').facts[0]!;
    const sections = [rollUp.cite, ...(rollUp.alsoCites ?? [])].map((c) => c.section);
    expect(sections).toEqual(
      expect.arrayContaining([
        'Amazon ECS Anywhere › Security',
        'Amazon EKS Anywhere › Security',
        'Amazon EKS Distro › Security',
        'Amazon Elastic Container Service (ECS) › Security',
        'Amazon Elastic Kubernetes Service (EKS) › Security',
        'Amazon Elastic Container Registry (ECR) › Security',
      ]),
    );
  });

  it('stores each symmetric relation once, citing both notes where both say it', () => {
    const pairs = graph.edges
      .filter((e) => isSymmetric(e.kind))
      .map((e) => `${e.kind}|${[e.source, e.target].sort().join('|')}`);
    expect(pairs.length).toBe(new Set(pairs).size);
    const ecsEks = graph.edges.filter(
      (e) => e.kind === 'alternative-to' && [e.source, e.target].sort().join() === 'ecs,eks',
    );
    expect(ecsEks).toHaveLength(1);
    expect(ecsEks[0]!.alsoCites?.map((c) => c.section)).toEqual([
      'Amazon Elastic Kubernetes Service (EKS) › Key Notes',
    ]);
  });
});

describe('the compiler and symmetric relations', () => {
  it('reports a symmetric relation stored both ways, with file and line, and says how to fix it', () => {
    const both = smallNotes().map((f) => {
      if (f.path === 'services/ecs.md')
        return {
          ...f,
          text: f.text.replace('relations:\n', 'relations:\n  - { kind: alternative-to, to: eks-distro }\n'),
        };
      if (f.path === 'services/eks-distro.md')
        return {
          ...f,
          text: f.text.replace('relations:\n', 'relations:\n  - { kind: alternative-to, to: ecs }\n'),
        };
      return f;
    });
    const errors = compileNotes(both, SOURCES).errors.map(formatError);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^services\/eks-distro\.md:\d+ .*'alternative-to' reads the same both ways.*alsoCites/,
    );
  });
});
