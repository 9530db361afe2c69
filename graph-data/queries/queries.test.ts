import { describe, expect, it } from 'vitest';
import { smallGraph } from '../test/fixtures';
import { neighbourhood } from './neighbourhood';
import { shortestPaths } from './shortest-path';
import { filterByFacets } from './facet-filter';
import { compareNodes } from './compare';

const graph = smallGraph();

describe('neighbourhood', () => {
  it('walks edges both ways to the given depth', () => {
    const one = neighbourhood(graph, 'eks-distro', 1);
    expect([...one.distance.keys()].sort()).toEqual(['eks-anywhere', 'eks-distro', 'fips', 'hipaa']);
    const two = neighbourhood(graph, 'eks-distro', 2);
    expect(two.distance.get('vsphere')).toBe(2);
    expect(two.distance.get('ecs')).toBe(2);
  });

  it('can follow only some relation kinds', () => {
    const hood = neighbourhood(graph, 'eks-anywhere', 3, ['built-on']);
    expect([...hood.distance.keys()].sort()).toEqual(['eks-anywhere', 'eks-distro']);
  });
});

describe('shortestPaths', () => {
  it('tells the path as sentences in each edge\u2019s own direction', () => {
    const [path] = shortestPaths(graph, 'vsphere', 'eks-distro');
    expect(path!.nodes).toEqual(['vsphere', 'eks-anywhere', 'eks-distro']);
    expect(path!.sentences).toEqual([
      'Amazon EKS Anywhere runs on VMware vSphere',
      'Amazon EKS Anywhere is built on Amazon EKS Distro',
    ]);
    expect(path!.story).toBe(
      'VMware vSphere can host Amazon EKS Anywhere, which is built on Amazon EKS Distro.',
    );
  });

  it('returns every shortest path, and none when nodes are not connected', () => {
    const paths = shortestPaths(graph, 'ecs', 'eks-distro');
    expect(paths.map((p) => p.nodes[1]).sort()).toEqual(['hipaa']);
    expect(shortestPaths(graph, 'ecs', 'eks-anywhere').length).toBe(1);
    expect(shortestPaths(graph, 'vsphere', 'fargate-vcpu', { edgeKinds: ['runs-on'] })).toEqual([]);
  });
});

describe('filterByFacets', () => {
  it('combines facets with AND and says why each match matches', () => {
    const matches = filterByFacets(graph, {
      compliance: ['hipaa', 'fips'],
      hosting: ['on-premises'],
      orchestrator: ['kubernetes'],
    });
    expect(matches.map((m) => m.id).sort()).toEqual(['eks-anywhere', 'eks-distro']);
    const eksa = matches.find((m) => m.id === 'eks-anywhere')!;
    expect(eksa.reasons.map((r) => r.text)).toEqual([
      'complies with HIPAA',
      'complies with FIPS 140-2 (in GovCloud)',
      'runs on-premises',
      'is built around Kubernetes',
    ]);
    expect(eksa.reasons[1]!.cite.section).toBe('EKS Anywhere › Security');
  });

  it('narrows as facets are added', () => {
    expect(
      filterByFacets(graph, { compliance: ['hipaa'] })
        .map((m) => m.id)
        .sort(),
    ).toEqual(['ecs', 'eks-anywhere', 'eks-distro']);
    expect(
      filterByFacets(graph, { compliance: ['hipaa'], hosting: ['air-gapped'] }).map((m) => m.id),
    ).toEqual(['eks-anywhere']);
    expect(filterByFacets(graph, { hosting: ['edge'] })).toEqual([]);
  });
});

describe('compareNodes', () => {
  it('lists shared and differing values per facet', () => {
    const cmp = compareNodes(graph, ['eks-anywhere', 'eks-distro', 'ecs']);
    const compliance = cmp.rows.find((r) => r.key === 'compliance')!;
    expect(compliance.shared).toEqual(['HIPAA']);
    expect(compliance.differs).toBe(true);
    expect(compliance.cells[0]!.map((c) => c.text)).toContain('FIPS 140-2 (in GovCloud)');
    const hosting = cmp.rows.find((r) => r.key === 'hosting')!;
    expect(hosting.cells[2]!.map((c) => c.text)).toEqual(['AWS cloud']);
    const pricing = cmp.rows.find((r) => r.key === 'pricing')!;
    expect(pricing.cells[2]![0]!.text).toBe('Fargate vCPU-hour: $0.04048 per vCPU-hour');
  });

  it('marks rows where all agree as not differing', () => {
    const cmp = compareNodes(graph, ['eks-anywhere', 'eks-distro']);
    expect(cmp.rows.find((r) => r.key === 'orchestrator')).toMatchObject({
      differs: false,
      shared: ['Kubernetes'],
    });
  });

  it('refuses fewer than two or more than four nodes', () => {
    expect(() => compareNodes(graph, ['ecs'])).toThrow(/2 to 4/);
  });
});
