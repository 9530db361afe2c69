import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from './run';
import { writeNotesFolder } from '../test/write-notes';
import { tempDir } from '../test/temp-dir';
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

  it('exports each single-file format to stdout, saying so on stderr, and refuses an unknown format', async () => {
    const graphml = await run('export', '--format', 'graphml');
    expect(graphml.out).toContain('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"');
    expect(graphml.err).toMatch(
      /^Exported 7 nodes and \d+ relations as GraphML \(\.graphml\) to standard output\.$/,
    );
    expect((await run('export', '--format', 'cypher')).out).toContain(
      'CREATE CONSTRAINT atlas_id IF NOT EXISTS',
    );
    expect(JSON.parse((await run('export', '--format', 'cyjs')).out).elements.nodes).toHaveLength(7);
    expect(await run('export', '--format', 'dot')).toMatchObject({
      code: 2,
      err: expect.stringContaining(
        "Unknown format 'dot'; use one of: json, cyjs, graphml, gexf, cypher, neo4j-csv, csv",
      ),
    });
  });

  it('writes two-file formats into the folder --out names, and lists what it wrote', async () => {
    expect(await run('export', '--format', 'neo4j-csv')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--out'),
    });
    const dir = join(tempDir('export'), 'neo4j');
    const { code, out } = await run('export', '--format', 'neo4j-csv', '--out', dir);
    expect(code).toBe(0);
    expect(out).toContain(`wrote ${join(dir, 'nodes.csv')}`);
    expect(out).toContain(`wrote ${join(dir, 'relationships.csv')}`);
    expect(readFileSync(join(dir, 'nodes.csv'), 'utf8')).toMatch(/^id:ID,:LABEL,/);
    const file = join(dir, 'graph.gexf');
    expect((await run('export', '--format', 'gexf', '--out', file)).out).toContain(`wrote ${file}`);
    expect(readFileSync(file, 'utf8')).toContain('<gexf xmlns="http://gexf.net/1.3"');
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

describe('graph CLI reading exported graphs back', () => {
  it('takes a GraphML or GEXF export as --notes and answers from it as from the notes', async () => {
    const dir = tempDir('roundtrip');
    for (const format of ['graphml', 'gexf', 'cyjs', 'json']) {
      const file = join(dir, `graph.${format}`);
      expect((await run('export', '--format', format, '--out', file)).code).toBe(0);
      const out: string[] = [];
      const code = await runCli(['search', 'fips', '--notes', file], {
        out: (t) => out.push(t),
        err: () => undefined,
      });
      expect(code, format).toBe(0);
      expect(out.join('\n').split('\n')[0]).toMatch(/^ 1\. FIPS 140-2 \[Compliance programme\] \(fips\)/);
    }
  });

  it('names the file and the problem when an export is broken', async () => {
    const file = join(tempDir('broken'), 'broken.graphml');
    writeFileSync(file, '<graphml><graph><node id="a">');
    const err: string[] = [];
    const code = await runCli(['search', 'x', '--notes', file], {
      out: () => undefined,
      err: (t) => err.push(t),
    });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('broken.graphml');
  });
});
