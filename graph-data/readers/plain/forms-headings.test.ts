import { describe, expect, it } from 'vitest';
import type { Draft } from '../draft';
import { read, relations } from './forms-helpers';

/*
 * The form rules about what a heading names, on small notes of their own in the deep-dive Markdown
 * style and in the plain-text style, with a look-alike heading that must stay one.
 */
const services = (text: string, path?: string) =>
  read(text, path)
    .nodes.filter((n) => n.kind === 'service')
    .map((n) => n.label);

describe('a heading that names two services with one slash', () => {
  it('names both, the shared word going with each; the lines under it are about each (deep-dive style)', () => {
    const note = [
      '### **Amazon SQS**',
      '- **Definition**: Message queues.',
      '### **Amazon SNS**',
      '- **Definition**: Topics that fan out messages.',
      '### **SQS/SNS FIFO**',
      '- **Definition**: Strict ordering and exactly-once delivery.',
      '- **Compliance**: HIPAA.',
    ].join('\n');
    expect(services(note)).toEqual(['Amazon SQS', 'Amazon SNS', 'SQS FIFO', 'SNS FIFO']);
    expect(relations(note)).toEqual(
      expect.arrayContaining(['SQS FIFO complies-with HIPAA', 'SNS FIFO complies-with HIPAA']),
    );
    const fifo = read(note).nodes.find((n) => n.label === 'SNS FIFO')!;
    expect(fifo.inferred).toEqual({ rule: 'slashed-heading', words: 'SQS/SNS FIFO' });
    expect(fifo.facts.map((f) => f.text)).toContain('Definition: Strict ordering and exactly-once delivery.');
  });
  it('distributes words before the slash too, and spaces around it (plain style)', () => {
    const note = [
      'Amazon SQS:',
      '- Message queues.',
      'Amazon SNS:',
      '- Topics.',
      'Amazon SQS / SNS:',
      '- Both are serverless messaging.',
    ].join('\n');
    const d = read(note, 'note.txt');
    expect(d.nodes.filter((n) => n.kind === 'service').map((n) => n.label)).toEqual([
      'Amazon SQS',
      'Amazon SNS',
    ]);
    expect(d.nodes.find((n) => n.label === 'Amazon SNS')!.facts.map((f) => f.text)).toContain(
      'Both are serverless messaging.',
    );
  });
  it('stays one heading when the sides of the slash are not services the note describes', () => {
    const note = ['Amazon SQS:', '- Message queues.', 'CI/CD Pipelines:', '- Build and deploy on push.'].join(
      '\n',
    );
    expect(services(note, 'note.txt')).toEqual(['Amazon SQS', 'CI/CD Pipelines']);
    expect(services(['### **SQS/SNS FIFO**', '- **Definition**: Ordering.'].join('\n'))).toEqual([
      'SQS/SNS FIFO',
    ]);
  });
});

describe('a line keyed by one more thing of the kind a comparison heading compares', () => {
  it('is about that thing: "Spot Capacity type:" after "Batch Capacity Type Comparison" (plain style)', () => {
    const d = read(
      [
        'AWS Batch:',
        '- Runs batch jobs.',
        'Batch Capacity Type Comparison:',
        '| On-Demand | Spot |',
        '| Always available. | Can be interrupted. |',
        'Local Capacity type: Uses the Batch agent to run jobs on-premises.',
        'Exam Tip: Run jobs on-premises for the exam.',
        'Summary: Run jobs on-premises when data must stay.',
      ].join('\n'),
      'note.txt',
    );
    const local = d.nodes.find((n) => n.label === 'Local Capacity type')!;
    expect(local.inferred).toEqual({
      rule: 'compared-option',
      words: 'Batch Capacity Type Comparison: Local Capacity type',
    });
    // The heading names AWS Batch: what it compares, and the key, are capacity types of Batch.
    expect(
      d.relations
        .filter((r) => r.from === 'AWS Batch' && r.inferred?.rule === 'compared-option')
        .map((r) => `${r.kind} ${r.to}`),
    ).toEqual([
      'has-component On-Demand capacity type',
      'has-component Spot capacity type',
      'has-component Local Capacity type',
    ]);
    const onPrem = d.relations.filter((r) => r.to === 'On-premises');
    expect(onPrem.map((r) => `${r.from} ${r.kind}`)).toEqual(['Local Capacity type runs-on']);
    expect(onPrem[0]!.cite.line).toBe(6);
    const comparison = d.nodes.find((n) => n.kind === 'comparison')!;
    expect(comparison.facts.map((f) => f.text)).toContain(
      'Local Capacity type: Uses the Batch agent to run jobs on-premises.',
    );
  });
  it('reads the deep-dive style; a key that only shares a common word, or adds none, is not one', () => {
    const d = read(
      [
        '### **Amazon RDS**',
        '- **Definition**: Managed databases.',
        '### **Storage Class Comparison**',
        '| Class | Latency |',
        '| --- | --- |',
        '| gp3 | Low |',
        '| io2 | Lowest |',
        '- **Magnetic class**: Runs on-premises, in Outposts racks.',
        '- **Class**: Runs on-premises.',
        '- **Storage Tip**: Run backups on-premises.',
      ].join('\n'),
    );
    expect(d.nodes.filter((n) => n.inferred?.rule === 'compared-kind-key').map((n) => n.label)).toEqual([
      'Magnetic class',
    ]);
    expect(d.relations.filter((r) => r.kind === 'runs-on').map((r) => `${r.from} ${r.to}`)).toEqual([
      'Magnetic class On-premises',
    ]);
  });
});

