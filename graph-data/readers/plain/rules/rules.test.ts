import { describe, expect, it } from 'vitest';
import { adjectiveOf } from './capabilities';
import { complianceRule } from './compliance';
import { hostingFacets, orchestratorFacets } from './facets';
import { featuresRule } from './features';
import { integrationsRule, supportsNamedRule } from './integrations';
import { readPrices } from './pricing';
import { runsOnRule } from './runs-on';
import { toolRolesRule } from './tool-roles';
import type { RuleInput } from './types';
import { asGerund, useCasesRule } from './use-cases';
import { expand, parseWorkedExample, quantities } from './worked-example';

const line = (text: string, category: RuleInput['category'] = 'feature', parentKey?: string): RuleInput => {
  const m = /^([^:]+):\s*(.*)$/.exec(text);
  return {
    text,
    category,
    ...(m && !text.startsWith('Integrates') ? { key: m[1]!, value: m[2]! } : { value: text }),
    ...(parentKey ? { parentKey } : {}),
  };
};
const targets = (claims: { to: string; kind: string; qualifier?: string }[]) =>
  claims.map((c) => `${c.kind} ${c.to}${c.qualifier ? ` (${c.qualifier})` : ''}`);

describe('compliance-list', () => {
  it('reads each programme, with the brackets as qualifier', () => {
    expect(
      targets(
        complianceRule.apply(line('Compliance: SOC 2, ISO 27001, FedRAMP High (in GovCloud).', 'security')),
      ),
    ).toEqual(['complies-with SOC 2', 'complies-with ISO 27001', 'complies-with FedRAMP High (in GovCloud)']);
  });
  it('claims nothing for "None" or for a line without a compliance key', () => {
    expect(complianceRule.apply(line('Compliance: None.', 'security'))).toEqual([]);
    expect(complianceRule.apply(line('Encryption: KMS.', 'security'))).toEqual([]);
  });
});

describe('integrates-with-list', () => {
  it('reads "Integrates with A, B (for x)" and "Integrated with A/B"', () => {
    expect(targets(integrationsRule.apply(line('Integrates with EventBridge, SNS (for fan-out).')))).toEqual([
      'integrates-with EventBridge',
      'integrates-with SNS (for fan-out)',
    ]);
    expect(targets(integrationsRule.apply(line('Integrated with S3/DynamoDB.')))).toEqual([
      'integrates-with S3',
      'integrates-with DynamoDB',
    ]);
  });
  it('reads "<Name> integration is common" and leaves role keys to the role rule', () => {
    expect(targets(integrationsRule.apply(line('API Gateway integration is common.')))).toEqual([
      'integrates-with API Gateway',
    ]);
    expect(integrationsRule.apply(line('Monitoring: Integrates with Prometheus.', 'monitoring'))).toEqual([]);
  });
  it('reads each name of "<A> and <B> integration"; one plain word opening a line names nothing', () => {
    expect(targets(integrationsRule.apply(line('EFS and EBS integration for storage.')))).toEqual([
      'integrates-with EFS',
      'integrates-with EBS',
    ]);
    expect(integrationsRule.apply(line('Continuous integration and deployment with pipelines.'))).toEqual([]);
    expect(targets(integrationsRule.apply(line('CloudWatch integration is built in.')))).toEqual([
      'integrates-with CloudWatch',
    ]);
  });
});

describe('supports-named-product', () => {
  it('relates the named products of a "Supports" list that are not platforms or compute', () => {
    expect(
      targets(supportsNamedRule.apply(line('Supports Lambda, Step Functions, App Runner for workflows.'))),
    ).toEqual([
      'integrates-with Step Functions (for workflows)',
      'integrates-with App Runner (for workflows)',
    ]);
  });
  it('claims nothing for a capability or lone describing words', () => {
    expect(supportsNamedRule.apply(line('Supports a Private Endpoint for VPC traffic.'))).toEqual([]);
    expect(supportsNamedRule.apply(line('Supports Linux and Windows.'))).toEqual([]);
  });
  it('gives each describing word the noun the list writes once ("Network and Application Load-Balancers")', () => {
    expect(targets(supportsNamedRule.apply(line('Supports Gateway and Interface Endpoints.')))).toEqual([
      'integrates-with Gateway Endpoint',
      'integrates-with Interface Endpoint',
    ]);
    const lbs = supportsNamedRule.apply(line('Supports Network and Application Load-Balancers.'));
    expect(targets(lbs)).toEqual([
      'integrates-with Network Load-Balancer',
      'integrates-with Application Load-Balancer',
    ]);
    expect(lbs.map((c) => c.aliases)).toEqual([['Network Load Balancer'], ['Application Load Balancer']]);
    // EC2 is a name of its own: the noun is Spot's alone.
    expect(targets(supportsNamedRule.apply(line('Supports EC2 and Spot Instances.')))).toEqual([
      'integrates-with Spot Instances',
    ]);
  });
});

