import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run';
import { tempDir } from '../test/temp-dir';
import { sanitizeForTerminal } from './sanitize';

const VAULT = join(import.meta.dirname, '..', 'test', 'fixtures', 'obsidian-vault');

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('graph import and --notes', () => {
  it('tells what was read from a vault: files, nodes and relations by kind, inferred vs stated, problems with file:line', async () => {
    const { code, out } = await run('import', VAULT);
    expect(code).toBe(0);
    expect(out).toContain('(an Obsidian vault): 5 files.');
    expect(out).toMatch(
      /^Nodes: 12 \(component 4, integration 3, platform 3, compliance programme 1, service 1\)$/m,
    );
    expect(out).toMatch(/^Relations: 13 \(links-to 4, integrates-with 2, monitored-with 2, runs-on 2, /m);
    expect(out).toContain(
      'Stated relations 10, inferred 3; inferred nodes 9, of which placeholders 7; embeds listed 2.',
    );
    expect(out).toContain('Problems: 0 errors, 1 warning.');
    expect(out).toContain("  Archive/CRLF note.md: warning: 2 notes are called 'vSphere'");
    expect(out).toContain('    fix: write the path to link to another one, e.g. [[Platforms/vSphere]]');
  });

  it('merges with the built-in graph and answers queries over both', async () => {
    const imported = await run('import', VAULT, '--with-built-in');
    expect(imported.out).toContain('merged with the built-in graph');
    expect(imported.out).toContain('built-in nodes your notes add to 2');
    const path = await run('path', 'Edge Runner', 'ECS', '--notes', VAULT, '--with-built-in');
    expect(path.code).toBe(0);
    // The user's node reaches the built-in ECS in two steps, through built-in nodes it names.
    expect(path.out).toMatch(
      /^Path 1 \(2 steps\): Edge Runner .+ Amazon Elastic Container Service \(ECS\)\.$/m,
    );
    const alone = await run('search', 'edge runner', '--notes', VAULT);
    expect(alone.out.split('\n')[0]).toMatch(/^ 1\. Edge Runner \[Service\] \(edge-runner\)/);
  });

  it('reads a single file, and exits 1 naming the problem when the path holds no notes', async () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'one.md'), '# One\nruns-on:: [[Bare metal]]\n');
    const one = await run('import', join(dir, 'one.md'), '--json');
    expect(JSON.parse(one.out).stats).toMatchObject({
      files: 1,
      nodes: 2,
      relationsByKind: { 'runs-on': 1 },
    });
    const empty = await run('import', tempDir('cli-empty'));
    expect(empty.code).toBe(1);
    expect(empty.err).toContain('no notes (.md, .markdown or .txt files) found here');
    expect((await run('import')).code).toBe(2);
  });

  it("never prints a note's terminal escape sequences raw", async () => {
    const dir = tempDir('cli-esc');
    writeFileSync(
      join(dir, 'evil.md'),
      '---\ntitle: "Red \\e[31mAlert\\e[0m \\e]0;pwned\\a \\u202eevil"\n---\nSee [[\u001b[2JClear]].\n',
    );
    const { out, err } = await run('import', dir, '--json');
    const search = await run('search', 'red', '--notes', dir);
    for (const text of [out, err, search.out, search.err]) {
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
    expect(search.out).toContain('Red \\x1b[31mAlert\\x1b[0m \\x1b]0;pwned\\x07 \\u202eevil');
    expect(sanitizeForTerminal('tab\tand\nnewline stay')).toBe('tab\tand\nnewline stay');
  });

  it('validates a vault: warnings listed, exit 0 when nothing is an error', async () => {
    const { code, out, err } = await run('validate', VAULT);
    expect(code).toBe(0);
    expect(out).toContain('12 nodes and 13 relations, no errors found');
    expect(err).toContain("warning: 2 notes are called 'vSphere'");
  });
});
