/** The kinds of node in the Service Atlas graph, with how the UI names them. */
export const NODE_KINDS = [
  'service',
  'component',
  'feature',
  'integration',
  'compliance',
  'platform',
  'pricing',
  'use-case',
  'compute-option',
  'comparison',
] as const;

export type NodeKind = (typeof NODE_KINDS)[number];

/** Human names and one-line meanings of each node kind (shown in the legend and docs). */
export const NODE_KIND_INFO: Record<NodeKind, { label: string; plural: string; meaning: string }> = {
  service: { label: 'Service', plural: 'Services', meaning: 'An AWS container service the notes study.' },
  component: {
    label: 'Component',
    plural: 'Components & concepts',
    meaning: 'A building block or idea inside a service: cluster, task definition, pod, Karpenter.',
  },
  feature: { label: 'Feature', plural: 'Features', meaning: 'A capability a service offers.' },
  integration: {
    label: 'Integration',
    plural: 'Integrations',
    meaning: 'Another AWS service or outside tool a service works with: CloudWatch, IAM, KMS.',
  },
  compliance: {
    label: 'Compliance programme',
    plural: 'Compliance programmes',
    meaning: 'A regulatory or certification programme: HIPAA, PCI DSS, GDPR, FIPS 140-2.',
  },
  platform: {
    label: 'Platform',
    plural: 'Platforms',
    meaning: 'Infrastructure a service runs on: vSphere, bare metal, Nutanix, Outposts.',
  },
  pricing: { label: 'Pricing item', plural: 'Pricing items', meaning: 'One billed unit with its price.' },
  'use-case': { label: 'Use case', plural: 'Use cases', meaning: 'A job people use a service for.' },
  'compute-option': {
    label: 'Compute option',
    plural: 'Compute options',
    meaning: 'Where workloads run: a launch type such as EC2, Fargate or External.',
  },
  comparison: {
    label: 'Comparison',
    plural: 'Comparisons',
    meaning: 'A comparison table from the notes, kept as data.',
  },
};

/** Where a service can run: the hybrid / on-premises / air-gapped facet. */
export const HOSTING_VALUES = [
  'aws-cloud',
  'on-premises',
  'edge',
  'hybrid',
  'air-gapped',
  'other-clouds',
] as const;
export type Hosting = (typeof HOSTING_VALUES)[number];
export const HOSTING_LABELS: Record<Hosting, string> = {
  'aws-cloud': 'AWS cloud',
  'on-premises': 'On-premises',
  edge: 'Edge',
  hybrid: 'Hybrid',
  'air-gapped': 'Air-gapped',
  'other-clouds': 'Other clouds',
};

/** Which orchestrator a service is built around. */
export const ORCHESTRATOR_VALUES = ['ecs', 'kubernetes', 'none'] as const;
export type Orchestrator = (typeof ORCHESTRATOR_VALUES)[number];
export const ORCHESTRATOR_LABELS: Record<Orchestrator, string> = {
  ecs: 'Amazon ECS',
  kubernetes: 'Kubernetes',
  none: 'No orchestrator',
};

/** The categories a fact can fall in; the details panel groups facts by these. */
export const FACT_CATEGORIES = [
  'definition',
  'feature',
  'concept',
  'use-case',
  'update',
  'performance',
  'resilience',
  'monitoring',
  'security',
  'compliance',
  'pricing',
  'cost-strategy',
  'exam-tip',
  'note',
] as const;
export type FactCategory = (typeof FACT_CATEGORIES)[number];
export const FACT_CATEGORY_LABELS: Record<FactCategory, string> = {
  definition: 'Definition',
  feature: 'Features',
  concept: 'Concepts',
  'use-case': 'Use cases',
  update: 'Updates',
  performance: 'Performance',
  resilience: 'Resilience',
  monitoring: 'Monitoring',
  security: 'Security',
  compliance: 'Compliance',
  pricing: 'Pricing',
  'cost-strategy': 'Cost strategies',
  'exam-tip': 'Exam tips',
  note: 'Notes',
};