describe('runs-on-list', () => {
  it('tells platforms (runs-on) from compute (runs-workloads-on)', () => {
    expect(targets(runsOnRule.apply(line('Supports Nutanix, OpenStack, EC2, Lambda.')))).toEqual([
      'runs-on Nutanix',
      'runs-on OpenStack',
      'runs-workloads-on EC2',
      'runs-workloads-on Lambda',
    ]);
  });
  it('reads the examples in "(e.g., ...)" after "deploys ... on"', () => {
    expect(
      targets(runsOnRule.apply(line('Deploys functions on customer hardware (e.g., Snowball, bare metal).'))),
    ).toEqual(['runs-on Snowball', 'runs-on bare metal']);
  });
  it('does not read exam tips or cost strategies', () => {
    expect(runsOnRule.apply(line('Exam Tip: Know that it runs on Outposts.', 'exam-tip'))).toEqual([]);
  });
});

describe('role-key-tools', () => {
  it('gives each role key its relation, the rest of the item as qualifier', () => {
    expect(
      targets(
        toolRolesRule.apply(
          line('Monitoring: CloudWatch for logs, AWS Distro for OpenTelemetry.', 'monitoring'),
        ),
      ),
    ).toEqual(['monitored-with CloudWatch (for logs)', 'monitored-with AWS Distro for OpenTelemetry']);
    expect(targets(toolRolesRule.apply(line('Auditing: CloudTrail (data events).', 'security')))).toEqual([
      'audited-with CloudTrail (data events)',
    ]);
  });
  it('leaves protocols and unnamed phrases out of encryption', () => {
    expect(
      targets(
        toolRolesRule.apply(
          line('Encryption: TLS in transit, SSE-KMS at rest, client-side keys.', 'security'),
        ),
      ),
    ).toEqual(['encrypts-with SSE-KMS (at rest)']);
  });
});

describe('use-case-list', () => {
  it('makes a use case of each item of a plural list', () => {
    expect(targets(useCasesRule.apply(line('Use Cases: Data lakes, static websites.', 'use-case')))).toEqual([
      'suited-for Data lakes',
      'suited-for Static websites',
    ]);
  });
  it('gives an item that starts with a verb its -ing form as another name', () => {
    const [claim] = useCasesRule.apply(line('Use Cases: host static sites.', 'use-case'));
    expect(claim).toMatchObject({ to: 'Host static sites', aliases: ['Hosting static sites'] });
    expect(asGerund('store Docker images')).toBe('Storing Docker images');
    expect(asGerund('run batch jobs')).toBe('Running batch jobs');
    expect(asGerund('backups')).toBeUndefined();
    expect(asGerund('share open-source software')).toBe('Sharing open-source software');
    // A noun phrase gains no -ing name nobody uses.
    for (const noun of [
      'data sovereignty',
      'batch processing',
      'complex microservices',
      'custom builds',
      'web apps',
    ])
      expect(asGerund(noun)).toBeUndefined();
  });
  it('keeps a singular "Use Case:" sentence as a fact', () => {
    expect(
      useCasesRule.apply(line('Use Case: Run nightly exports to S3, then notify the team.', 'use-case')),
    ).toEqual([]);
    expect(targets(useCasesRule.apply(line('Use case: Automation.', 'use-case')))).toEqual([
      'suited-for Automation',
    ]);
  });
});

describe('stated-feature', () => {
  it('reads "X are supported", "Supports a <capability>" and what an update added', () => {
    expect(targets(featuresRule.apply(line('Custom domains are supported too.')))).toEqual([
      'has-feature Custom domains',
    ]);
    expect(targets(featuresRule.apply(line('Supports a Private Endpoint for VPC traffic.')))).toEqual([
      'has-feature Private Endpoint',
    ]);
    expect(
      targets(
        featuresRule.apply(line('Updates (2024–2025): Response streaming for Node.js (2024).', 'update')),
      ),
    ).toEqual(['has-feature Response streaming']);
  });
  it('names a product-led update by the whole phrase, with the capability as its other name', () => {
    const [claim] = featuresRule.apply(
      line('Updates: Inspector for function code scanning (2024).', 'update'),
    );
    expect(claim).toMatchObject({
      to: 'Inspector for function code scanning',
      aliases: ['Function code scanning'],
    });
  });
  it('does not read a named product or platform as a feature', () => {
    expect(featuresRule.apply(line('Supports Nutanix, CloudStack.'))).toEqual([]);
  });
});

