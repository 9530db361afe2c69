import { describe, expect, it } from 'vitest';
import { compileFolder, BUILT_IN_NOTES } from '../compile/read-folder';
import { exportGraph } from '../export/formats';
import { HOSTILE, hostileGraph, somePositions } from '../export/test-graphs';
import { readGraphFile } from './read-graph-file';
import { Citation, Fact, GraphEdge, GraphNode, Price } from '../model/schema';
import { textProblems } from '../export/well-formed-text';

const builtIn = compileFolder(BUILT_IN_NOTES).graph!;
const hostile = hostileGraph();

describe('readGraphFile round trips', () => {
  // A field the schema gains must appear in the hostile graph, so that the round trips below test it.
  it('round-trips a graph that fills every field of the schema', () => {
    const used = (items: object[]) => new Set(items.flatMap((i) => Object.keys(i)));
    const cases: [string, object, object[]][] = [
      ['node', GraphNode.shape, hostile.nodes],
      ['edge', GraphEdge.shape, hostile.edges],
      ['fact', Fact.shape, hostile.nodes.flatMap((n) => n.facts)],
      ['price', Price.shape, hostile.nodes.flatMap((n) => (n.price ? [n.price] : []))],
      ['citation', Citation.shape, hostile.nodes.map((n) => n.cite)],
    ];
    for (const [what, shape, items] of cases)
      expect(
        Object.keys(shape).filter((k) => !used(items).has(k)),
        `${what} fields missing from hostileGraph()`,
      ).toEqual([]);
  });

  for (const format of ['json', 'cyjs', 'graphml', 'gexf'] as const)
    it(`brings back everything from ${format}, with positions`, () => {
      for (const g of [builtIn, hostile]) {
        const positions = somePositions(g);
        const [file] = exportGraph(g, format, { positions });
        const back = readGraphFile(file!.name, file!.text);
        expect(back.problems).toEqual([]);
        expect(back.graph).toStrictEqual(g);
        expect(back.positions).toEqual(positions);
        // And again: what came back exports to the same file.
        expect(exportGraph(back.graph!, format, { positions })[0]!.text).toBe(file!.text);
      }
    });

  it('JSON -> GraphML -> app -> JSON gives the same JSON', () => {
    const json = exportGraph(hostile, 'json')[0]!.text;
    const viaGraphml = readGraphFile('g.graphml', exportGraph(hostile, 'graphml')[0]!.text).graph!;
    expect(exportGraph(viaGraphml, 'json')[0]!.text).toBe(json);
  });

  it('tells Cytoscape JSON from the app JSON by shape, also in a .json file', () => {
    const cyjs = exportGraph(hostile, 'cyjs')[0]!.text;
    expect(readGraphFile('from-cytoscape.json', cyjs).graph).toStrictEqual(hostile);
  });
});

describe('readGraphFile on files from other tools', () => {
  it('reads GraphML as Gephi saves it: labels, its own columns as attributes, positions, kinds', () => {
    const gephi = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '<key attr.name="label" attr.type="string" for="node" id="label"/>',
      '<key attr.name="Degree" attr.type="int" for="node" id="degree"/>',
      '<key attr.name="x" attr.type="float" for="node" id="x"/>',
      '<key attr.name="y" attr.type="float" for="node" id="y"/>',
      '<key attr.name="kind" attr.type="string" for="node" id="kind"/>',
      '<key attr.name="interaction" attr.type="string" for="edge" id="interaction"/>',
      '<graph edgedefault="directed">',
      '<node id="a"><data key="label">Alpha</data><data key="kind">service</data><data key="degree">2</data><data key="x">1.5</data><data key="y">-2</data></node>',
      '<node id="b"><data key="label">Beta</data><data key="x">0</data><data key="y">0</data></node>',
      '<edge id="e1" source="a" target="b"><data key="interaction">uses</data></edge>',
      '<edge source="a" target="b"/>',
      '</graph>',
      '</graphml>',
    ].join('\n');
    const back = readGraphFile('from-gephi.graphml', gephi);
    expect(back.problems).toEqual([]);
    expect(back.graph!.nodes.map((n) => [n.id, n.label, n.kind, n.attributes])).toEqual([
      ['a', 'Alpha', 'service', { Degree: 2 }],
      ['b', 'Beta', 'component', {}],
    ]);
    expect(back.graph!.edges.map((e) => [e.id, e.kind])).toEqual([
      ['e1', 'uses'],
      ['a:links-to:b', 'links-to'],
    ]);
    expect(back.positions).toEqual({ a: { x: 1.5, y: -2 }, b: { x: 0, y: 0 } });
  });

  it("ignores Cytoscape desktop's bookkeeping columns (SUID, shared_name, selected)", () => {
    const text = JSON.stringify({
      elements: {
        nodes: [
          { data: { id: 'a', SUID: 52, shared_name: 'a', name: 'A', selected: false, score: 0.5 } },
          { data: { id: 'b', SUID: 53, shared_name: 'b', name: 'B', selected: true } },
        ],
        edges: [
          {
            data: {
              id: 'e',
              source: 'a',
              target: 'b',
              SUID: 60,
              shared_interaction: 'uses',
              interaction: 'uses',
            },
          },
        ],
      },
    });
    const back = readGraphFile('desktop.cyjs', text);
    expect(back.graph!.nodes.map((n) => n.attributes)).toEqual([{ score: 0.5 }, {}]);
    expect(back.graph!.edges[0]!.kind).toBe('uses');
  });

  it('brings an attribute that is a number on one node and text on another back as text', () => {
    const g = hostileGraph();
    g.nodes[1]!.attributes.mixed = 3;
    const back = readGraphFile('g.graphml', exportGraph(g, 'graphml')[0]!.text).graph!;
    expect(back.nodes[1]!.attributes.mixed).toBe('3');
    expect(back.nodes[0]!.attributes.mixed).toBe('text');
  });

  it('reads the `cy.json()` element list shape of cytoscape.js', () => {
    const text = JSON.stringify({
      elements: [
        { group: 'nodes', data: { id: 'a', name: 'A' }, position: { x: 1, y: 2 } },
        { group: 'nodes', data: { id: 'b', name: 'B' } },
        { group: 'edges', data: { id: 'ab', source: 'a', target: 'b', interaction: 'pp' } },
      ],
    });
    const back = readGraphFile('net.cyjs', text);
    expect(back.graph!.nodes.map((n) => n.label)).toEqual(['A', 'B']);
    expect(back.graph!.edges[0]).toMatchObject({ id: 'ab', kind: 'pp' });
    expect(back.positions).toEqual({ a: { x: 1, y: 2 } });
  });
});

