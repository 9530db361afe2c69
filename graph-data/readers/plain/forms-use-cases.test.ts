import { describe, expect, it } from 'vitest';
import { read } from './forms-helpers';

/*
 * The form rules about what a service is suited for, on small notes of their own in the deep-dive
 * Markdown style and in the plain-text style, with look-alike lists that must be read item by item.
 */
const useCases = (text: string, path?: string) =>
  read(text, path)
    .relations.filter((r) => r.kind === 'suited-for')
    .map((r) => r.to);

describe('a lone describing word before an item that ends in a plural noun', () => {
  it('shares that noun: "Small, frequent jobs" is small jobs and frequent jobs (deep-dive style)', () => {
    const d = read(
      [
        '### **Acme Batch**',
        '### **Overview**',
        '- **Use Cases**: Small, frequent jobs, data pipelines.',
      ].join('\n'),
    );
    const got = d.relations.filter((r) => r.kind === 'suited-for');
    expect(got.map((r) => r.to)).toEqual(['Small jobs', 'Frequent jobs', 'Data pipelines']);
    expect(got[0]!.inferred).toEqual({ rule: 'shared-noun', words: 'Use Cases: Small, frequent jobs' });
    expect(d.nodes.some((n) => n.label === 'Small')).toBe(false);
  });
  it('reads a comparison table cell and a plain-style bullet the same way', () => {
    expect(
      useCases(
        [
          'Acme Batch:',
          '- Use cases: Interactive, scheduled reports.',
          'Batch Comparison:',
          '| Service | Use Case |',
          '| --- | --- |',
          '| Acme Batch | Quick, repeatable builds |',
        ].join('\n'),
        'note.txt',
      ),
    ).toEqual(['Interactive reports', 'Scheduled reports', 'Quick builds', 'Repeatable builds']);
  });
  it('leaves a noun that stands alone as it is, and a last noun that is not plural', () => {
    expect(
      useCases(
        [
          'Acme Batch:',
          '- Use cases: Compliance, batch jobs.',
          '- Use cases: Microservices, web apps.',
          '- Use cases: Backup, disaster recovery.',
          '- Use cases: Hybrid, Kubernetes clusters on EKS.',
        ].join('\n'),
        'note.txt',
      ),
    ).toEqual([
      'Compliance',
      'Batch jobs',
      'Microservices',
      'Web apps',
      'Backup',
      'Disaster recovery',
      'Hybrid',
      'Kubernetes clusters on EKS',
    ]);
  });
});

describe('a key over "Use <tool> with <this service> ..."', () => {
  it('names what the service is used for (plain style)', () => {
    const d = read(
      ['AWS Batch:', '- Genomics: Use Nextflow with Batch to run pipelines.'].join('\n'),
      'note.txt',
    );
    const got = d.relations.filter((r) => r.kind === 'suited-for');
    expect(got.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual(['AWS Batch suited-for Genomics']);
    expect(got[0]!.inferred).toEqual({
      rule: 'use-key',
      words: 'Genomics: Use Nextflow with Batch to run pipelines.',
    });
  });
  it('reads the deep-dive style too, but not a tip, a role key or another service', () => {
    expect(
      useCases(
        [
          '### **AWS Batch**',
          '### **Key Notes**',
          '- **Rendering**: Use Deadline w/ AWS Batch for frames.',
          '- **Tip**: Use EventBridge with AWS Batch for schedules.',
          '- **Monitoring**: Use CloudWatch with AWS Batch.',
          '- **Streaming**: Use Kinesis with Lambda.',
        ].join('\n'),
      ),
    ).toEqual(['Rendering']);
  });
});

describe('"for <kind of> workloads" in what a line says the service does', () => {
  it('is what the service is suited for (deep-dive style)', () => {
    const d = read(
      [
        '### **Acme Edge**',
        '### **Performance**',
        '- **Low Latency**: Local caching for retail workloads.',
      ].join('\n'),
    );
    const got = d.relations.filter((r) => r.kind === 'suited-for');
    expect(got.map((r) => r.to)).toEqual(['Retail workloads']);
    expect(got[0]!.inferred).toEqual({ rule: 'for-workloads', words: 'for retail workloads' });
  });
  it('reads the plain style too; not a count, a cost strategy or an exam tip', () => {
    expect(
      useCases(
        [
          'Acme Edge:',
          '- Built for streaming applications.',
          '- Tuned for AI jobs.',
          '- Scales for multiple workloads.',
          '- Strategies: Use Spot for fault-tolerant workloads.',
          '- Exam Tip: Know it is for bursty jobs.',
        ].join('\n'),
        'note.txt',
      ),
    ).toEqual(['Streaming applications', 'AI jobs']);
  });
});

describe('a use case that says to run a kind of work with a named thing', () => {
  it('is what the service and the named thing are suited for (deep-dive style)', () => {
    const d = read(
      [
        '### **AWS Batch**',
        '### **Overview**',
        '- **Definition**: Runs batch jobs.',
        '### **Amazon EC2 Spot**',
        '- **Definition**: Spare capacity.',
        '### **AWS Batch**',
        '### **Key Notes**',
        '- **Use Case**: Run nightly simulations with Amazon EC2 Spot, store results in S3.',
      ].join('\n'),
    );
    const got = d.relations.filter((r) => r.inferred?.rule === 'run-with');
    expect(got.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual([
      'AWS Batch suited-for Nightly simulations',
      'Amazon EC2 Spot suited-for Nightly simulations',
    ]);
    expect(got[1]!.inferred!.words).toBe('Use Case: Run nightly simulations with Amazon EC2 Spot');
  });
  it('reads the plain style; not a singular or named work, not a thing the notes do not describe', () => {
    const d = read(
      [
        'AWS Batch:',
        '- Use case: Run render jobs with Spot Fleet.',
        '- Use case: Run Monte Carlo jobs with Spot Fleet.',
        '- Use case: Run a nightly report with Spot Fleet.',
        '- Use case: Run genomics pipelines with Nextflow.',
        '- Tip: Run test jobs with Spot Fleet.',
        'Spot Fleet:',
        '- A set of Spot Instances.',
      ].join('\n'),
      'note.txt',
    );
    const got = d.relations
      .filter((r) => r.inferred?.rule === 'run-with')
      .map((r) => `${r.from} ${r.kind} ${r.to}`);
    expect(got).toEqual([
      'AWS Batch suited-for Render jobs',
      'Spot Fleet suited-for Render jobs',
      'AWS Batch suited-for Genomics pipelines',
    ]);
  });
});