describe('a comparison of a kind of thing of a service ("ECS Launch Type Comparison")', () => {
  const note = [
    'Elastic Container Service (ECS):',
    '- Runs containers.',
    '- Pricing:',
    '    - EC2: Pay for instances.',
    '    - Fargate: $0.04048/vCPU-hour.',
    'AWS Fargate:',
    '- Serverless compute for containers.',
    'ECS Launch Type Comparison:',
    '| EC2 | Fargate |',
    '| Explicitly provision instances. | Automatic. |',
    '| More granular control | Limited Control. |',
    'External Launch type: Uses ECS Anywhere to host containers On-Prem.',
  ].join('\n');
  const ofKind = (d: Draft, kind: string) =>
    d.relations.filter((r) => r.kind === kind).map((r) => `${r.from} ${kind} ${r.to}`);
  it('compares launch types of the service, each with its column as facts', () => {
    const d = read(note, 'note.txt');
    const options = d.nodes.filter((n) => n.kind === 'compute-option');
    expect(options.map((n) => n.label)).toEqual([
      'EC2 launch type',
      'Fargate launch type',
      'External Launch type',
    ]);
    expect(options[0]!.facts.map((f) => f.text)).toEqual([
      'Explicitly provision instances.',
      'More granular control',
    ]);
    expect(options[0]!.inferred).toEqual({
      rule: 'compared-option',
      words: 'ECS Launch Type Comparison: EC2',
    });
    expect(d.nodes.find((n) => n.kind === 'comparison')!.comparison!.subjects).toEqual([
      'EC2 launch type',
      'Fargate launch type',
    ]);
    expect(ofKind(d, 'runs-workloads-on').filter((r) => r.startsWith('Elastic'))).toEqual([
      'Elastic Container Service (ECS) runs-workloads-on EC2 launch type',
      'Elastic Container Service (ECS) runs-workloads-on Fargate launch type',
      'Elastic Container Service (ECS) runs-workloads-on External Launch type',
    ]);
  });
  it("says what each option's name names: the service providing it, or the machine it runs on", () => {
    const d = read(note, 'note.txt');
    expect(ofKind(d, 'provided-by')).toEqual(['Fargate launch type provided-by AWS Fargate']);
    expect(ofKind(d, 'runs-on')).toContain('EC2 launch type runs-on EC2');
  });
  it('bills an option by a price line under the service keyed by its name', () => {
    const d = read(note, 'note.txt');
    const priced = ofKind(d, 'priced-by');
    expect(priced.filter((r) => r.startsWith('EC2 launch type'))).toHaveLength(1);
    expect(priced.filter((r) => r.startsWith('Fargate launch type'))).toHaveLength(1);
    // The service the prefix names is billed as before.
    expect(priced.filter((r) => r.startsWith('AWS Fargate'))).toHaveLength(1);
  });
  it('reads a table whose rows are the options: each row as facts, its use cases from the option', () => {
    const d = read(
      [
        '### **Amazon RDS**',
        '- **Definition**: Managed databases.',
        '### **RDS Storage Class Comparison**',
        '| Class | Latency | Use Case |',
        '| --- | --- | --- |',
        '| gp3 | Low | General workloads |',
        '| io2 | Lowest | Critical databases |',
      ].join('\n'),
    );
    expect(ofKind(d, 'has-component')).toEqual([
      'Amazon RDS has-component gp3 storage class',
      'Amazon RDS has-component io2 storage class',
    ]);
    expect(ofKind(d, 'suited-for')).toEqual([
      'gp3 storage class suited-for General workloads',
      'io2 storage class suited-for Critical databases',
    ]);
    expect(d.nodes.find((n) => n.label === 'gp3 storage class')!.facts.map((f) => f.text)).toEqual([
      'Latency: Low',
      'Use Case: General workloads',
    ]);
  });
  it('keeps a comparison of named things as it is', () => {
    const d = read(
      [
        'Amazon ECS:',
        '- Runs containers.',
        'ECS vs EKS Comparison:',
        '| ECS | EKS |',
        '| Simple. | Flexible. |',
      ].join('\n'),
      'note.txt',
    );
    expect(
      d.nodes.filter((n) => n.kind === 'compute-option' || n.inferred?.rule === 'compared-option'),
    ).toEqual([]);
  });
});

