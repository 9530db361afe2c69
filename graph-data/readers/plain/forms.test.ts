import { describe, expect, it } from 'vitest';
import { readPlainNotes } from '.';

/*
 * The form rules, each on two small notes of its own: one in the deep-dive Markdown style
 * (`### **Service**`, `- **Key**: value` bullets, sections) and one in the plain-text style
 * (`Service:` lines, `- Key: value` bullets, header-less tables), with look-alike lines that must
 * not give the relation.
 */
const read = (text: string, path = 'note.md') => readPlainNotes([{ path, text }]);
const relations = (text: string, path?: string) =>
  read(text, path).relations.map((r) => `${r.from} ${r.kind} ${r.to}`);

describe('a tool listed under both Monitoring and Auditing', () => {
  it('is kept once, as the audit tool (deep-dive style)', () => {
    const rels = relations(
      [
        '### **AWS Batch**',
        '### **Resilience**',
        '- **Monitoring**: CloudWatch for metrics, CloudTrail for API calls.',
        '### **Security**',
        '- **Auditing**: CloudTrail.',
      ].join('\n'),
    );
    expect(rels).toContain('AWS Batch audited-with CloudTrail');
    expect(rels).not.toContain('AWS Batch monitored-with CloudTrail');
    expect(rels).toContain('AWS Batch monitored-with CloudWatch');
  });
  it('stays a monitoring tool when no Auditing line names it (plain style)', () => {
    const rels = relations(
      ['AWS Batch:', '- Monitoring: CloudTrail logs, CloudWatch.', '- Auditing: Security Hub.'].join('\n'),
      'note.txt',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'AWS Batch monitored-with CloudTrail',
        'AWS Batch monitored-with CloudWatch',
        'AWS Batch audited-with Security Hub',
      ]),
    );
  });
});

describe('a "Supports" list of places to run', () => {
  it('takes the other names of a list "for compute" as compute too, not integrations (deep-dive style)', () => {
    const rels = relations(
      [
        '### **AWS Batch**',
        '### **Overview**',
        '- **Key Features**:',
        '    - Supports EC2, Fargate, Acme Grid for compute.',
        '    - Supports Step Functions, EventBridge for orchestration.',
      ].join('\n'),
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'AWS Batch runs-workloads-on EC2',
        'AWS Batch runs-workloads-on Acme Grid',
        'AWS Batch integrates-with Step Functions',
      ]),
    );
    expect(rels).not.toContain('AWS Batch integrates-with Acme Grid');
  });
  it('reads a list that is mostly known places to run as one sort; a mixed list stays integrations (plain style)', () => {
    const rels = relations(
      [
        'AWS Batch:',
        '- Supports EC2, Fargate, Outposts, Acme Grid.',
        '- Supports Lambda, Step Functions, App Runner.',
      ].join('\n'),
      'note.txt',
    );
    expect(rels).toContain('AWS Batch runs-workloads-on Acme Grid');
    expect(rels).not.toContain('AWS Batch integrates-with Acme Grid');
    expect(rels).toContain('AWS Batch integrates-with Step Functions');
    expect(rels).not.toContain('AWS Batch runs-workloads-on Step Functions');
  });
});

