import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
// Tests read the export with the real library; graph-data's code itself never imports it.
// eslint-disable-next-line no-restricted-imports
import cytoscape from 'cytoscape';
import { compileFolder, BUILT_IN_NOTES } from '../compile/read-folder';
import { relationInfo } from '../model/vocabulary';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, exportGraph } from './formats';
import { HOSTILE, hostileGraph, somePositions } from './test-graphs';
import { MalformedTextError } from './well-formed-text';

const builtIn = compileFolder(BUILT_IN_NOTES).graph!;
const hostile = hostileGraph();
const text = (g: typeof hostile, format: (typeof EXPORT_FORMAT_NAMES)[number], positions = false) =>
  exportGraph(g, format, positions ? { positions: somePositions(g) } : {})[0]!.text;

// XML 1.0 (5th edition) NameChar, for the GraphML schema's NMTOKEN ids: written out from the spec.
// The combining marks (U+0300-U+036F) are listed on their own, as the spec lists them.
const NAME_CHAR =
  // eslint-disable-next-line no-misleading-character-class
  /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]+$/u;

describe('exportGraph', () => {
  it('writes one file per format, two for neo4j-csv and csv, and describes every format', () => {
    expect(EXPORT_FORMATS.map((f) => f.name)).toEqual([...EXPORT_FORMAT_NAMES]);
    const names = Object.fromEntries(
      EXPORT_FORMAT_NAMES.map((f) => [f, exportGraph(hostile, f).map((x) => x.name)]),
    );
    expect(names).toEqual({
      json: ['graph.json'],
      cyjs: ['graph.cyjs'],
      graphml: ['graph.graphml'],
      gexf: ['graph.gexf'],
      cypher: ['graph.cypher'],
      'neo4j-csv': ['nodes.csv', 'relationships.csv'],
      csv: ['elements.csv', 'connections.csv'],
    });
  });

  it('has a row in the README for every format, saying what it keeps and leaves out', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8').split('\n');
    const row = (f: string) => readme.find((l) => l.startsWith(`| \`${f}\` |`));
    // Four filled cells: name, what for, what it keeps, what it leaves out ('\|' is a pipe inside a cell).
    const cells = (line: string) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => c.trim());
    expect(EXPORT_FORMAT_NAMES.filter((f) => !row(f) || cells(row(f)!).filter(Boolean).length !== 4)).toEqual(
      [],
    );
  });

  it('refuses a lone surrogate in any text, naming where it is', () => {
    const broken = hostileGraph();
    broken.nodes[0]!.facts[0]!.text = 'half an emoji \uD83D here';
    for (const f of EXPORT_FORMAT_NAMES) expect(() => exportGraph(broken, f)).toThrow(MalformedTextError);
    expect(() => exportGraph(broken, 'json')).toThrow(
      /nodes\[0\] \(eks-anywhere\)\.facts\[0\]\.text holds a lone surrogate/,
    );
  });
});