describe('a heading that opens with the name of the service whose notes it is in', () => {
  it("is a part of that service's notes, not a service, even after a service named in between", () => {
    const note = [
      '# SAA Study Guide',
      'What the exam covers.',
      '## Simple Storage Service (S3)',
      '### S3 Simplified:',
      'S3 stores objects in buckets.',
      '### Maximizing S3 Performance:',
      '- Spread keys over prefixes.',
      '### S3 Encryption:',
      '- **Compliance**: HIPAA.',
      '## Amazon CloudFront',
      '### Amazon CloudFront Key Details:',
      '- Caches content at edge locations.',
      '### S3 Origins:',
      '- Buckets as origins.',
    ].join('\n');
    // Under a heading that names a service (its acronym, or "Amazon"/"AWS" first), the headings
    // that name no other service file their lines under it: "Maximizing S3 Performance" is S3's,
    // "S3 Origins" under CloudFront is CloudFront's.
    expect(services(note)).toEqual(['SAA Study Guide', 'Simple Storage Service (S3)', 'Amazon CloudFront']);
    const s3 = read(note).nodes.find((n) => n.label === 'Simple Storage Service (S3)')!;
    expect(s3.facts.map((f) => f.text)).toEqual([
      'S3 stores objects in buckets.',
      'Spread keys over prefixes.',
      'Compliance: HIPAA.',
    ]);
    expect(s3.facts[2]!.cite.section).toBe('Simple Storage Service (S3) › S3 Encryption');
    expect(s3.facts[1]!.cite.section).toBe('Simple Storage Service (S3) › Maximizing S3 Performance');
    expect(relations(note)).toContain('Simple Storage Service (S3) complies-with HIPAA');
    const front = read(note).nodes.find((n) => n.label === 'Amazon CloudFront')!;
    expect(front.facts.map((f) => f.text)).toEqual([
      'Caches content at edge locations.',
      'Buckets as origins.',
    ]);
  });
});

