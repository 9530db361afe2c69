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