describe('hosting-words and orchestrator-words', () => {
  it('reads where a service runs from its definition', () => {
    const input = line(
      'Definition: Runs containers on-premises or at the edge, hybrid with AWS.',
      'definition',
    );
    expect(hostingFacets(input).map((f) => f.value)).toEqual(['on-premises', 'edge', 'hybrid']);
  });
  it('does not read "hybrid cloud" as the AWS cloud, nor cost strategies at all', () => {
    expect(hostingFacets(line('Use Cases: Hybrid cloud, backups.', 'use-case')).map((f) => f.value)).toEqual([
      'hybrid',
    ]);
    expect(hostingFacets(line('Run on-premises to save.', 'cost-strategy'))).toEqual([]);
  });
  it('reads the orchestrator a definition names', () => {
    expect(
      orchestratorFacets(line('Definition: Managed Kubernetes for batch.', 'definition')).map((f) => f.value),
    ).toEqual(['kubernetes']);
  });
});

describe('price-line', () => {
  it('reads known units and keeps the others in the note words', () => {
    const [requests, duration] = readPrices('$0.20 per 1M requests, $0.0000166667 per GB-second.');
    expect(requests!.price).toMatchObject({
      model: 'per-unit',
      amount: 0.2,
      unit: 'other',
      unitText: '1M requests',
    });
    expect(duration!.price).toMatchObject({ amount: 0.0000166667, unit: 'other', unitText: 'GB-second' });
    expect(readPrices('$0.025 per 1,000 state transitions.')[0]!.price).toMatchObject({
      unitText: '1,000 state transitions',
    });
    expect(readPrices('$0.023/GB-month (us-east-1).')[0]!.price).toMatchObject({
      unit: 'gb-month',
      region: 'us-east-1',
    });
    expect(readPrices('$0.064/hour per instance.')[0]!.price.unit).toBe('instance-hour');
    expect(readPrices('$0.09/GB data transfer out')[0]).toMatchObject({
      what: 'data transfer out',
      price: { unit: 'gb-transferred' },
    });
  });
  it('reads free, contact-sales and pay-for-what-you-use lines', () => {
    expect(readPrices('Free up to 1M requests per month.')[0]!.price).toMatchObject({
      model: 'free',
      freeTier: 'Up to 1M requests per month',
    });
    expect(readPrices('Contact sales for a quote.')[0]!.price.model).toBe('contact-sales');
    expect(readPrices('Pay for the underlying EC2 instances.')[0]!.price.model).toBe('underlying-resources');
    expect(readPrices('Depends on the plan.')).toEqual([]);
  });
});

describe('worked-example', () => {
  it('splits inputs, arithmetic and the stated total', () => {
    const ex = parseWorkedExample('4 tasks, 24/7 = 4 × (1 × $0.04 + 2 × $0.005) × 24 × 30 = ~$144.00/month')!;
    expect(ex.title).toBe('4 tasks, 24/7');
    expect(ex.stated).toEqual({ amount: 144, text: '~$144.00/month', approximate: true });
    // Brackets multiplied out: one product per price, sharing the tokens for 4, 24 and 30.
    expect(ex.products.map((p) => p.map((a) => (a.dollars ? `$${a.value}` : a.value)))).toEqual([
      [4, 1, '$0.04', 24, 30],
      [4, 2, '$0.005', 24, 30],
    ]);
  });
  it('keeps a subtotal label and refuses what is not arithmetic', () => {
    expect(expand('$5 (storage) + $1.50 (requests)')!.map((p) => p[0]!.label)).toEqual([
      'storage',
      'requests',
    ]);
    expect(expand('10 × apples')).toBeUndefined();
    expect(expand('(((((1')).toBeUndefined();
    expect(parseWorkedExample('Free for self-managed, variable for support.')).toBeUndefined();
  });
  it('names the quantities of the description', () => {
    expect(quantities('10 Fargate tasks, 0.5 vCPU, 24/7')).toEqual([
      { value: 24, phrase: 'hours a day' },
      { value: 10, phrase: 'Fargate tasks' },
      { value: 0.5, phrase: 'vCPU' },
    ]);
  });
});

describe('adjectiveOf', () => {
  it('turns an adverb into its adjective, "-ic" ones included', () => {
    expect(
      ['vertically', 'horizontally', 'automatically', 'steadily', 'independently'].map(adjectiveOf),
    ).toEqual(['vertical', 'horizontal', 'automatic', 'steady', 'independent']);
  });
});
