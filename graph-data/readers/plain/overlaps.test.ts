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
  it('keeps one relation where a line names a tool both as an integration and in its role', () => {
    expect(said([rel('integrates-with', 'prometheus', 4), rel('monitored-with', 'prometheus', 4)])).toEqual([
      'monitored-with prometheus@4',
    ]);
  });
  it('keeps both where one line says integration and another the role', () => {
    expect(said([rel('integrates-with', 'cloudwatch', 3), rel('monitored-with', 'cloudwatch', 9)])).toEqual([
      'integrates-with cloudwatch@3',
      'monitored-with cloudwatch@9',
    ]);
  });
  it('keeps an audit tool once across the note, since auditing is a kind of monitoring', () => {
    expect(said([rel('monitored-with', 'cloudtrail', 9), rel('audited-with', 'cloudtrail', 14)])).toEqual([
      'audited-with cloudtrail@14',
    ]);
  });
  it('leaves relations between other pairs alone', () => {
    expect(said([rel('integrates-with', 'iam', 3), rel('monitored-with', 'cloudwatch', 3)])).toEqual([
      'integrates-with iam@3',
      'monitored-with cloudwatch@3',
    ]);
  });
});
