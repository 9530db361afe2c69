import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from './run';
import { writeNotesFolder } from '../test/write-notes';
import { note, smallNotes } from '../test/fixtures';

const folder = writeNotesFolder();

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--notes', folder], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('graph CLI', () => {
  it('exports JSON with nodes and edges', async () => {
    const { code, out } = await run('export', '--format', 'json');
    expect(code).toBe(0);
    const data = JSON.parse(out);
    expect(data.nodes.find((n: { id: string }) => n.id === 'hipaa')).toMatchObject({
      kind: 'compliance',
      label: 'HIPAA',
    });
    expect(data.edges.length).toBeGreaterThan(0);
  });

  it('exports GraphML and Cypher, and refuses an unknown format', async () => {
    expect((await run('export', '--format', 'graphml')).out).toContain(
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    );
    expect((await run('export', '--format', 'cypher')).out).toMatch(/^CREATE \(:Atlas:/);
    expect(await run('export', '--format', 'dot')).toMatchObject({
      code: 2,
      err: expect.stringContaining("Unknown format 'dot'"),
    });
  });

  it('searches with ranked hits', async () => {
    const { code, out } = await run('search', 'fips');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toMatch(/^ 1\. FIPS 140-2 \[Compliance programme\] \(fips\)/);
    expect((await run('search', '"^~*:')).code).toBe(1);
  });

  it('tells paths, addressing nodes by label in any case', async () => {
    const { code, out } = await run('path', 'vmware VSPHERE', 'eks-d');
    expect(code).toBe(0);
    expect(out).toContain(
      'VMware vSphere can host Amazon EKS Anywhere, which is built on Amazon EKS Distro.',
    );
    const missing = await run('path', 'vsphere', 'nothing-here');
    expect(missing).toMatchObject({
      code: 2,
      err: expect.stringContaining("No node is called 'nothing-here'"),
    });
  });

  it('lists neighbours to a depth', async () => {
    const { out } = await run('neighbours', 'EKS Distro', '--depth', '2');
    expect(out).toContain('VMware vSphere [Platform] (vsphere)');
    expect((await run('neighbours', 'eks-distro', '--depth', 'x')).code).toBe(2);
  });

  it('validates a folder: readable errors and a non-zero exit', async () => {
    const broken = writeNotesFolder([
      ...smallNotes(),
      note('bad.md', 'id: bad\nkind: servce\nlabel: Bad\nsummary: s\nsource: { note: study, section: S }'),
    ]);
    const errors: string[] = [];
    const code = await runCli(['validate', broken], { out: () => {}, err: (t) => errors.push(t) });
    expect(code).toBe(1);
    expect(errors.join('\n')).toContain(
      "bad.md:3: error: node bad: 'kind': unknown node kind 'servce'; did you mean 'service'?",
    );
    expect((await run('validate', folder)).code).toBe(0);
  });

  it('runs as `npm run graph` and exits non-zero on bad notes', async () => {
    const root = join(import.meta.dirname, '..', '..');
    const ok = execFileSync('npx', ['tsx', 'graph-data/cli/main.ts', 'validate', folder], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(ok).toMatch(/7 nodes and \d+ relations, no errors found/);
    const bad = spawnSync('npx', ['tsx', 'graph-data/cli/main.ts', 'validate', join(folder, 'nope')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('cannot read the notes');
  });
});
