import { describe, expect, it } from 'vitest';
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
      rule: 'compared-kind-key',
      words: 'Batch Capacity Type Comparison: Local Capacity type',
    });
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
