import { Graph, type GraphEdge, type GraphNode } from '../model/schema';
import type { RelationKind } from '../model/vocabulary';

const cite = { note: 'study', section: 'Test' };

function node(id: string, kind: GraphNode['kind'], label: string, extra: Partial<GraphNode> = {}): GraphNode {
  return {
    id,
    kind,
    label,
    aliases: [],
    summary: `${label}.`,
    description: '',
    cite,
    attributes: {},
    hosting: [],
    orchestrator: [],
    facts: [],
    examples: [],
    file: `${kind}/${id}.md`,
    ...extra,
  };
}

function edge(source: string, kind: RelationKind, target: string, qualifier?: string): GraphEdge {
  return {
    id: `${source}:${kind}:${target}${qualifier ? `:${qualifier}` : ''}`,
    source,
    target,
    kind,
    ...(qualifier ? { qualifier } : {}),
    cite: { note: 'study', section: `${source} › Relations` },
  };
}

const hosting = (...values: GraphNode['hosting'][number]['value'][]) =>
  values.map((value) => ({ value, cite }));
const orchestrator = (...values: GraphNode['orchestrator'][number]['value'][]) =>
  values.map((value) => ({ value, cite }));

/** A small hand-built study graph: look-alike services, compliance programmes, platforms and prices. */
export function studyGraph(extraEdges: GraphEdge[] = []): Graph {
  const graph: Graph = {
    sources: { study: { file: 'study.txt', title: 'Study notes' } },
    nodes: [
      node('ecs', 'service', 'Amazon ECS', {
        hosting: hosting('aws-cloud'),
        orchestrator: orchestrator('ecs'),
      }),
      node('eks', 'service', 'Amazon EKS', {
        hosting: hosting('aws-cloud'),
        orchestrator: orchestrator('kubernetes'),
      }),
      node('ecs-anywhere', 'service', 'Amazon ECS Anywhere', {
        aliases: ['ECS Anywhere', 'ECS-A'],
        hosting: hosting('on-premises', 'edge', 'hybrid'),
        orchestrator: orchestrator('ecs'),
        facts: [
          {
            category: 'definition',
            text: 'ECS Anywhere is an extension of Amazon ECS that runs containers on infrastructure you manage.',
            cite,
          },
        ],
      }),
      node('eks-anywhere', 'service', 'Amazon EKS Anywhere', {
        aliases: ['EKS-A'],
        hosting: hosting('on-premises', 'edge', 'air-gapped'),
        orchestrator: orchestrator('kubernetes'),
      }),
      node('eks-distro', 'service', 'Amazon EKS Distro', {
        aliases: ['EKS-D'],
        hosting: hosting('on-premises', 'aws-cloud', 'air-gapped'),
        orchestrator: orchestrator('kubernetes'),
      }),
      node('ecr', 'service', 'Amazon ECR', {
        hosting: hosting('aws-cloud'),
        orchestrator: orchestrator('none'),
      }),
      node('app-runner', 'service', 'AWS App Runner', {
        hosting: hosting('aws-cloud'),
        orchestrator: orchestrator('none'),
      }),
      node('batch', 'service', 'AWS Batch', { hosting: hosting('aws-cloud') }),
      node('lightsail', 'service', 'Amazon Lightsail Containers', { hosting: hosting('aws-cloud') }),
      node('kubernetes', 'component', 'Kubernetes'),
      node('karpenter', 'component', 'Karpenter'),
      node('cluster-autoscaler', 'component', 'Cluster Autoscaler'),
      node('ecs-agent', 'component', 'ECS agent'),
      node('pod', 'component', 'Pod'),
      node('task-definition', 'component', 'Task definition'),
      node('ec2-fleet', 'integration', 'EC2 Fleet'),
      node('auto-scaling-groups', 'integration', 'EC2 Auto Scaling groups'),
      node('cloudwatch', 'integration', 'Amazon CloudWatch'),
      node('iam', 'integration', 'AWS IAM'),
      node('hipaa', 'compliance', 'HIPAA'),
      node('pci-dss', 'compliance', 'PCI DSS'),
      node('fips', 'compliance', 'FIPS 140-2'),
      node('gdpr', 'compliance', 'GDPR'),
      node('soc', 'compliance', 'SOC 2'),
      node('vsphere', 'platform', 'VMware vSphere'),
      node('bare-metal', 'platform', 'Bare metal'),
      node('nutanix', 'platform', 'Nutanix'),
      node('outposts', 'platform', 'AWS Outposts'),
      node('snow', 'platform', 'AWS Snow Family'),
      node('on-premises-servers', 'platform', 'On-premises servers', {
        aliases: ['on-premises', 'data centre'],
      }),
      node('ecs-anywhere-instance-hour', 'pricing', 'ECS Anywhere external instance-hour', {
        price: {
          model: 'per-unit',
          amount: 0.01025,
          currency: 'USD',
          unit: 'instance-hour',
          region: 'us-east-1',
        },
      }),
      node('fargate-vcpu-hour', 'pricing', 'Fargate vCPU-hour', {
        price: { model: 'per-unit', amount: 0.04048, currency: 'USD', unit: 'vcpu-hour' },
      }),
      node('fargate-gb-hour', 'pricing', 'Fargate GB-hour', {
        price: { model: 'per-unit', amount: 0.004445, currency: 'USD', unit: 'gb-hour' },
      }),
      node('eks-cluster-hour', 'pricing', 'EKS cluster-hour', {
        price: { model: 'per-unit', amount: 0.1, currency: 'USD', unit: 'cluster-hour' },
      }),
      node('eks-anywhere-subscription', 'pricing', 'EKS Anywhere subscription', {
        price: { model: 'contact-sales', currency: 'USD', unit: 'none' },
      }),
    ],
    edges: [
      edge('ecs-anywhere', 'extends', 'ecs'),
      edge('eks-anywhere', 'extends', 'eks'),
      edge('eks-anywhere', 'built-on', 'eks-distro'),
      edge('eks', 'built-on', 'eks-distro'),
      edge('ecs-anywhere', 'built-on', 'ecs-agent'),
      edge('app-runner', 'built-on', 'ecs'),
      edge('batch', 'built-on', 'ecs'),
      edge('eks-distro', 'distribution-of', 'kubernetes'),
      edge('ecs-anywhere', 'uses', 'ecs-agent'),
      edge('eks', 'has-component', 'karpenter'),
      edge('karpenter', 'provisions-through', 'ec2-fleet'),
      edge('cluster-autoscaler', 'provisions-through', 'auto-scaling-groups'),
      edge('ecs', 'monitored-with', 'cloudwatch'),
      edge('ecs', 'controls-access-with', 'iam'),
      edge('ecs', 'complies-with', 'hipaa'),
      edge('ecs', 'complies-with', 'pci-dss'),
      edge('ecs', 'complies-with', 'gdpr'),
      edge('eks', 'complies-with', 'hipaa'),
      edge('eks', 'complies-with', 'pci-dss'),
      edge('ecs-anywhere', 'complies-with', 'hipaa'),
      edge('ecs-anywhere', 'complies-with', 'pci-dss'),
      edge('ecs-anywhere', 'complies-with', 'fips', 'in GovCloud'),
      edge('eks-anywhere', 'complies-with', 'hipaa'),
      edge('eks-anywhere', 'complies-with', 'fips', 'in GovCloud'),
      edge('eks-distro', 'complies-with', 'fips', 'with EKS Anywhere'),
      edge('ecr', 'complies-with', 'pci-dss'),
      edge('ecr', 'complies-with', 'soc'),
      edge('eks-anywhere', 'runs-on', 'vsphere'),
      edge('eks-anywhere', 'runs-on', 'bare-metal'),
      edge('eks-anywhere', 'runs-on', 'nutanix'),
      edge('ecs-anywhere', 'runs-on', 'vsphere'),
      edge('ecs-anywhere', 'runs-on', 'bare-metal'),
      edge('ecs-anywhere', 'priced-by', 'ecs-anywhere-instance-hour'),
      edge('eks', 'priced-by', 'eks-cluster-hour'),
      edge('eks-anywhere', 'priced-by', 'eks-anywhere-subscription'),
      ...extraEdges,
    ],
  };
  return Graph.parse(graph);
}

export { edge as studyEdge };
