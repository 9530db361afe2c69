import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlainNotes } from '.';

const fixture = (name: string) => ({
  path: name,
  text: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'),
});
const draft = readPlainNotes([fixture('serverless-deep-dive.md'), fixture('web-apps-plain.txt')]);
const rel = (from: string, kind: string, to: string) =>
  draft.relations.find((r) => r.from === from && r.kind === kind && r.to === to);
const node = (ref: string) => draft.nodes.find((n) => n.ref === ref);

describe('readPlainNotes on notes in the deep-dive style', () => {
  it('makes a service of each heading that names one, with the acronym and bare name as aliases', () => {
    const services = draft.nodes.filter((n) => n.kind === 'service').map((n) => n.label);
    expect(services).toEqual([
      'AWS Lambda',
      'Amazon Simple Storage Service (S3)',
      'AWS Step Functions',
      'AWS App Runner',
    ]);
    expect(node('Amazon Simple Storage Service (S3)')!.aliases).toEqual(
      expect.arrayContaining(['S3', 'Amazon S3', 'Simple Storage Service']),
    );
  });

  it('cites every relation to file, line and section, and marks it inferred with its rule and words', () => {
    const r = rel('AWS Lambda', 'complies-with', 'SOC 2')!;
    expect(r.qualifier).toBe('in GovCloud');
    expect(r.cite).toEqual({ file: 'serverless-deep-dive.md', line: 27, section: 'AWS Lambda › Security' });
    expect(r.inferred).toEqual({ rule: 'compliance-list', words: 'Compliance: SOC 2 (in GovCloud)' });
    expect(draft.relations.every((x) => x.inferred && x.cite.line > 0)).toBe(true);
  });

  it('files facts under the categories their sections and keys name', () => {
    const lambda = node('AWS Lambda')!;
    const cat = (start: string) => lambda.facts.find((f) => f.text.startsWith(start))?.category;
    expect(cat('Definition:')).toBe('definition');
    expect(cat('Integrates with API Gateway')).toBe('feature');
    expect(cat('Monitoring:')).toBe('monitoring');
    expect(cat('Free Tier:')).toBe('pricing');
  });

  it('reads integrations, platforms, tools, use cases, features and components', () => {
    expect(rel('AWS Lambda', 'integrates-with', 'SQS')?.qualifier).toBe('for event sources');
    expect(rel('AWS Lambda', 'runs-on', 'AWS Outposts')).toBeDefined();
    expect(rel('AWS Lambda', 'monitored-with', 'X-Ray')?.qualifier).toBe('for tracing');
    expect(rel('AWS Lambda', 'encrypts-with', 'KMS')).toBeDefined();
    expect(rel('AWS Lambda', 'encrypts-with', 'TLS')).toBeUndefined();
    expect(rel('AWS Lambda', 'audited-with', 'CloudTrail')).toBeDefined();
    expect(rel('Amazon Simple Storage Service (S3)', 'suited-for', 'Static websites')).toBeDefined();
    expect(rel('AWS Lambda', 'has-component', 'Layer')?.inferred?.rule).toBe('concept-bullet');
    expect(node('Layer')).toMatchObject({
      kind: 'component',
      summary: 'Shared libraries packaged for functions.',
    });
    expect(node('AWS Lambda')!.hosting.map((h) => h.value)).toEqual(
      expect.arrayContaining(['edge', 'on-premises']),
    );
  });

  it('reads prices with open-ended units, joined by priced-by', () => {
    const prices = draft.nodes.filter((n) => n.kind === 'pricing');
    const units = prices.map((p) => [p.price!.amount, p.price!.unit, p.price!.unitText]);
    expect(units).toEqual(
      expect.arrayContaining([
        [0.2, 'other', '1M requests'],
        [0.0000166667, 'other', 'GB-second'],
        [0.023, 'gb-month', 'GB-month'],
        [0.025, 'other', '1,000 state transitions'],
      ]),
    );
    for (const p of prices)
      expect(draft.relations.some((r) => r.kind === 'priced-by' && r.to === p.ref)).toBe(true);
  });

  it('keeps a worked example with its inputs, and flags the one whose total is wrong', () => {
    const lambda = node('AWS Lambda')!.examples![0]!;
    expect(lambda.inputs.map((i) => i.value)).toEqual([3, 1000000]);
    expect(lambda.stated).toMatchObject({ amount: 17.27, approximate: true });
    expect(lambda.terms).toHaveLength(2);
    const warnings = draft.problems.filter((p) => p.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ file: 'serverless-deep-dive.md', line: 54 });
    expect(warnings[0]!.message).toContain(
      'says $12.00/month, but its own figures (500 × $0.023) come to $11.50',
    );
  });

  it('makes a comparison node of a comparison table, with use cases read from its column', () => {
    const cmp = draft.nodes.find((n) => n.kind === 'comparison' && n.label === 'Comparison')!;
    expect(cmp.comparison!.subjects).toEqual(['AWS Lambda', 'AWS Step Functions']);
    expect(cmp.comparison!.aspects.map((a) => a.label)).toEqual(['Type', 'Use Case']);
    expect(rel('AWS Step Functions', 'suited-for', 'Orchestration')?.cite.line).toBe(75);
    expect(node('AWS Lambda')!.attributes).toMatchObject({ type: 'Functions' });
  });
});

