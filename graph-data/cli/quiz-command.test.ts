import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'atlas-quiz-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('graph quiz', () => {
  it('prints the questions as JSON, each scoped to the notes', async () => {
    const { code, out } = await run('quiz', '--format', 'json');
    expect(code).toBe(0);
    const { questions } = JSON.parse(out) as { questions: { prompt: string }[] };
    expect(questions.length).toBeGreaterThan(300);
    for (const q of questions) expect(q.prompt).toMatch(/^According to the notes, /);
  });

  it('writes Anki\u2019s tab-separated format and a deck to files', async () => {
    const tsv = join(dir, 'cards.tsv');
    expect((await run('quiz', '--format', 'tsv', '--out', tsv)).code).toBe(0);
    expect(readFileSync(tsv, 'utf8')).toMatch(/^#separator:tab\n/);
    const apkg = join(dir, 'deck.apkg');
    const result = await run('quiz', '--format', 'apkg', '--out', apkg);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/Wrote \d+ questions to .*deck\.apkg \(apkg\)/);
    // A zip file (the .apkg container) starts with "PK".
    expect(readFileSync(apkg).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses an unknown format, and a binary deck without --out', async () => {
    expect(await run('quiz', '--format', 'csv')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/json, tsv, apkg/),
    });
    expect(await run('quiz', '--format', 'apkg')).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--out/),
    });
  });

  it('says which file it cannot write', async () => {
    const r = await run('quiz', '--format', 'tsv', '--out', join(dir, 'missing', 'x.tsv'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Cannot write .*x\.tsv/);
  });
});