describe('a concept said to be "Same as" another service', () => {
  it("is that service's concept of the name: one node, a part of both (deep-dive style)", () => {
    const d = read(
      [
        '### **AWS Batch**',
        '### **Core Concepts**',
        '- **Job Definition**: Template for jobs.',
        '---',
        '### **AWS Batch Anywhere**',
        '### **Core Concepts**',
        '- **Job Definitions**: Same as AWS Batch, define images and resources.',
        '- **Job Queue**: Where jobs wait.',
      ].join('\n'),
    );
    const parts = d.relations.filter((r) => r.kind === 'has-component').map((r) => `${r.from} > ${r.to}`);
    expect(parts).toEqual(
      expect.arrayContaining(['AWS Batch > Job Definition', 'AWS Batch Anywhere > Job Definition']),
    );
    expect(d.nodes.filter((n) => n.kind === 'component').map((n) => n.label)).toEqual([
      'Job Definition',
      'Job Queue',
    ]);
  });
  it('keeps two services\' concepts of one name apart when neither says "Same as" (plain style)', () => {
    const d = read(
      [
        'AWS Batch:',
        '- Runs batch jobs.',
        'Batch Components:',
        '| Component | Description |',
        '| Queue | Where jobs wait. |',
        'Amazon SQS:',
        '- Message queues.',
        'SQS Components:',
        '| Component | Description |',
        '| Queue | Holds messages, the same way for every consumer. |',
      ].join('\n'),
      'note.txt',
    );
    expect(d.nodes.filter((n) => n.kind === 'component').map((n) => n.label)).toEqual([
      'Batch Queue',
      'SQS Queue',
    ]);
  });
});

describe('a Core Concepts bullet about how the service is installed, set up or licensed', () => {
  it('is a fact, not a part (deep-dive style)', () => {
    const d = read(
      [
        '### **Acme Mesh**',
        '### **Core Concepts**',
        '- **Installation**: Manual or via Helm.',
        '- **Licensing**: Open source.',
        '- **Sidecar**: Proxy beside each pod.',
      ].join('\n'),
    );
    expect(d.nodes.filter((n) => n.kind === 'component').map((n) => n.label)).toEqual(['Sidecar']);
    expect(d.nodes.find((n) => n.label === 'Acme Mesh')!.facts.map((f) => f.text)).toContain(
      'Installation: Manual or via Helm.',
    );
  });
  it('is a fact in the plain style too, where a look-alike part key stays a part', () => {
    const d = read(
      [
        'Acme Mesh:',
        '- A service mesh.',
        'Core Concepts:',
        '- Setup: Run the installer once.',
        '- Gateway: Entry point for traffic.',
      ].join('\n'),
      'note.txt',
    );
    expect(d.nodes.filter((n) => n.kind === 'component').map((n) => n.label)).toEqual(['Gateway']);
  });
});

describe('a capability the note says the service supports, also explained under its concepts', () => {
  it('is one node, the feature; a concept no line calls supported stays a part (plain style)', () => {
    const d = read(
      [
        'Amazon Inspector:',
        '- Supports agentless scanning for EC2.',
        'Inspector Components:',
        '| Component | Description |',
        '| Agentless Scanning | Reads snapshots. |',
        '| Finding | One issue found. |',
      ].join('\n'),
      'note.txt',
    );
    const kinds = d.relations.map((r) => `${r.kind} ${r.to}`);
    expect(kinds).toContain('has-feature Agentless scanning');
    expect(kinds).toContain('has-component Finding');
    expect(kinds).not.toContain('has-component Agentless Scanning');
  });
});

describe('an update about a part the note already lists', () => {
  it('is news about that part, kept as a fact; an update about something new is a feature (deep-dive style)', () => {
    const d = read(
      [
        '### **Acme Mesh**',
        '### **Overview**',
        '- **Updates (2024–2025)**: Faster Sidecar Injector for large clusters (2024), Traffic mirroring (2025).',
        '### **Core Concepts**',
        '- **Sidecar Injector**: Adds the proxy to pods.',
      ].join('\n'),
    );
    const features = d.relations.filter((r) => r.kind === 'has-feature').map((r) => r.to);
    expect(features).toEqual(['Traffic mirroring']);
    expect(d.relations.find((r) => r.to === 'Traffic mirroring')!.inferred!.rule).toBe('update-feature');
    expect(d.nodes.some((n) => /Faster Sidecar/.test(n.label))).toBe(false);
    expect(
      d.nodes
        .find((n) => n.label === 'Acme Mesh')!
        .facts.map((f) => f.text)
        .join(' '),
    ).toContain('Faster Sidecar Injector');
  });
  it('works the same in the plain style', () => {
    const d = read(
      [
        'Acme Mesh:',
        '- Updates: Improved Gateway for TLS (2024).',
        '- Updates: Rate limiting (2025).',
        'Mesh Components:',
        '| Component | Description |',
        '| Gateway | Entry point for traffic. |',
      ].join('\n'),
      'note.txt',
    );
    const features = d.relations.filter((r) => r.kind === 'has-feature').map((r) => r.to);
    expect(features).toEqual(['Rate limiting']);
  });
});

