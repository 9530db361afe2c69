import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { buildNameIndex } from './name-index';
import { buildSearchIndex, search, searchByName } from './search-index';
import { smallGraph } from '../test/fixtures';

const graph = smallGraph();
const names = buildNameIndex(graph);
const ids = (q: string) => searchByName(names, q).map((h) => h.id);

describe('search by name (what a large graph lists within the keystroke)', () => {
  it('finds a node by its whole name, a prefix of it, or a small misspelling', () => {
    expect(ids('HIPAA')).toEqual(['hipaa']);
    expect(ids('vsph')).toEqual(['vsphere']);
    expect(ids('distor')).toEqual(['eks-distro']);
    expect(ids('vshpere')).toEqual(['vsphere']);
  });

  it('needs every word of the query in a name, in any order', () => {
    expect(ids('distro eks')).toEqual(['eks-distro']);
    expect(ids('eks')).toEqual(expect.arrayContaining(['eks-anywhere', 'eks-distro']));
    expect(ids('eks hipaa')).toEqual([]);
  });

  it('ranks an exact name first, then names the query spells out, shorter first', () => {
    // "Amazon EKS Distro" is exactly its alias EKS-D; "FIPS 140-2" is spelt out whole.
    expect(ids('EKS-D')[0]).toBe('eks-distro');
    expect(ids('fips 140 2')).toEqual(['fips']);
    // "Amazon ECS" covers half its name with "amazon"; the longer names less.
    expect(ids('amazon')[0]).toBe('ecs');
  });

  it('shows the alias that matched, its word marked', () => {
    const [hit] = searchByName(names, 'EKS-A');
    expect(hit).toMatchObject({ id: 'eks-anywhere', field: 'aliases', snippet: 'EKS-A', highlight: [0, 3] });
    // A label hit shows the summary, as the full-text search does.
    const [label] = searchByName(names, 'hipaa');
    expect(label).toMatchObject({ field: 'label', snippet: 'US health data rules.' });
  });

  it('reads names only: words found only in summaries and facts are the full-text search’s', () => {
    // "health" is in HIPAA's summary.
    expect(search(buildSearchIndex(graph), graph, 'health').map((h) => h.id)).toContain('hipaa');
    expect(ids('health')).toEqual([]);
  });

  it('never throws, whatever the user types', () => {
    for (const q of ['', '  ', ':', '*', '~2', '^', '+-', '\u0000', 'a'.repeat(5000), '(((']) {
      expect(() => searchByName(names, q)).not.toThrow();
    }
  });

  it('agrees with the full-text search on the best hit when the query names a node', () => {
    const builtIn = compileFolder(BUILT_IN_NOTES).graph!;
    const full = buildSearchIndex(builtIn);
    const byName = buildNameIndex(builtIn);
    for (const q of [
      'karpenter',
      'regsitry',
      'fargate',
      'eks anywhere',
      'kubernets',
      'ecr',
      'hipaa',
      'eks',
    ]) {
      expect(searchByName(byName, q)[0]?.id, q).toBe(search(full, builtIn, q)[0]?.id);
    }
  });
});
