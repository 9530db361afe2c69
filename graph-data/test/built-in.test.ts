import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { toJsonExport } from '../export/json-export';
import { allExampleChecks } from '../pricing/estimate';
import { filterByFacets } from '../queries/facet-filter';
import { shortestPaths } from '../queries/shortest-path';
import { buildSearchIndex, search } from '../search/search-index';

const result = compileFolder(BUILT_IN_NOTES);
const graph = result.graph!;
const exported = JSON.stringify(toJsonExport(graph)).toLowerCase();
/** The study notes the built-in graph was made from: beside the repository, or where SEEDS_DIR says. */
const seeds = process.env.SEEDS_DIR ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');

describe('the built-in graph', () => {
  it('compiles without a single problem', () => {
    expect(result.errors).toEqual([]);
    expect(graph.nodes.length).toBeGreaterThan(100);
  });

  it('has every service of the notes, with its facets', () => {
    const services = graph.nodes
      .filter((n) => n.kind === 'service')
      .map((n) => n.id)
      .sort();
    expect(services).toEqual(['ecr', 'ecs', 'ecs-anywhere', 'eks', 'eks-anywhere', 'eks-distro', 'fargate']);
    const onPremHipaaK8s = filterByFacets(graph, {
      compliance: ['hipaa'],
      hosting: ['on-premises'],
      orchestrator: ['kubernetes'],
    });
    expect(onPremHipaaK8s.map((m) => m.id)).toEqual(expect.arrayContaining(['eks-anywhere', 'eks-distro']));
    expect(filterByFacets(graph, { hosting: ['air-gapped'] }).map((m) => m.id)).toContain('eks-anywhere');
  });

  it('keeps the compliance qualifiers of the notes', () => {
    const fips = (from: string) =>
      graph.edges.find((e) => e.source === from && e.kind === 'complies-with' && e.target === 'fips-140-2');
    expect(fips('ecs-anywhere')?.qualifier).toBe('in GovCloud');
    expect(fips('eks-anywhere')?.qualifier).toBe('in GovCloud');
    expect(fips('eks-distro')?.qualifier).toBe('with EKS Anywhere');
  });

  it('recomputes every worked example and flags the two whose arithmetic is wrong', () => {
    const checks = Object.fromEntries(allExampleChecks(graph).map(({ node, check }) => [node, check]));
    expect(checks['ecs-anywhere']).toMatchObject({ computed: 73.8, stated: 73.8, agrees: true });
    expect(checks['ecr']).toMatchObject({ computed: 10.9, stated: 10.9, agrees: true });
    // 10 x (0.5 x $0.04048 + 1 x $0.004445) x 24 x 30 = $177.73, not ~$182.05.
    expect(checks['ecs']).toMatchObject({ computed: 177.73, stated: 182.05, agrees: false });
    // $0.10 x 720 + 10 x $0.096 x 720 = $763.20, not ~$799.20.
    expect(checks['eks']).toMatchObject({ computed: 763.2, stated: 799.2, agrees: false });
  });

  it('tells the path from EKS Anywhere to Kubernetes through EKS Distro', () => {
    const stories = shortestPaths(graph, 'eks-anywhere', 'kubernetes').map((p) => p.story);
    expect(stories.join('\n')).toMatch(
      /Amazon EKS Anywhere is built on Amazon EKS Distro, which is a distribution of Kubernetes/,
    );
  });

  it('finds partial and misspelt words', () => {
    const index = buildSearchIndex(graph);
    expect(search(index, graph, 'karp')[0]?.id).toBe('karpenter');
    expect(
      search(index, graph, 'fargte')
        .slice(0, 2)
        .map((h) => h.id),
    ).toContain('fargate');
    expect(search(index, graph, 'EKS-D')[0]?.id).toBe('eks-distro');
  });

  it('ranks the node a query names above nodes that merely mention it', () => {
    const index = buildSearchIndex(graph);
    const top = (q: string) => search(index, graph, q)[0]?.id;
    expect(top('fargate')).toBe('fargate');
    expect(top('kubernets')).toBe('kubernetes');
    expect(top('EKS Anywh')).toBe('eks-anywhere');
    expect(top('ecs anywhere')).toBe('ecs-anywhere');
    expect(top('pci')).toBe('pci-dss');
  });

  it('cites a known note and section on every node, fact and relation', () => {
    const cites = [
      ...graph.nodes.flatMap((n) => [n.cite, ...n.facts.map((f) => f.cite)]),
      ...graph.edges.map((e) => e.cite),
    ];
    for (const c of cites) {
      expect(Object.keys(graph.sources)).toContain(c.note);
      expect(c.section.length).toBeGreaterThan(0);
    }
  });
});

// Never skipped: without the seed notes this says where it looked, and fails.
describe('coverage of the seed notes (../shared/seeds, or SEEDS_DIR)', () => {
  it('finds the seed notes', () => {
    expect(existsSync(seeds), `no seed notes at ${seeds}; set SEEDS_DIR to their folder`).toBe(true);
  });
  const text = () =>
    readdirSync(seeds)
      .map((f) => readFileSync(join(seeds, f), 'utf8'))
      .join('\n');

  it('carries every figure in the notes into the export', () => {
    const withoutLinks = text().replace(/\[\]\([^)]*\)/g, '');
    const figures = new Set(withoutLinks.match(/\d+(?:[.,]\d+)*/g));
    expect(figures.size).toBeGreaterThan(20);
    const missing = [...figures].filter((f) => !exported.includes(f.toLowerCase()));
    expect(missing).toEqual([]);
  });

  it('names every concept, component, integration, platform and programme in the notes', () => {
    const names = [
      // Deep-dive note
      'ECS Anywhere cluster',
      'task definition',
      'external instance',
      'EKS Anywhere cluster',
      'EKS Connector',
      'curated packages',
      'release channel',
      'repository',
      'image scanning',
      'pull through cache',
      'pod',
      'Karpenter',
      'managed node groups',
      'Cluster API',
      'CloudWatch',
      'CloudTrail',
      'IAM',
      'KMS',
      'Security Hub',
      'GuardDuty',
      'X-Ray',
      'Prometheus',
      'Distro for OpenTelemetry',
      'IRSA',
      'RBAC',
      'security groups',
      'VPC',
      'ALB',
      'vSphere',
      'bare metal',
      'Nutanix',
      'CloudStack',
      'Snow',
      'Outposts',
      'HIPAA',
      'PCI',
      'GDPR',
      'FIPS 140-2',
      'GovCloud',
      'Enterprise Subscriptions',
      'lifecycle polic',
      'Spot',
      'Fargate Spot',
      'us-east-1',
      'Amazon Linux 2',
      '11 9s',
      'etcd',
      'TLS',
      'm5.large',
      'data sovereignty',
      'hybrid cloud',
      'air-gapped',
      'microservices',
      'batch processing',
      'web app',
      // Containers and registries note
      'Docker Engine',
      'Dockerfile',
      'Docker image',
      'Windows containers',
      'container instance',
      'ECS agent',
      'auth token',
      'repo policy',
      'OCI',
      'artifacts',
      'S3',
      'Docker Hub',
      'Kubernetes',
      'Cluster Autoscaling',
      'Auto Scaling group',
      'EC2 Fleet',
      'Network Load Balancer',
      'Application Load Balancer',
      'Kubeflow',
      'machine learning',
      'Systems Manager',
      'EC2 launch type',
      'Fargate launch type',
      'External launch type',
      'vertical',
      'horizontal',
      'patching',
    ];
    const missing = names.filter((n) => !exported.includes(n.toLowerCase()));
    expect(missing).toEqual([]);
  });
});