describe('a part described as a kind of machine', () => {
  it('runs on that machine (deep-dive style), not when the words only mention one', () => {
    const rels = relations(
      [
        '### **Acme Batch**',
        '### **Core Concepts**',
        '- **Worker**: Bare metal servers running the Acme agent.',
        '- **Scheduler**: Places jobs on EC2 instances.',
        '- **Explanation**: E.g., Nutanix hosts running jobs.',
      ].join('\n'),
    );
    expect(rels).toContain('Worker runs-on Bare metal servers');
    expect(rels.filter((r) => r.includes('runs-on'))).toEqual(['Worker runs-on Bare metal servers']);
    expect(read('- **Worker**: Bare metal servers running the agent.').relations).toEqual([]);
  });
  it('reads a components-table row the same way (plain style)', () => {
    const rels = relations(
      [
        'Acme Batch:',
        '- Runs jobs.',
        'Acme Batch Components:',
        '| Component | Description |',
        '| Build Host | EC2 instance running the build agent. |',
        '| Queue | Holds jobs for EC2 instances. |',
      ].join('\n'),
      'note.txt',
    );
    expect(rels.filter((r) => r.includes('runs-on'))).toEqual(['Build Host runs-on EC2']);
  });
});

describe('software installed on compute', () => {
  it('runs on it; workloads placed on compute only run their work there (deep-dive style)', () => {
    const rels = relations(
      [
        '### **Acme Kube**',
        '### **Overview**',
        '- **Key Features**:',
        '    - Runs on Fargate.',
        '### **Core Concepts**',
        '- **Explanation**: E.g., install Acme Kube on EC2 for custom clusters.',
      ].join('\n'),
    );
    expect(rels).toContain('Acme Kube runs-on EC2');
    expect(rels).toContain('Acme Kube runs-workloads-on Fargate');
    expect(rels).not.toContain('Acme Kube runs-on Fargate');
  });
  it('reads "installed on" in the plain style too', () => {
    const rels = relations(['Acme Kube:', '- Can be installed on EC2 or bare metal.'].join('\n'), 'note.txt');
    expect(rels).toEqual(expect.arrayContaining(['Acme Kube runs-on EC2', 'Acme Kube runs-on bare metal']));
  });
});

describe('a features-list item that is a name and what it is for', () => {
  const deepDive = [
    '### **Amazon SQS**',
    '### **Overview**',
    '- **Key Features**:',
    '    - Open-source client, optional Dead Letter Queues for failed messages.',
    '    - FIFO SQS for strict ordering.',
    '    - Supports Lambda Triggers for processing.',
    '    - Queues and messages for decoupling.',
  ].join('\n');
  it("is a feature, or a part when it is the service's own name with a modifier (deep-dive style)", () => {
    const d = read(deepDive);
    const got = d.relations
      .filter((r) => r.inferred?.rule === 'named-feature')
      .map((r) => `${r.kind} ${r.to} (${r.qualifier})`);
    expect(got).toEqual([
      'has-feature Dead Letter Queues (for failed messages)',
      'has-component FIFO SQS (for strict ordering)',
    ]);
  });
  it('reads plain-style bullets the same, and not a sentence that starts with a verb', () => {
    const d = read(
      [
        'Amazon SQS:',
        '- Key Features:',
        '  - Message Timers for delayed delivery.',
        '  - Uses Long Polling for fewer calls.',
        '  - Visibility for retries.',
      ].join('\n'),
      'note.txt',
    );
    expect(d.relations.filter((r) => r.inferred?.rule === 'named-feature').map((r) => r.to)).toEqual([
      'Message Timers',
    ]);
  });
});

