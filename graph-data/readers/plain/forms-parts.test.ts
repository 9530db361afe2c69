import { describe, expect, it } from 'vitest';
import { relations, read } from './forms-helpers';

/*
 * The form rules about the parts of a service, and what bills them, each on two small notes of its own: one in the
 * deep-dive Markdown style (`### **Service**`, `- **Key**: value` bullets, sections) and one in the
 * plain-text style (`Service:` lines, `- Key: value` bullets, header-less tables), with look-alike
 * lines that must not give the relation.
 */
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

describe("a price under the name of a part, less the service's own name", () => {
  const billed = (text: string, path?: string) =>
    read(text, path)
      .relations.filter((r) => r.inferred?.rule === 'price-names-part')
      .map((r) => `${r.from} <- ${r.to}`);
  it('bills that part: "FIFO:" under SQS prices "FIFO SQS" (deep-dive style)', () => {
    expect(
      billed(
        [
          '### **Amazon SQS**',
          '### **Overview**',
          '- **Key Features**:',
          '    - FIFO SQS for strict ordering.',
          '### **Cost Optimization**',
          '- **Pricing**:',
          '    - FIFO: $0.50 per 1M requests.',
          '    - Standard: $0.40 per 1M requests.',
        ].join('\n'),
      ),
    ).toEqual(['FIFO SQS <- SQS FIFO (1M requests)']);
  });
  it('reads the plain style the same; a prefix that is no part with the name bills nothing', () => {
    const note = [
      'Amazon SQS:',
      '- Key Features:',
      '  - FIFO SQS for strict ordering.',
      '- Pricing:',
      '  - FIFO: $0.50 per 1M requests.',
      'Amazon SNS:',
      '- Pricing:',
      '  - FIFO: $0.30 per 1M requests.',
    ].join('\n');
    expect(billed(note, 'note.txt')).toEqual(['FIFO SQS <- SQS FIFO (1M requests)']);
  });
});

describe("a service's name followed by a part noun (agent, console, control plane...)", () => {
  const parts = (text: string, path?: string) =>
    read(text, path)
      .relations.filter((r) => r.inferred?.rule === 'service-part-name')
      .map((r) => `${r.from} has-component ${r.to} [${r.inferred?.words}] line ${r.cite.line}`);
  it('names a part of that service, wherever the line is; not in an exam tip (deep-dive style)', () => {
    expect(
      parts(
        [
          '### **AWS App Runner**',
          '### **Core Concepts**',
          '- **Connection**: Link shown in the App Runner console.',
          '### **AWS Lambda**',
          '### **Key Notes**',
          '- **Exam Tip**: Know the Lambda console.',
          '- **Deployment**: Functions are uploaded with the Lambda CLI.',
        ].join('\n'),
      ),
    ).toEqual([
      'AWS Lambda has-component Lambda CLI [Lambda CLI] line 7',
      'AWS App Runner has-component App Runner console [App Runner console] line 3',
    ]);
  });
  it('reads a service named before its own heading (plain style), but not a name that is no service', () => {
    expect(
      parts(
        [
          'Amazon Inspector:',
          '- Uses the SSM agent on each instance.',
          '- Ships findings through the Datadog agent.',
          'Systems Manager (SSM):',
          '- Manages fleets of instances.',
        ].join('\n'),
        'note.txt',
      ),
    ).toEqual(['Systems Manager (SSM) has-component SSM agent [SSM agent] line 2']);
  });
});

describe('a price under a part noun alone ("Control plane:", "Scheduler:")', () => {
  it("bills that part of the service it is under, named with the service's name (deep-dive style)", () => {
    const d = read(
      [
        '### **Amazon Managed Workflows for Apache Airflow (MWAA)**',
        '### **Cost Optimization**',
        '- **Pricing**:',
        '    - Scheduler: $0.05/hour.',
        '    - Workers: $0.06/hour per worker.',
        '    - Storage: $0.10/GB-month.',
      ].join('\n'),
    );
    const got = d.relations
      .filter((r) => r.inferred?.rule === 'price-names-service-part')
      .map((r) => `${r.from} ${r.kind} ${r.to}`);
    expect(got).toEqual([
      'Amazon Managed Workflows for Apache Airflow (MWAA) has-component MWAA scheduler',
      'MWAA scheduler priced-by MWAA Scheduler (hour)',
    ]);
    const part = d.nodes.find((n) => n.label === 'MWAA scheduler')!;
    expect(part.kind).toBe('component');
    expect(part.inferred).toEqual({ rule: 'price-names-service-part', words: 'Scheduler' });
  });
  it('joins the part a line already names, in the plain style; other prefixes bill no part', () => {
    const d = read(
      [
        'Acme Mesh:',
        '- Runs the Acme Mesh control plane in your account.',
        '- Pricing:',
        '  - Control plane: $0.20/hour.',
        '  - Proxies: $0.01/hour per proxy.',
        'Acme Queue:',
        '- Exam Tip: Know the control plane pricing.',
      ].join('\n'),
      'note.txt',
    );
    const parts = d.relations.filter((r) => r.kind === 'has-component').map((r) => `${r.from} ${r.to}`);
    expect(parts).toEqual(['Acme Mesh Acme Mesh control plane']);
    expect(d.nodes.filter((n) => n.label === 'Acme Mesh control plane')).toHaveLength(1);
    expect(
      d.relations.filter((r) => r.kind === 'priced-by' && r.from === 'Acme Mesh control plane'),
    ).toHaveLength(1);
  });
});
