import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '../model/kinds';
import { relationInfo, RELATION_KINDS } from '../model/vocabulary';

const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

describe('README', () => {
  it('documents every relation kind with how it reads', () => {
    const missing = RELATION_KINDS.filter(
      (k) => !readme.includes(`| \`${k}\` | ${relationInfo(k).verb} | ${relationInfo(k).inverse} |`),
    );
    expect(missing).toEqual([]);
  });

  it('documents every node kind', () => {
    expect(NODE_KINDS.filter((k) => !readme.includes(`| \`${k}\` |`))).toEqual([]);
  });
});
