import { describe, expect, it } from 'vitest';
import { relations, read } from './forms-helpers';

/*
 * The form rules about where a service and its parts run, each on two small notes of its own: one in the
 * deep-dive Markdown style (`### **Service**`, `- **Key**: value` bullets, sections) and one in the
 * plain-text style (`Service:` lines, `- Key: value` bullets, header-less tables), with look-alike
 * lines that must not give the relation.
 */
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

describe('on-premises written as where the service runs', () => {
  it('is a place it runs on, with the words of the line; not in an exam tip (deep-dive style)', () => {
    const d = read(
      [
        '### **Acme Batch**',
        '### **Key Notes**',
        '- **Use Case**: Run nightly jobs on-premises for data residency.',
        '- **Exam Tip**: Know when to run it on-premises.',
      ].join('\n'),
    );
    const placed = d.relations.filter((r) => r.kind === 'runs-on');
    expect(placed.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual(['Acme Batch runs-on On-premises']);
    expect(placed[0]!.inferred).toEqual({
      rule: 'runs-on-premises',
      words: 'Run nightly jobs on-premises',
    });
    expect(placed[0]!.cite.line).toBe(3);
  });
  it('reads "on-prem" and "on prem" too, keeping the written form as a name (plain style)', () => {
    const d = read(['Acme Batch:', '- Deploy workers On-Prem with the installer.'].join('\n'), 'note.txt');
    expect(d.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toEqual(['Acme Batch runs-on On-premises']);
    expect(d.nodes.find((n) => n.label === 'On-premises')!.aliases).toContain('On-Prem');
  });
  it('is not read from on-premises describing a noun, from other verbs, or from someone else running', () => {
    const rels = relations(
      [
        'Acme Batch:',
        '- Runs on-premises servers alongside cloud workers.',
        '- Migrates jobs from on-premises to AWS.',
        '- Customers who run servers on-premises save on transfer.',
      ].join('\n'),
      'note.txt',
    );
    expect(rels.filter((r) => r.includes('On-premises'))).toEqual([]);
  });
});

describe('on-premises as an item of a list of places to run', () => {
  it('is a place the service runs on, beside the others (plain style)', () => {
    const rels = relations(['Acme Kube:', '- Runs on EC2, bare metal or on-prem.'].join('\n'), 'note.txt');
    expect(rels).toEqual(
      expect.arrayContaining([
        'Acme Kube runs-workloads-on EC2',
        'Acme Kube runs-on bare metal',
        'Acme Kube runs-on On-premises',
      ]),
    );
  });
  it('reads "Supports" lists the same, and not as a feature (deep-dive style)', () => {
    const d = read(
      [
        '### **Acme Kube**',
        '### **Overview**',
        '- **Key Features**:',
        '    - Supports Outposts and on-premises.',
      ].join('\n'),
    );
    expect(d.relations.map((r) => `${r.kind} ${r.to}`)).toEqual(['runs-on Outposts', 'runs-on On-premises']);
  });
  it('is not read from on-premises inside a longer item', () => {
    const rels = relations(
      ['Acme Kube:', '- Supports a hybrid setup with clusters on-premises and in the cloud.'].join('\n'),
      'note.txt',
    );
    expect(rels.filter((r) => r.includes('runs-on'))).toEqual([]);
  });
});

describe('a key that begins a sentence its nested items end ("Can run on:")', () => {
  it('reads each item as the end of the sentence (plain Markdown style)', () => {
    const rels = relations(
      [
        '### **AWS Batch**',
        '- Can run on:',
        '    - Outposts',
        '    - Nutanix',
        '- Integrates with:',
        '    - Step Functions',
        '- Good to know:',
        '    - Outposts racks are ordered ahead.',
      ].join('\n'),
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'AWS Batch runs-on Outposts',
        'AWS Batch runs-on Nutanix',
        'AWS Batch integrates-with Step Functions',
      ]),
    );
    // A key that starts no sentence ("Good to know:") lends its items nothing.
    expect(rels.filter((r) => r.startsWith('AWS Batch runs-on'))).toHaveLength(2);
  });
});
