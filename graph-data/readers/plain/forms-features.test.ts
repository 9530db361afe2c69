import { describe, expect, it } from 'vitest';
import { read } from './forms-helpers';

/*
 * The form rules about what a service can do: its features, each on two small notes of its own: one in the
 * deep-dive Markdown style (`### **Service**`, `- **Key**: value` bullets, sections) and one in the
 * plain-text style (`Service:` lines, `- Key: value` bullets, header-less tables), with look-alike
 * lines that must not give the relation.
 */
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

describe('"Runs in <kind of> environments"', () => {
  const features = (text: string, path?: string) =>
    read(text, path)
      .relations.filter((r) => r.kind === 'has-feature')
      .map((r) => `${r.to} [${r.inferred?.rule}: ${r.inferred?.words}]`);
  it('is a capability of the service, named by the kind (deep-dive style)', () => {
    expect(
      features(
        [
          '### **Acme Vault**',
          '### **Overview**',
          '- **Key Features**:',
          '    - Runs in disconnected environments, with no outbound calls.',
        ].join('\n'),
      ),
    ).toEqual(['Disconnected operation [runs-in-environments: Runs in disconnected environments]']);
  });
  it('reads the plain style too, after "can" or the service\'s own name', () => {
    expect(
      features(['Acme Vault:', '- Acme Vault can run in regulated environments.'].join('\n'), 'note.txt'),
    ).toEqual(['Regulated operation [runs-in-environments: run in regulated environments]']);
  });
  it('is not read from a count of environments, or when something else is what runs', () => {
    expect(
      features(
        [
          'Acme Vault:',
          '- Runs in multiple environments.',
          '- Good for when workloads run in isolated environments.',
          '- Exam Tip: Runs in sealed environments.',
        ].join('\n'),
        'note.txt',
      ),
    ).toEqual([]);
  });
});

describe('"Supports <capability> <one way> and <another way>"', () => {
  const features = (text: string, path?: string) =>
    read(text, path)
      .relations.filter((r) => r.kind === 'has-feature')
      .map((r) => r.to);
  it('names two kinds of the capability, one for each adverb (plain style)', () => {
    const d = read(
      ['Acme Queue:', '- Supports Delivery synchronously and asynchronously.'].join('\n'),
      'note.txt',
    );
    const got = d.relations.filter((r) => r.kind === 'has-feature');
    expect(got.map((r) => r.to)).toEqual(['Synchronous delivery', 'Asynchronous delivery']);
    expect(got[0]!.inferred).toEqual({
      rule: 'supports-both-ways',
      words: 'Supports Delivery synchronously and asynchronously',
    });
  });
  it('reads the deep-dive style, with "or" and an "-ic" adverb', () => {
    expect(
      features(
        [
          '### **Acme Queue**',
          '### **Overview**',
          '- **Key Features**:',
          '    - Supports retries manually or automatically.',
        ].join('\n'),
      ),
    ).toEqual(['Manual retries', 'Automatic retries']);
  });
  it('is not read from one adverb, or from named products joined by "and"', () => {
    const d = read(
      ['Acme Queue:', '- Supports batching efficiently.', '- Supports SQS and SNS.'].join('\n'),
      'note.txt',
    );
    expect(d.relations.filter((r) => r.inferred?.rule === 'supports-both-ways')).toEqual([]);
    expect(d.nodes.some((n) => /^Efficient/.test(n.label))).toBe(false);
  });
});

describe('a capability that the line says lets you do something', () => {
  const deepDive = [
    '### **Amazon Kinesis**',
    '### **Overview**',
    '- **Key Features**:',
    '    - Stream Replication allows you to copy records to a second Region.',
    '    - Kinesis allows you to read streams in order.',
    '    - The console lets you browse shards.',
    '    - Firehose allows you to load data into S3.',
    '    - This allows you to replay records.',
  ].join('\n');
  it('is a feature of the service, cited to its words (deep-dive style)', () => {
    const d = read(deepDive);
    const got = d.relations.filter((r) => r.kind === 'has-feature');
    expect(got.map((r) => `${r.from} has-feature ${r.to}`)).toEqual([
      'Amazon Kinesis has-feature Stream Replication',
    ]);
    expect(got[0]!.inferred).toEqual({
      rule: 'capability-allows',
      words: 'Stream Replication allows you',
    });
    expect(got[0]!.cite.line).toBe(4);
  });
  it('reads the plain style the same; a name, a pronoun or the service itself is no capability', () => {
    const d = read(
      [
        'Amazon Kinesis:',
        '- Shard Splitting lets you raise throughput without downtime.',
        '- Kinesis lets you keep records for a year.',
        '- It allows you to replay records.',
        '- Enhanced fan-out allows consumers to read at 2 MB/s each.',
        '- Producers enable you to batch records.',
      ].join('\n'),
      'note.txt',
    );
    expect(d.relations.filter((r) => r.kind === 'has-feature').map((r) => r.to)).toEqual(['Shard Splitting']);
  });
});

describe('a feature that has the name of a use case the notes list', () => {
  it('is named after its service, apart from the use case, and serves that use case (plain style)', () => {
    const d = read(
      [
        'Amazon Kinesis:',
        '- Use cases: Stream processing, log collection.',
        'Amazon MSK:',
        '- Stream Processing allows you to join and window topics in real time.',
      ].join('\n'),
      'note.txt',
    );
    const feature = d.nodes.find((n) => n.kind === 'feature')!;
    expect(feature.label).toBe('Stream Processing (MSK)');
    expect(feature.aliases).toEqual(['MSK Stream Processing']);
    expect(d.nodes.filter((n) => n.kind === 'use-case').map((n) => n.label)).toContain('Stream processing');
    const rel = d.relations.map((r) => `${r.from} ${r.kind} ${r.to}`);
    expect(rel).toEqual(
      expect.arrayContaining([
        'Amazon Kinesis suited-for Stream processing',
        'Amazon MSK has-feature Stream Processing (MSK)',
        'Stream Processing (MSK) suited-for Stream processing',
        'Amazon MSK suited-for Stream processing',
      ]),
    );
    const serves = d.relations.find((r) => r.from === 'Stream Processing (MSK)')!;
    expect(serves.inferred).toEqual({
      rule: 'feature-named-for-use-case',
      words: 'Stream Processing allows you',
    });
    expect(serves.cite.line).toBe(4);
  });
  it('keeps its own name when no use case has it (deep-dive style)', () => {
    const d = read(
      [
        '### **Amazon MSK**',
        '### **Overview**',
        '- **Key Features**:',
        '    - Tiered Storage allows you to keep topics for years.',
        '- **Use Cases**: Event streaming, storage of logs.',
      ].join('\n'),
    );
    expect(d.nodes.filter((n) => n.kind === 'feature').map((n) => n.label)).toEqual(['Tiered Storage']);
    expect(d.relations.filter((r) => r.inferred?.rule === 'feature-named-for-use-case')).toEqual([]);
  });
});
