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