describe('GraphML', () => {
  const xml = text(hostile, 'graphml', true);

  it('is well-formed, with NMTOKEN ids, typed keys, and no value an XML reader could split', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const ids = [...xml.matchAll(/<(?:node|edge|key) id="([^"]*)"/g)].map((m) => m[1]!);
    const keys = (xml.match(/<key /g) ?? []).length;
    expect(ids.length).toBe(hostile.nodes.length + hostile.edges.length + keys);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !NAME_CHAR.test(id))).toEqual([]);
    expect(xml).toMatch(/attr\.name="priceAmount" attr\.type="double"/);
    expect(xml).toMatch(/attr\.name="placeholder" attr\.type="boolean"/);
    expect(xml).toMatch(/attr\.name="attr\.launched" attr\.type="double"/);
    // Element text never carries &apos; or &quot; (quotes need no escape there).
    expect(xml).not.toMatch(/<data [^>]*>[^<]*&(?:apos|quot);/);
    expect(xml).not.toContain('&apos;');
    // Structured cells are one plain run of text: no entity, no line break.
    const jsonCells = [...xml.matchAll(/<data key="n_(?:facts|hosting|examples|aliases)">([^<]*)<\/data>/g)];
    expect(jsonCells.length).toBeGreaterThan(0);
    expect(jsonCells.filter((m) => /[&\n]/.test(m[1]!))).toEqual([]);
    // Every value sits on one line: multi-line text is written with numeric references.
    expect(xml.split('\n').filter((l) => l.includes('<data') && !l.includes('</data>'))).toEqual([]);
  });

  it('reads back in graphology with every node, every parallel relation, names, verbs and types', () => {
    for (const g of [builtIn, hostile]) {
      const read = parseGraphml(MultiGraph, text(g, 'graphml'));
      expect([read.order, read.size]).toEqual([g.nodes.length, g.edges.length]);
    }
    const read = parseGraphml(MultiGraph, xml);
    const eks = read.getNodeAttributes('eks-anywhere');
    expect(eks).toMatchObject({
      label: hostile.nodes[0]!.label,
      name: hostile.nodes[0]!.label,
      kind: 'service',
    });
    expect(eks.summary).toBe(HOSTILE);
    expect(eks['attr.launched']).toBe(2021);
    expect(read.getNodeAttributes('odd_20_id_2f__fc__20__1f680_')).toMatchObject({
      priceAmount: 0.04048,
      placeholder: true,
      atlasId: 'odd id/ü 🚀',
    });
    const edges = read.edges('eks-anywhere', 'vsphere').map((e) => read.getEdgeAttributes(e));
    expect(edges.map((e) => e.kind).sort()).toEqual(['deployed-by', 'runs-on', 'runs-on']);
    expect(edges.find((e) => e.qualifier)).toMatchObject({
      label: relationInfo('runs-on').verb,
      interaction: 'runs-on',
      qualifier: HOSTILE,
    });
  });

  it('keeps hostile text exact through an XML parser', () => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      htmlEntities: true,
    }).parse(xml);
    const eks = doc.graphml.graph.node.find((n: { id: string }) => n.id === 'eks-anywhere');
    const summary = eks.data.find((d: { key: string }) => d.key === 'n_summary')['#text'];
    expect(summary).toBe(HOSTILE);
  });
});

describe('GEXF', () => {
  const xml = text(hostile, 'gexf', true);

  it('reads back in graphology as a MultiGraph with relation kinds, typed attributes and positions', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    for (const g of [builtIn, hostile]) {
      const read = parseGexf(MultiGraph, text(g, 'gexf'));
      expect([read.order, read.size]).toEqual([g.nodes.length, g.edges.length]);
    }
    const read = parseGexf(MultiGraph, xml);
    expect(read.getNodeAttributes('eks-anywhere')).toMatchObject({
      label: hostile.nodes[0]!.label,
      kind: 'service',
      summary: HOSTILE,
      'attr.openSource': true,
    });
    expect(read.getNodeAttributes('odd id/ü 🚀')).toMatchObject({ priceAmount: 0.04048, x: 10.5, y: -3.25 });
    const kinds = read.edges('eks-anywhere', 'vsphere').map((e) => read.getEdgeAttribute(e, 'kind'));
    expect(kinds.sort()).toEqual(['deployed-by', 'runs-on', 'runs-on']);
  });
});

describe('Cytoscape JSON', () => {
  it('loads in headless cytoscape with the same counts, names, interactions and positions', () => {
    for (const g of [builtIn, hostile]) {
      const json = JSON.parse(text(g, 'cyjs', true));
      const cy = cytoscape({ headless: true, elements: json.elements });
      expect([cy.nodes().length, cy.edges().length]).toEqual([g.nodes.length, g.edges.length]);
    }
    const json = JSON.parse(text(hostile, 'cyjs', true));
    const cy = cytoscape({ headless: true, elements: json.elements, layout: { name: 'preset' } });
    const eks = cy.getElementById('eks-anywhere');
    expect(eks.data('name')).toBe(hostile.nodes[0]!.label);
    expect(eks.data('aliases')).toEqual(['EKS-A', HOSTILE]);
    expect(cy.getElementById('odd id/ü 🚀').position()).toEqual({ x: 10.5, y: -3.25 });
    const parallel = cy.edges('[source = "eks-anywhere"][target = "vsphere"]');
    expect(parallel.map((e) => e.data('interaction')).sort()).toEqual(['deployed-by', 'runs-on', 'runs-on']);
  });
});

