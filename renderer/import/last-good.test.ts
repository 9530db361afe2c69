import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../../graph-data';
import { brokenEditNotice, brokenEdits, withLastGood } from './last-good';

const error = (file: string, line = 1, message = 'the front matter is never closed'): ImportProblem => ({
  file,
  line,
  message,
  severity: 'error',
});

describe('a broken edit in a watched folder', () => {
  it('holds back a changed file that gained errors, not one that only has warnings', () => {
    const after = [error('a.md', 3), { file: 'b.md', message: 'odd', severity: 'warning' as const }];
    expect(brokenEdits(['a.md', 'b.md'], [], after)).toEqual(['a.md']);
  });

  it('lets through an edit to a file that was already broken as badly', () => {
    expect(brokenEdits(['a.md'], [error('a.md', 2)], [error('a.md', 5)])).toEqual([]);
  });

  it('ignores errors in files the edit did not touch', () => {
    expect(brokenEdits(['a.md'], [], [error('c.md')])).toEqual([]);
  });

  it('puts the last good version back and leaves out a broken new file', () => {
    const files = [
      { path: 'a.md', text: 'broken' },
      { path: 'new.md', text: 'broken too' },
      { path: 'ok.md', text: 'fine' },
    ];
    const lastGood = new Map([['a.md', { path: 'a.md', text: 'good' }]]);
    expect(withLastGood(files, ['a.md', 'new.md'], lastGood)).toEqual([
      { path: 'a.md', text: 'good' },
      { path: 'ok.md', text: 'fine' },
    ]);
  });

  it('names the file, the line and the problem', () => {
    expect(brokenEditNotice('notes/ecs.md', [error('notes/ecs.md', 4)], true)).toBe(
      'notes/ecs.md, line 4: the front matter is never closed. The graph keeps the last good version of this note until it is fixed.',
    );
  });
});
