import { describe, expect, it } from 'vitest';
import { buildSearchIndex, loadSearchIndex, queryTerms, search } from './search-index';
import { smallGraph } from '../test/fixtures';

const graph = smallGraph();
const index = loadSearchIndex(JSON.parse(JSON.stringify(buildSearchIndex(graph))));
const ids = (q: string) => search(index, graph, q).map((h) => h.id);

describe('search', () => {
  it('ranks a label hit above passing mentions', () => {
    expect(ids('hipaa')[0]).toBe('hipaa');
    expect(ids('EKS Distro')[0]).toBe('eks-distro');
  });

  it('needs the nodes alone (the search worker is sent no relations)', () => {
    const nodesOnly = { ...graph, edges: [] };
    for (const q of ['hipaa', 'EKS-D', 'vsph', 'on-premises pricing'])
      expect(search(index, nodesOnly, q)).toEqual(search(index, graph, q));
  });

  it('finds aliases, prefixes and small misspellings', () => {
    expect(ids('EKS-D')).toContain('eks-distro');
    expect(ids('vsph')[0]).toBe('vsphere');
    expect(ids('distor')[0]).toBe('eks-distro');
    expect(ids('kubernets')).toEqual(expect.arrayContaining(['eks-anywhere']));
  });

  it('shows the matching text of a fact hit', () => {
    const hit = search(index, graph, 'air-gapped').find((h) => h.id === 'eks-anywhere')!;
    expect(hit.snippet.toLowerCase()).toContain('air');
    expect(hit.highlight).toBeDefined();
  });

  it('never throws, whatever the user types', () => {
    const hostile = [
      '',
      '   ',
      ':',
      '"',
      "'",
      '^',
      '~',
      '*',
      '+',
      '-',
      '+-',
      'label:',
      'eks~2^',
      '*:*',
      '"unclosed',
      '((((',
      '\\',
      '\u0000',
      'x'.repeat(50_000),
      '🙂 eks',
      'title:hipaa^10 -ecs +"fips"',
    ];
    for (const q of hostile) expect(() => search(index, graph, q)).not.toThrow();
    expect(search(index, graph, '')).toEqual([]);
    expect(ids('+"fips"~')).toContain('fips');
  });

  it('splits queries into plain words', () => {
    expect(queryTerms('FIPS 140-2 (GovCloud)')).toEqual(['fips', '140', '2', 'govcloud']);
    expect(queryTerms('$0.04048/vCPU')).toEqual(['0.04048', 'vcpu']);
  });
});