describe('readGraphFile problems', () => {
  it('names the line of broken XML and refuses entity declarations', () => {
    const broken = readGraphFile(
      'broken.graphml',
      '<?xml version="1.0"?>\n<graphml>\n<graph>\n<node id="a">\n</graphml>',
    );
    expect(broken.graph).toBeUndefined();
    expect(broken.problems[0]).toMatchObject({ file: 'broken.graphml', line: expect.any(Number) });
    expect(broken.problems[0]!.message).toMatch(/not well-formed XML/);
    const bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><graphml/>';
    expect(readGraphFile('bomb.graphml', bomb).problems[0]!.message).toMatch(/declares XML entities/);
  });

  it('names the node, line and fix for an unknown kind and a relation to a missing node', () => {
    const xml = exportGraph(hostile, 'graphml')[0]!
      .text.replace('<data key="n_kind">service</data>', '<data key="n_kind">servce</data>')
      .replace('target="vsphere"', 'target="nowhere"');
    const { graph, problems } = readGraphFile('edited.graphml', xml);
    expect(graph).toBeUndefined();
    const eksLine = xml.split('\n').findIndex((l) => l.includes('<node id="eks-anywhere">')) + 1;
    expect(problems).toContainEqual({
      file: 'edited.graphml',
      line: eksLine,
      message: "node 'eks-anywhere': unknown node kind 'servce'; did you mean 'service'?",
    });
    expect(problems.some((p) => /names a node 'nowhere' that the file does not have/.test(p.message))).toBe(
      true,
    );
  });

  it('refuses lone surrogates and says which field holds one', () => {
    const json = exportGraph(hostile, 'json')[0]!.text.replace(
      JSON.stringify(HOSTILE).slice(1, 6),
      'x\\ud800y',
    );
    const { graph, problems } = readGraphFile('g.json', json);
    expect(graph).toBeUndefined();
    expect(problems[0]!.message).toMatch(/lone surrogate/);
  });

  it('never lets a lone surrogate written as a numeric reference in XML into the graph', () => {
    const xml = exportGraph(hostile, 'graphml')[0]!.text.replace(
      '<data key="n_label">Odd</data>',
      '<data key="n_label">Odd &#xD800;</data>',
    );
    const { graph } = readGraphFile('g.graphml', xml);
    // The XML parser drops the reference (XML forbids that character); what remains is well-formed.
    expect(graph!.nodes[1]!.label).toBe('Odd ');
    expect(textProblems(graph)).toEqual([]);
  });

  it('answers bad JSON and unknown file types with a message, never a throw', () => {
    expect(readGraphFile('g.json', '{"nodes": [').problems[0]!.message).toMatch(/not valid JSON/);
    expect(readGraphFile('g.json', '{"foo": 1}').problems[0]!.message).toMatch(
      /neither a Service Atlas graph/,
    );
    expect(readGraphFile('g.dot', 'digraph {}').problems[0]!.message).toMatch(
      /use \.json, \.cyjs, \.graphml, \.gexf/,
    );
  });
});
