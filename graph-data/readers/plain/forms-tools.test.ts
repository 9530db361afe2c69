import { describe, expect, it } from 'vitest';
import { relations, read } from './forms-helpers';

/*
 * The form rules about tools a service is monitored, audited or used with, each on two small notes of its own: one in the
 * deep-dive Markdown style (`### **Service**`, `- **Key**: value` bullets, sections) and one in the
 * plain-text style (`Service:` lines, `- Key: value` bullets, header-less tables), with look-alike
 * lines that must not give the relation.
 */
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

describe('an integration the note also lists as a monitoring or audit tool', () => {
  it('keeps both when two lines say both (deep-dive style)', () => {
    const rels = relations(
      [
        '### **AWS Batch**',
        '### **Overview**',
        '- **Key Features**:',
        '    - Integrates with CloudWatch, EventBridge, IAM.',
        '- **Updates (2025)**: Security Hub integration for findings.',
        '### **Resilience**',
        '- **Monitoring**: CloudWatch for job logs.',
        '### **Security**',
        '- **Access Control**: IAM roles for jobs.',
        '- **Auditing**: Security Hub.',
      ].join('\n'),
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'AWS Batch monitored-with CloudWatch',
        'AWS Batch audited-with Security Hub',
        'AWS Batch integrates-with CloudWatch',
        'AWS Batch integrates-with Security Hub',
        'AWS Batch integrates-with EventBridge',
        'AWS Batch integrates-with IAM',
      ]),
    );
  });
  it('works the same in the plain style; a tool named only as an integration stays one', () => {
    const rels = relations(
      [
        'AWS Batch:',
        '- Integrated with CloudTrail/EventBridge.',
        '- Auditing: CloudTrail.',
        'Amazon SQS:',
        '- Integrated with CloudTrail.',
      ].join('\n'),
      'note.txt',
    );
    expect(rels.filter((r) => r.includes('CloudTrail'))).toEqual([
      'AWS Batch integrates-with CloudTrail',
      'AWS Batch audited-with CloudTrail',
      'Amazon SQS integrates-with CloudTrail',
    ]);
  });
});