describe('the headings under a heading that names a service (a generic Markdown note)', () => {
  const note = [
    '# Amazon Simple Queue Service (SQS)',
    '## General Info',
    'SQS keeps messages until a consumer takes them.',
    '- Integrates with Lambda and SNS.',
    '## Core knowledge',
    '**Queue**',
    '* holds messages until consumers read them',
    '**Visibility timeout**',
    '* hides a message while a consumer works on it',
    '**Each message**',
    '* up to 256 KB',
    '## Scaling consumers',
    'Two types of queue:',
    '* standard',
    '* FIFO',
    '## AWS Lambda',
    '- Runs code without servers.',
  ].join('\n');
  it('makes them parts of its notes: no service named "General Info" or "Scaling consumers"', () => {
    expect(services(note)).toEqual(['Amazon Simple Queue Service (SQS)', 'AWS Lambda']);
    const sqs = read(note).nodes.find((n) => n.label === 'Amazon Simple Queue Service (SQS)')!;
    expect(sqs.facts.map((f) => f.text)).toContain('SQS keeps messages until a consumer takes them.');
    expect(sqs.facts.find((f) => f.text === 'FIFO')!.cite.section).toBe(
      'Amazon Simple Queue Service (SQS) › Two types of queue',
    );
    expect(relations(note)).toContain('Amazon Simple Queue Service (SQS) integrates-with AWS Lambda');
  });
  it('reads a line-heading naming one thing in its concepts part as a part of the service', () => {
    const d = read(note);
    expect(
      d.relations.filter((r) => r.inferred?.rule === 'concept-heading').map((r) => `${r.kind} ${r.to}`),
    ).toEqual(['has-component Queue', 'has-component Visibility timeout']);
    const queue = d.nodes.find((n) => n.label === 'Queue')!;
    expect(queue.facts.map((f) => f.text)).toEqual(['holds messages until consumers read them']);
    // "Each message" is a phrase about things, not a name: its line is the service's.
    expect(d.nodes.some((n) => n.label === 'Each message')).toBe(false);
  });
  it('reads a heading under its "## Core Concepts" as a part too, and gives what follows back to the service', () => {
    const d = read(
      [
        '# Amazon Simple Queue Service (SQS)',
        '## Core knowledge',
        '**Queue**',
        '* holds messages',
        '## Security',
        '- **Encryption**: KMS for messages at rest.',
        '## Core Concepts',
        '### Visibility timeout',
        '- hides a message while a consumer works on it',
        '## Pricing',
        '- $0.40 per 1M requests.',
      ].join('\n'),
    );
    const sqs = 'Amazon Simple Queue Service (SQS)';
    expect(d.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual(
      expect.arrayContaining([
        `${sqs} has-component Queue`,
        `${sqs} encrypts-with KMS`,
        `${sqs} has-component Visibility timeout`,
      ]),
    );
    expect(d.nodes.find((n) => n.label === 'Visibility timeout')!.facts.map((f) => f.text)).toEqual([
      'hides a message while a consumer works on it',
    ]);
    expect(d.nodes.find((n) => n.label === sqs)!.facts.map((f) => f.text)).toContain(
      '$0.40 per 1M requests.',
    );
  });
  it('keeps a heading over headings that each name a thing of their own a title ("# AWS Compute")', () => {
    const compute = ['# AWS Compute', '## EC2', '- Virtual servers.', '## Lambda', '- Functions.'].join('\n');
    expect(services(compute)).toEqual(['EC2', 'Lambda']);
    // Named by its file, a note whose headings name things of their own is not one thing's notes.
    expect(
      services('Runs the examples below.\nEC2:\n- Servers.\nLambda:\n- Functions.\n', 'Compute.txt').sort(),
    ).toEqual(['Compute', 'EC2', 'Lambda']);
  });
  it('keeps a title over headings that name services a title', () => {
    expect(
      services(
        ['# AWS Study Notes', '## Amazon S3', '- Object storage.', '## Amazon EC2', '- Servers.'].join('\n'),
      ),
    ).toEqual(['Amazon S3', 'Amazon EC2']);
  });
});

describe('a heading that names a part of the document, not of a service', () => {
  it('names no service: "Table of Contents", "References"; under a service, a part of its notes', () => {
    const note = [
      '## Table of Contents',
      '- [S3](#s3)',
      '## Amazon S3',
      '- **Definition**: Object storage.',
      '### Further Reading',
      '- The S3 user guide.',
      '## References',
      '- [AWS docs](https://docs.aws.amazon.com)',
    ].join('\n');
    expect(services(note)).toEqual(['Amazon S3']);
    const s3 = read(note).nodes.find((n) => n.label === 'Amazon S3')!;
    expect(s3.facts.map((f) => f.text)).toEqual(['Definition: Object storage.', 'The S3 user guide.']);
    expect(s3.facts[1]!.cite.section).toBe('Amazon S3 › Further Reading');
    // A look-alike: a service whose name only contains such a word is still one.
    expect(services('## AWS Resource Groups\n- Groups resources by tag.\n')).toEqual(['AWS Resource Groups']);
  });
});

describe('a heading that compares two things, under a service, with no table to read', () => {
  it("is a part of the service's notes, not a service", () => {
    const note = [
      '## Elastic Block Store (EBS)',
      '- **Definition**: Block storage for EC2.',
      '### SSD vs. HDD:',
      '- SSD suits small random reads.',
      '## Amazon EFS',
      '- **Definition**: File storage.',
    ].join('\n');
    expect(services(note)).toEqual(['Elastic Block Store (EBS)', 'Amazon EFS']);
    const ebs = read(note).nodes.find((n) => n.label === 'Elastic Block Store (EBS)')!;
    expect(ebs.facts.map((f) => [f.text, f.cite.section])).toEqual([
      ['Definition: Block storage for EC2.', 'Elastic Block Store (EBS)'],
      ['SSD suits small random reads.', 'Elastic Block Store (EBS) › SSD vs. HDD'],
    ]);
    // Outside any service's notes, a comparison with a table stays a comparison of its own.
    const table = read('## EBS vs. EFS\n| | EBS | EFS |\n|---|---|---|\n| Kind | Block | File |\n');
    expect(table.nodes.map((n) => n.kind)).toContain('comparison');
  });
});