describe('readPlainNotes on notes in the plain-text style', () => {
  it('takes "Name:" lines as headings and a question heading as a concept', () => {
    expect(node('AWS App Runner')?.kind).toBe('service');
    expect(node('Function')).toMatchObject({ kind: 'component', inferred: { rule: 'question-heading' } });
  });

  it('reads the header-less component table into components of the service it names', () => {
    const r = rel('AWS App Runner', 'has-component', 'Connection')!;
    expect(r).toMatchObject({
      inferred: { rule: 'component-table-row' },
      cite: { file: 'web-apps-plain.txt', line: 15, section: 'App Runner Components' },
    });
    expect(rel('AWS App Runner', 'has-component', 'Auto Scaling')?.inferred?.rule).toBe('dash-definition');
  });

  it('names a component two services both have after each service', () => {
    const d = readPlainNotes([
      {
        path: 'a.md',
        text: [
          '### **Amazon MQ**',
          '',
          '### **Core Concepts**',
          '',
          '- **Broker**: Runs the queues.',
          '',
          '### **Amazon MSK**',
          '',
          '### **Core Concepts**',
          '',
          '- **Broker**: Runs Kafka.',
        ].join('\n'),
      },
    ]);
    const comps = d.nodes.filter((n) => n.kind === 'component').map((n) => [n.label, n.aliases]);
    expect(comps).toEqual([
      ['MQ Broker', []],
      ['MSK Broker', []],
    ]);
    expect(d.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual([
      'Amazon MQ has-component MQ Broker',
      'Amazon MSK has-component MSK Broker',
    ]);
  });

  it('reads a header-less two-column comparison with its columns as the subjects', () => {
    const cmp = node('Lambda vs App Runner (web-apps-plain.txt)')!;
    expect(cmp.comparison!.subjects).toEqual(['AWS Lambda', 'AWS App Runner']);
    expect(cmp.comparison!.aspects[1]!.values).toEqual(['Pay per request.', 'Pay per instance-hour.']);
    expect(cmp.facts.map((f) => f.text)).toEqual(['Note: App Runner keeps one instance warm.']);
  });

  it('reads slashed names, compute and stated capabilities from plain bullets', () => {
    expect(rel('AWS App Runner', 'integrates-with', 'CodeCommit')).toBeDefined();
    expect(rel('AWS App Runner', 'runs-workloads-on', 'Fargate')).toBeDefined();
    expect(rel('AWS App Runner', 'has-feature', 'Custom domains')).toBeDefined();
    expect(rel('AWS App Runner', 'has-feature', 'Private Endpoint')).toBeDefined();
  });
});

describe('readPlainNotes on bad input', () => {
  it('merges one service met in two files and keeps both files cited', () => {
    const d = readPlainNotes([
      { path: 'a.md', text: '### **Amazon Simple Queue Service (SQS)**\n\n- **Compliance**: HIPAA.\n' },
      { path: 'b.txt', text: 'Simple Queue Service (SQS):\n- Integrates with Lambda.\n' },
    ]);
    expect(d.nodes.filter((n) => n.kind === 'service')).toHaveLength(1);
    expect(d.relations.map((r) => `${r.from} ${r.kind} ${r.to} ${r.cite.file}`)).toEqual([
      'Amazon Simple Queue Service (SQS) complies-with HIPAA a.md',
      'Amazon Simple Queue Service (SQS) integrates-with Lambda b.txt',
    ]);
  });

  it('keeps one node, the feature, when a capability is also a Core Concepts entry', () => {
    const text = [
      '### **Amazon Inspector**',
      '',
      '### **Overview**',
      '',
      '- **Key Features**:',
      '    - Supports agentless scanning for EC2.',
      '',
      '### **Core Concepts**',
      '',
      '- **Agentless Scanning**: Reads snapshots.',
    ].join('\n');
    const d = readPlainNotes([{ path: 'i.md', text }]);
    const [node, ...others] = d.nodes.filter((n) => /agentless/i.test(n.label));
    expect(others).toEqual([]);
    expect(node).toMatchObject({ kind: 'feature', summary: 'Reads snapshots.' });
    expect(node!.facts.map((f) => f.text)).toEqual(['Reads snapshots.']);
    expect(d.relations.map((r) => r.kind)).toEqual(['has-feature']);
  });

  it('tells which lines it could not place under a service, with the first line and a fix', () => {
    const d = readPlainNotes([{ path: 'loose.md', text: '- **Compliance**: HIPAA.\n- Runs on Nutanix.\n' }]);
    expect(d.relations).toEqual([]);
    expect(d.problems).toEqual([
      expect.objectContaining({
        file: 'loose.md',
        line: 1,
        severity: 'warning',
        message: expect.stringContaining('2 lines before any heading'),
      }),
    ]);
  });

  it("names a note that opens with its lines, under no heading, after its file's name", () => {
    const d = readPlainNotes([
      {
        path: 'Compute/EKS.md',
        text: 'Runs Kubernetes for you.\n- Integrates with ECR, IAM.\n## Kubernetes review\n- Pods.\n',
      },
      { path: '2. Amazon VPC.md', text: '- **Compliance**: HIPAA.\n' },
    ]);
    const eks = d.nodes.find((n) => n.label === 'EKS')!;
    expect(eks).toMatchObject({ kind: 'service', inferred: { rule: 'file-name', words: 'Compute/EKS.md' } });
    expect(eks.facts.map((f) => f.text)).toContain('Runs Kubernetes for you.');
    expect(d.relations.filter((r) => r.from === 'EKS').map((r) => `${r.kind} ${r.to}`)).toEqual([
      'integrates-with ECR',
      'integrates-with IAM',
    ]);
    // The numbering in front of a file's name is not part of it.
    expect(d.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toContain('Amazon VPC complies-with HIPAA');
    expect(d.problems).toEqual([]);
  });

  it('keeps a note named by its file about that one thing: an opening phrase and its headings are its notes', () => {
    const d = readPlainNotes([
      {
        path: 'AWS Relational Database Service.md',
        text: 'Below are the available engines\n   - Postgres\n   - MySQL\n\n### Deployment\n- Read replicas serve reads.\n',
      },
      { path: 'codeGuru.md', text: '- Reviews code.\n' },
      { path: '000_70ab37537d853583.md', text: '- Runs on Nutanix.\n' },
    ]);
    expect(d.nodes.filter((n) => n.kind === 'service').map((n) => n.label)).toEqual([
      'AWS Relational Database Service',
      'codeGuru',
    ]);
    const rds = d.nodes.find((n) => n.label === 'AWS Relational Database Service')!;
    expect(rds.facts.map((f) => f.text)).toEqual(['Postgres', 'MySQL', 'Read replicas serve reads.']);
    expect(rds.facts[2]!.cite.section).toBe('AWS Relational Database Service › Deployment');
    // A file named by a number and a hash names nothing: its lines are reported instead.
    expect(d.problems.map((p) => p.file)).toEqual(['000_70ab37537d853583.md']);
  });

  it('reads hostile, huge and empty notes without hanging or throwing', () => {
    const huge = `### X\n\n- **Use Cases**: ${'a and b, '.repeat(10000)}\n`;
    const d = readPlainNotes([
      { path: 'empty.md', text: '' },
      {
        path: 'hostile.md',
        text: '### Evil <img src=x onerror=alert(1)>\n- **Compliance**: <script>x</script>\n',
      },
      { path: 'huge.md', text: huge },
      { path: 'pipes.txt', text: `${'| x '.repeat(5000)}|\n${'|'.repeat(20000)}` },
      {
        path: 'maths.md',
        text: `### Y\n\n- **Pricing**: $1/hour.\n    - **Example**: 1 = ${'('.repeat(5000)}1 = $1.\n`,
      },
    ]);
    expect(d.files).toHaveLength(5);
    expect(d.nodes.find((n) => n.kind === 'service' && n.label.includes('<img'))).toBeDefined();
    expect(d.nodes.find((n) => n.label === 'X')!.facts).toHaveLength(1);
  });
});