describe('a price that names a part or feature of its service', () => {
  it('bills that part too: "per <part>" and a "<feature>:" prefix (deep-dive style)', () => {
    const d = read(
      [
        '### **Acme Edge**',
        '### **Overview**',
        '- **Key Features**:',
        '    - Open-source core, optional Premium Support for outages.',
        '### **Core Concepts**',
        '- **Edge Nodes**: Servers at the edge.',
        '### **Cost Optimization**',
        '- **Pricing**:',
        '    - $0.02/hour per edge node.',
        '    - Premium Support: Contact sales.',
        '    - $0.05/GB per transfer.',
      ].join('\n'),
    );
    const billed = d.relations
      .filter((r) => r.inferred?.rule === 'price-names-part')
      .map((r) => `${r.from} <- ${r.to}`);
    expect(billed).toEqual([
      'Edge Nodes <- Acme Edge hour per edge node',
      'Premium Support <- Acme Edge Premium Support (contact sales)',
    ]);
  });
  it('bills nothing else when the words name no part of this service (plain style)', () => {
    const d = read(
      [
        'Acme Edge:',
        '- Pricing: $0.02/hour per edge node.',
        'Acme Queue:',
        '- Queue runs on Edge.',
        'Queue Components:',
        '| Component | Description |',
        '| Edge Node | A node. |',
      ].join('\n'),
      'note.txt',
    );
    expect(d.relations.filter((r) => r.inferred?.rule === 'price-names-part')).toEqual([]);
  });
});

describe('a concept defined as a sum of named things', () => {
  it('is made of them; common nouns in the sum stay words (deep-dive style)', () => {
    const rels = relations(
      [
        '### **Acme Kube**',
        '### **Core Concepts**',
        '- **Cluster**: Acme control plane + worker nodes (EC2).',
        '- **Explanation**: E.g., Cluster + Gateway in one account.',
        '- **Pod**: One or more containers, 1 + 1 replicas.',
      ].join('\n'),
    );
    expect(rels.filter((r) => r.startsWith('Cluster has-component'))).toEqual([
      'Cluster has-component Acme control plane',
    ]);
    expect(rels.some((r) => / has-component (?:Gateway|1)$/.test(r))).toBe(false);
  });
  it('reads a components-table row the same way (plain style)', () => {
    const rels = relations(
      [
        'Acme Kube:',
        '- Runs clusters.',
        'Acme Kube Components:',
        '| Component | Description |',
        '| Node Pool | Launch Template + Auto Scaling Group. |',
      ].join('\n'),
      'note.txt',
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Node Pool has-component Launch Template',
        'Node Pool has-component Auto Scaling Group',
      ]),
    );
  });
});

describe('"Use <tool> with <this service>"', () => {
  it('relates the tool, with the purpose as qualifier (plain style)', () => {
    const d = read(
      [
        'AWS Batch:',
        '- Machine Learning: Use SageMaker w/ Batch to train models.',
        '- Use Spot with care.',
        '- Use Step Functions with Lambda for retries.',
      ].join('\n'),
      'note.txt',
    );
    const got = d.relations
      .filter((r) => r.kind === 'integrates-with')
      .map((r) => `${r.to} (${r.qualifier})`);
    expect(got).toEqual(['SageMaker (to train models)']);
  });
  it('reads the deep-dive style too, but not a cost strategy', () => {
    const rels = relations(
      [
        '### **AWS Batch**',
        '### **Key Notes**',
        '- **Tip**: Use EventBridge with AWS Batch for schedules.',
        '### **Cost Optimization**',
        '- **Strategies**:',
        '    - Use Savings Plans with AWS Batch to cut costs.',
      ].join('\n'),
    );
    expect(rels.filter((r) => r.includes('integrates-with'))).toEqual([
      'AWS Batch integrates-with EventBridge',
    ]);
  });
});
