import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { smallGraph } from '../test/fixtures';
import { toJsonExport } from './json-export';
import { toGraphml } from './graphml-export';
import { cypherString, toCypher } from './cypher-export';
import { subgraph } from './subgraph';
import { compileNotes } from '../compile/compile';
import { note, smallNotes, SOURCES } from '../test/fixtures';

const graph = smallGraph();

describe('JSON export', () => {
  it('lists nodes with all attributes and edges with qualifiers', () => {
    const out = toJsonExport(graph);
    const eksa = out.nodes.find((n) => n.id === 'eks-anywhere')!;
    expect(eksa).toMatchObject({
      kind: 'service',
      label: 'Amazon EKS Anywhere',
      aliases: ['EKS-A'],
      summary: 'Kubernetes on your own hardware.',
    });
    expect(eksa.cite).toEqual({ note: 'study', section: 'EKS Anywhere › Overview', file: 'study.txt' });
    expect(out.edges.find((e) => e.target === 'fips' && e.source === 'eks-anywhere')).toMatchObject({
      kind: 'complies-with',
      verb: 'complies with',
      qualifier: 'in GovCloud',
    });
  });

  it('carries worked examples with the computed total beside the stated one', () => {
    const ecs = toJsonExport(graph).nodes.find((n) => n.id === 'ecs')!;
    expect(
      (
        ecs.examples as {
          stated: { amount: number };
          computed: { amount: number };
          statedDiffersBy: number;
        }[]
      )[0],
    ).toMatchObject({
      stated: { amount: 1 },
      computed: { amount: 0.81 },
      statedDiffersBy: 0.19,
    });
  });
});

const tricky = note(
  'tricky.md',
  `id: tricky\nkind: feature\nlabel: "Quotes ' \\" & <tags> \\\\ back"\nsummary: "line one\\nline two"\nsource: { note: study, section: S }`,
);
const trickyGraph = compileNotes([...smallNotes(), tricky], SOURCES).graph!;

describe('GraphML export', () => {
  it('is well-formed XML in the GraphML namespace with every node and edge', () => {
    const xml = toGraphml(trickyGraph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.graph.edgedefault).toBe('directed');
    expect(doc.graphml.graph.node).toHaveLength(trickyGraph.nodes.length);
    expect(doc.graphml.graph.edge).toHaveLength(trickyGraph.edges.length);
    const t = doc.graphml.graph.node.find((n: { id: string }) => n.id === 'tricky');
    const label = t.data.find((d: { key: string }) => d.key === 'n_label')['#text'];
    expect(label).toBe(`Quotes ' " & <tags> \\ back`);
  });
});

describe('Cypher export', () => {
  it('writes one statement per node and relationship', () => {
    const lines = toCypher(trickyGraph).trim().split('\n');
    expect(lines).toHaveLength(trickyGraph.nodes.length + trickyGraph.edges.length);
    expect(lines.every((l) => l.endsWith(';'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('CREATE (:Atlas:'))).toHaveLength(trickyGraph.nodes.length);
    expect(lines).toContain(
      "MATCH (a:Atlas {id: 'eks-anywhere'}), (b:Atlas {id: 'fips'}) CREATE (a)-[:COMPLIES_WITH {verb: 'complies with', qualifier: 'in GovCloud', note: 'study.txt', section: 'EKS Anywhere › Security'}]->(b);",
    );
  });

  it('escapes strings so no value can end its literal early', () => {
    expect(cypherString(`it's "x" \\ y\nz`)).toBe(`'it\\'s "x" \\\\ y\\nz'`);
    const line = toCypher(trickyGraph)
      .split('\n')
      .find((l) => l.includes("id: 'tricky'"))!;
    expect(line).toContain(`label: 'Quotes \\' " & <tags> \\\\ back'`);
    expect(line).toContain(`summary: 'line one\\nline two'`);
    // Every quote inside a literal is escaped: stripping escapes leaves balanced quotes.
    expect((line.replace(/\\./g, '').match(/'/g) ?? []).length % 2).toBe(0);
  });
});

describe('subgraph', () => {
  it('keeps only the chosen nodes and the edges between them', () => {
    const part = subgraph(graph, ['eks-anywhere', 'eks-distro', 'hipaa']);
    expect(part.nodes.map((n) => n.id).sort()).toEqual(['eks-anywhere', 'eks-distro', 'hipaa']);
    expect(part.edges.map((e) => e.id).sort()).toEqual([
      'eks-anywhere:built-on:eks-distro',
      'eks-anywhere:complies-with:hipaa',
      'eks-distro:complies-with:hipaa',
    ]);
  });
});
