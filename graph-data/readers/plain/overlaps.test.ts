import { describe, expect, it } from 'vitest';
import type { DraftRelation } from '../draft';
import { dropBroader } from './overlaps';

const rel = (kind: string, to: string, line: number): DraftRelation => ({
  from: 'batch',
  to,
  kind,
  cite: { file: 'batch.md', line, section: 'AWS Batch' },
});
const said = (rels: DraftRelation[]) => dropBroader(rels).map((r) => `${r.kind} ${r.to}@${r.cite.line}`);

describe('dropBroader', () => {
  it.each([
    [
      'keeps one relation where a line names a tool both as an integration and in its role',
      [rel('integrates-with', 'prometheus', 4), rel('monitored-with', 'prometheus', 4)],
      ['monitored-with prometheus@4'],
    ],
    [
      'keeps both where one line says integration and another the role',
      [rel('integrates-with', 'cloudwatch', 3), rel('monitored-with', 'cloudwatch', 9)],
      ['integrates-with cloudwatch@3', 'monitored-with cloudwatch@9'],
    ],
    [
      'keeps an audit tool once across the notes, since auditing is a kind of monitoring',
      [rel('monitored-with', 'cloudtrail', 9), rel('audited-with', 'cloudtrail', 14)],
      ['audited-with cloudtrail@14'],
    ],
    [
      'leaves relations between other pairs alone',
      [rel('integrates-with', 'iam', 3), rel('monitored-with', 'cloudwatch', 3)],
      ['integrates-with iam@3', 'monitored-with cloudwatch@3'],
    ],
  ])('%s', (_, relations, kept) => {
    expect(said(relations)).toEqual(kept);
  });
});