/** A minimal RFC 4180 reader, to check the CSV as a spreadsheet or neo4j-admin would split it. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  return rows;
}
const records = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
};

describe('neo4j-admin CSV', () => {
  const [nodes, rels] = exportGraph(hostile, 'neo4j-csv').map((f) => records(f.text));

  it('has typed headers, labels and types, and hostile text intact', () => {
    expect(nodes).toHaveLength(hostile.nodes.length);
    expect(rels).toHaveLength(hostile.edges.length);
    const eks = nodes!.find((n) => n['id:ID'] === 'eks-anywhere')!;
    expect(eks[':LABEL']).toBe('Atlas;Service');
    expect(eks.summary).toBe(HOSTILE);
    expect(eks['placeholder:boolean']).toBe('');
    const odd = nodes!.find((n) => n['id:ID'] === 'odd id/ü 🚀')!;
    expect(odd).toMatchObject({ 'priceAmount:float': '0.04048', 'placeholder:boolean': 'true' });
    expect(eks['hosting:string[]']).toBe('on-premises');
    // Tensions: the texts to query with, and the detail with both citations as JSON.
    expect(JSON.parse(eks.tensionsDetail!)).toEqual(hostile.nodes[0]!.tensions);
    expect(odd.priceUnitText).toBe(`vCPU-hour ${HOSTILE}`);
    const alsoCited = rels!.find((r) => r.qualifier === HOSTILE)!;
    expect(JSON.parse(alsoCited.alsoCites!)).toEqual(
      hostile.edges.find((e) => e.qualifier === HOSTILE)!.alsoCites,
    );
    // The hostile alias holds ';', so the aliases column is JSON text rather than a split array.
    expect(JSON.parse(eks.aliases!)).toEqual(['EKS-A', HOSTILE]);
    expect(rels!.map((r) => r[':TYPE']).sort()).toEqual(['DEPLOYED_BY', 'PRICED_BY', 'RUNS_ON', 'RUNS_ON']);
    expect(new Set(rels!.map((r) => r.id)).size).toBe(hostile.edges.length);
  });
});

describe('Kumu / Flourish CSV', () => {
  const [elements, connections] = exportGraph(hostile, 'csv').map((f) => records(f.text));

  it('has an elements and a connections sheet, ids on parallel connections and | lists', () => {
    expect(elements!.map((e) => e.ID)).toEqual(hostile.nodes.map((n) => n.id));
    const eks = elements!.find((e) => e.ID === 'eks-anywhere')!;
    expect(eks).toMatchObject({ Type: 'service', Description: HOSTILE });
    expect(eks.Tags!.split('|')).toEqual(['aws/containers', HOSTILE.replace('|', '\u00A6')]);
    expect(eks.Tensions!.split('|')).toEqual([HOSTILE.replace('|', '\u00A6'), 'Without another node.']);
    const parallel = connections!.filter((c) => c.From === 'eks-anywhere' && c.To === 'vsphere');
    expect(parallel).toHaveLength(3);
    expect(new Set(parallel.map((c) => c.ID)).size).toBe(3);
    expect(parallel.map((c) => c.Label)).toContain('runs on');
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    const g = hostileGraph();
    g.nodes[2]!.label = '=HYPERLINK("http://x","y")';
    const rows = records(exportGraph(g, 'csv')[0]!.text);
    expect(rows[2]!.Label).toBe(`'=HYPERLINK("http://x","y")`);
  });
});
