import { describe, expect, it } from 'vitest';
import { compileNotes } from './compile';
import { formatError } from './errors';
import { note, smallNotes, SOURCES } from '../test/fixtures';

function errorsOf(files = smallNotes(), sources = SOURCES) {
  return compileNotes(files, sources).errors.map(formatError);
}

function replace(path: string, from: string, to: string) {
  return smallNotes().map((f) => (f.path === path ? { ...f, text: f.text.replace(from, to) } : f));
}

describe('compileNotes', () => {
  it('compiles valid notes into nodes and typed edges that cite their source', () => {
    const { graph, errors } = compileNotes(smallNotes(), SOURCES);
    expect(errors).toEqual([]);
    expect(graph!.nodes.map((n) => n.id).sort()).toEqual([
      'ecs',
      'eks-anywhere',
      'eks-distro',
      'fargate-vcpu',
      'fips',
      'hipaa',
      'vsphere',
    ]);
    const fips = graph!.edges.find((e) => e.source === 'eks-anywhere' && e.target === 'fips')!;
    expect(fips).toMatchObject({
      kind: 'complies-with',
      qualifier: 'in GovCloud',
      cite: { note: 'study', section: 'EKS Anywhere › Security' },
    });
    const builtOn = graph!.edges.find((e) => e.kind === 'built-on')!;
    expect(builtOn.cite).toEqual({ note: 'study', section: 'EKS Anywhere › Overview' });
    const eksa = graph!.nodes.find((n) => n.id === 'eks-anywhere')!;
    expect(eksa.facts[0]!.cite.section).toBe('EKS Anywhere › Overview');
    expect(eksa.hosting.map((h) => h.value)).toEqual(['on-premises', 'air-gapped']);
    expect(eksa.file).toBe('services/eks-anywhere.md');
  });

  it('names file, line and a suggestion for an unknown relation kind', () => {
    const errors = errorsOf(replace('services/eks-anywhere.md', 'kind: built-on', 'kind: bilt-on'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^services\/eks-anywhere\.md:13 \(node eks-anywhere\): 'relations\.0\.kind': unknown relation 'bilt-on'; did you mean 'built-on'\?/,
    );
  });

  it('suggests the closest node kind for an unknown kind', () => {
    const errors = errorsOf(replace('compliance/hipaa.md', 'kind: compliance', 'kind: complaince'));
    expect(errors[0]).toMatch(
      /compliance\/hipaa\.md:3 .*unknown node kind 'complaince'; did you mean 'compliance'\?/,
    );
  });

  it('reports a relation to a missing node with a did-you-mean', () => {
    const errors = errorsOf(replace('services/eks-anywhere.md', 'to: eks-distro', 'to: eks-distr'));
    expect(errors).toEqual([
      expect.stringMatching(
        /services\/eks-anywhere\.md:13 \(relation eks-anywhere:built-on:eks-distr\): relation to missing node 'eks-distr'; did you mean 'eks-distro'\?/,
      ),
    ]);
  });

  it('reports duplicate ids with both files', () => {
    const files = [
      ...smallNotes(),
      note(
        'extra/hipaa-again.md',
        'id: hipaa\nkind: compliance\nlabel: HIPAA 2\nsummary: again\nsource: { note: study, section: S }',
      ),
    ];
    const errors = errorsOf(files);
    expect(errors).toEqual([
      expect.stringMatching(
        /extra\/hipaa-again\.md:2 \(node hipaa\): duplicate id 'hipaa': it is already used by compliance\/hipaa\.md/,
      ),
    ]);
  });

  it('refuses a relation that the vocabulary does not allow between two kinds', () => {
    const errors = errorsOf(
      replace('services/eks-anywhere.md', '{ kind: runs-on, to: vsphere }', '{ kind: runs-on, to: hipaa }'),
    );
    expect(errors[0]).toMatch(
      /'runs-on' cannot join a service to a compliance \('hipaa'\): it goes from .* to platform/,
    );
  });

  it('reports a missing source and an unknown source note', () => {
    const noSource = errorsOf(
      replace('platforms/vsphere.md', 'source: { note: study, section: EKS Anywhere › Overview }', ''),
    );
    expect(noSource[0]).toMatch(
      /platforms\/vsphere\.md:\d+ \(node vsphere\): 'source': this field is required/,
    );
    const unknown = errorsOf(replace('platforms/vsphere.md', 'note: study', 'note: stduy'));
    expect(unknown[0]).toMatch(
      /platforms\/vsphere\.md:6 \(node vsphere\): unknown source note 'stduy'; did you mean 'study'\?/,
    );
  });

  it('reports several errors together, sorted by file and line', () => {
    let files = replace('compliance/hipaa.md', 'kind: compliance', 'kind: complaince');
    files = files.map((f) =>
      f.path === 'services/ecs.md'
        ? { ...f, text: f.text.replace('to: fargate-vcpu }', 'to: nowhere }') }
        : f,
    );
    files.push({ path: 'broken.md', text: 'no front matter here' });
    const errors = errorsOf(files);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/^broken\.md:1: a note must start with a '---' line/);
    expect(errors[1]).toMatch(/^compliance\/hipaa\.md/);
    expect(errors[2]).toMatch(/^services\/ecs\.md.*missing node 'nowhere'/);
  });

  it('points at the line of a YAML syntax error', () => {
    const errors = errorsOf([note('bad.md', 'id: bad\nkind: service\nlabel: [unclosed\nsummary: x')]);
    // The parser notices the unclosed list on the next line of the file (line 5; line 1 is '---').
    expect(errors[0]).toMatch(/^bad\.md:5: YAML: /);
  });

  it('rejects unknown fields and unclosed front matter', () => {
    expect(
      errorsOf(replace('compliance/fips.md', 'label: FIPS 140-2', 'label: FIPS 140-2\nlable: typo'))[0],
    ).toMatch(/compliance\/fips\.md:\d+ \(node fips\): unknown field\(s\) 'lable'/);
    expect(errorsOf([{ path: 'open.md', text: '---\nid: x\n' }])[0]).toMatch(
      /open\.md:1: the front matter is never closed/,
    );
  });

  it('checks worked examples against prices and inputs', () => {
    const errors = errorsOf(replace('services/ecs.md', 'factors: [tasks, hours]', 'factors: [tasks, hour]'));
    expect(errors[0]).toMatch(
      /example 'ecs-example' multiplies by 'hour', which is not one of its inputs; did you mean 'hours'\?/,
    );
  });

  it('treats a hostile note as data: no code runs, prototypes stay clean, aliases are capped', () => {
    const hostile = note(
      'hostile.md',
      `
id: hostile
kind: feature
label: "<img src=x onerror=alert(1)>"
summary: "{{constructor.constructor('return process')()}}"
source: { note: study, section: S }
attributes: { __proto__: { polluted: true }, constructor: x }
`,
    );
    const result = compileNotes([...smallNotes(), hostile], SOURCES);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.errors).toEqual([]);
    const node = result.graph!.nodes.find((n) => n.id === 'hostile')!;
    // Kept verbatim as text: the UI renders it escaped, never as HTML or a template.
    expect(node.label).toBe('<img src=x onerror=alert(1)>');
    expect(node.summary).toBe("{{constructor.constructor('return process')()}}");
    expect(Object.getPrototypeOf(node.attributes)).toBe(Object.prototype);
    expect((node.attributes as Record<string, unknown>).polluted).toBeUndefined();
    const bomb = note(
      'bomb.md',
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]`,
    );
    const bombErrors = errorsOf([bomb]);
    expect(bombErrors[0]).toMatch(/^bomb\.md:\d+: YAML: .*alias/i);
    const custom = errorsOf([note('tag.md', 'id: !!js/function "function(){}"\nkind: service')]);
    expect(custom.length).toBeGreaterThan(0);
  });

  it('refuses oversized notes', () => {
    const huge = { path: 'huge.md', text: '---\nid: huge\n---\n' + 'x'.repeat(600 * 1024) };
    expect(errorsOf([huge])[0]).toMatch(/huge\.md: the note is larger than 512 KB/);
  });
});
