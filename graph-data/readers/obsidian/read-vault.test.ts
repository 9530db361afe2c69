import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { readNotesFolder } from '../read-folder';
import { importNotes } from '../import-notes';
import { readObsidianNotes } from './read-vault';
import { readLine } from './fields';
import { blockLines } from './lines';
import { disarmUnclosedLinks, parseObsidianMarkdown } from './markdown';

const VAULT = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'obsidian-vault');

async function vault() {
  const read = await readNotesFolder(VAULT);
  return importNotes(read.files, { vault: read.vault });
}

function lineOf(text: string) {
  const para = parseObsidianMarkdown(text).blocks[0]!;
  return blockLines(para.inline, 1)[0]!;
}

describe('the Obsidian reader on the fixture vault', () => {
  it('reads one node per note, skipping .obsidian and .trash, with titles, aliases, tags and properties', async () => {
    const { graph } = await vault();
    const runner = graph.nodes.find((n) => n.label === 'Edge Runner')!;
    expect(runner).toMatchObject({
      id: 'edge-runner',
      kind: 'service',
      aliases: ['ER', 'Edge-R'],
      tags: ['service', 'aws/containers', 'pricing/edge'],
      attributes: { owner: 'Platform team' },
      file: 'Services/Edge Runner.md',
      origin: 'notes',
      inferred: { rule: 'kind-from-tag', words: '#service' },
    });
    expect(graph.nodes.find((n) => n.label === 'Bare metal')).toMatchObject({
      kind: 'platform',
      summary: 'Your own servers.',
    });
    expect(graph.nodes.some((n) => n.file.startsWith('.'))).toBe(false);
    expect(graph.nodes.some((n) => n.label === 'Hidden')).toBe(false);
  });

  it('reads properties and inline fields as typed relations cited to their line', async () => {
    const { graph } = await vault();
    const edge = (id: string) => graph.edges.find((e) => e.id === id);
    expect(edge('edge-runner:complies-with:hipaa')).toMatchObject({
      cite: { file: 'Services/Edge Runner.md', line: 4 },
    });
    expect(edge('edge-runner:complies-with:hipaa')!.inferred).toBeUndefined();
    expect(edge('edge-runner:integrates-with:cloudwatch')!.cite.line).toBe(6);
    expect(edge('edge-runner:runs-on:bare-metal')).toMatchObject({
      cite: { line: 14, section: 'Edge Runner › Edge Runner' },
    });
    expect(edge('edge-runner:deployed-by:ops-robot')).toMatchObject({
      kind: 'deployed-by',
      cite: { line: 16 },
    });
    expect(edge('edge-runner:priced-by:edge-hour')!.cite.line).toBe(21);
  });

  it('marks relations read from "Runs on: [[X]]" lines as inferred, with the rule and the words', async () => {
    const { graph } = await vault();
    expect(graph.edges.find((e) => e.id === 'edge-runner:runs-on:raspberry-pi')).toMatchObject({
      inferred: { rule: 'labelled-link', words: 'Runs on: Raspberry Pi' },
      cite: { line: 15 },
    });
    expect(graph.edges.find((e) => e.target === 'dashboard-note')).toMatchObject({
      kind: 'monitored-with',
      qualifier: 'in GovCloud',
    });
  });

  it('resolves every link form: shown text, heading, block, folder path, alias in any case', async () => {
    const { graph, problems } = await vault();
    const platformVsphere = graph.nodes.find((n) => n.file === 'Platforms/vSphere.md')!;
    const archiveVsphere = graph.nodes.find((n) => n.file === 'Archive/vSphere.md')!;
    expect(
      graph.edges.find((e) => e.source === 'edge-runner' && e.target === platformVsphere.id)?.cite.line,
    ).toBe(12);
    expect(graph.edges.find((e) => e.source === archiveVsphere.id)?.target).toBe(platformVsphere.id);
    expect(
      graph.edges.filter((e) => e.source === platformVsphere.id && e.target === 'edge-runner'),
    ).toHaveLength(1);
    // [[vSphere]] from Archive/ goes to the note in its own folder, and the clash is reported once.
    expect(graph.edges.find((e) => e.source === 'crlf-note')?.target).toBe(archiveVsphere.id);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining("2 notes are called 'vSphere'"),
      }),
    ]);
    // A link that a typed relation already states is not drawn twice as "links to".
    expect(
      graph.edges.filter((e) => e.source === 'edge-runner' && e.target === 'bare-metal').map((e) => e.kind),
    ).toEqual(['runs-on']);
  });

  it('lists embeds without drawing them, ignores links in code, and keeps hostile HTML as text', async () => {
    const { graph, embeds } = await vault();
    expect(embeds.map((e) => e.target)).toEqual(['diagram.png', 'Bare metal']);
    for (const label of ['Not a link', 'Nor this', 'Script', 'diagram.png']) {
      expect(graph.nodes.some((n) => n.label === label)).toBe(false);
    }
    const runner = graph.nodes.find((n) => n.id === 'edge-runner')!;
    expect(runner.description).toContain('<script>alert("[[Script]]")</script>');
    expect(graph.edges.some((e) => JSON.stringify(e).includes('javascript:'))).toBe(false);
  });

  it('makes placeholders for links to missing notes, with a kind the relation implies', async () => {
    const { graph } = await vault();
    const kinds = Object.fromEntries(graph.nodes.filter((n) => n.placeholder).map((n) => [n.label, n.kind]));
    expect(kinds).toEqual({
      HIPAA: 'compliance',
      CloudWatch: 'integration',
      Fargate: 'integration',
      'Raspberry Pi': 'platform',
      'Ops Robot': 'component',
      'Dashboard note': 'integration',
      'Edge hour': 'component',
    });
    expect(graph.nodes.find((n) => n.label === 'HIPAA')!.inferred).toEqual({
      rule: 'unresolved-link',
      words: '[[HIPAA]]',
    });
  });
});

describe('templates in a vault', () => {
  it("read a property left as a template's {{date}} quietly, the note's links intact", () => {
    const warn = vi.spyOn(process, 'emitWarning');
    try {
      const draft = readObsidianNotes([
        {
          path: 'Templates/Daily.md',
          text: '---\ncreated: {{date}}\ncategories:\n  - "[[Daily]]"\n---\n# {{title}}\n',
        },
      ]);
      expect(warn).not.toHaveBeenCalled();
      expect(draft.problems).toEqual([]);
      expect(draft.relations.map((r) => `${r.from} ${r.kind} ${r.to}`)).toContain(
        'Templates/Daily categories Daily',
      );
    } finally {
      warn.mockRestore();
    }
  });
});

describe('Obsidian inference rules, one by one', () => {
  it('inline-field: a Dataview field at the start of a line, in any spelling of the relation', () => {
    for (const key of ['runs-on', 'Runs on', 'runs_on', 'runsOn', '**Runs on**']) {
      expect(readLine(lineOf(`${key}:: [[Bare metal]]`)).relations).toEqual([
        { kind: 'runs-on', targets: [{ name: 'Bare metal', written: '[[Bare metal]]' }], line: 1 },
      ]);
    }
    expect(readLine(lineOf('Deployed by:: [[Robot]]')).relations[0]!.kind).toBe('deployed-by');
    expect(readLine(lineOf('complies-with:: HIPAA, FIPS 140-2 (GovCloud)')).relations[0]!.targets).toEqual([
      { name: 'HIPAA', written: 'HIPAA' },
      { name: 'FIPS 140-2', written: 'FIPS 140-2 (GovCloud)', qualifier: 'GovCloud' },
    ]);
    expect(readLine(lineOf('owner:: Platform team')).attributes).toEqual([
      { key: 'owner', value: 'Platform team' },
    ]);
  });

  it('inline-field: bracketed fields inside a sentence', () => {
    const reading = readLine(
      lineOf('It is cheap [priced-by:: [[Edge hour]]] and (uses:: [[KMS]]) too, see [[Other]].'),
    );
    expect(reading.relations.map((r) => [r.kind, r.targets[0]!.name])).toEqual([
      ['priced-by', 'Edge hour'],
      ['uses', 'KMS'],
    ]);
    expect(reading.plainLinks).toEqual([2]);
  });

  it('labelled-link: only a vocabulary verb before one colon makes a typed relation, and it is inferred', () => {
    const reading = readLine(lineOf('Integrates with: [[CloudWatch]], [[IAM]]'));
    expect(reading.relations[0]).toMatchObject({
      kind: 'integrates-with',
      inferred: { rule: 'labelled-link' },
    });
    expect(reading.relations[0]!.targets.map((t) => t.name)).toEqual(['CloudWatch', 'IAM']);
    const other = readLine(lineOf('Related: [[CloudWatch]]'));
    expect(other.relations).toEqual([]);
    expect(other.plainLinks).toEqual([0]);
  });

  it('reads link parts: shown text, heading, block id, folder, escaped table pipe', () => {
    const links = lineOf('[[a|b]] [[a#h]] [[a^blk]] [[a#^blk2]] [[f/N]] [[c\\|d]]').links;
    expect(links.map((l) => [l.target, l.heading, l.block, l.shown])).toEqual([
      ['a', undefined, undefined, 'b'],
      ['a', 'h', undefined, undefined],
      ['a', undefined, 'blk', undefined],
      ['a', undefined, 'blk2', undefined],
      ['f/N', undefined, undefined, undefined],
      ['c', undefined, undefined, 'd'],
    ]);
  });

  it('reads padded link parts and embeds as Obsidian does: spaces around a part are not part of it', () => {
    const line = lineOf('[[ Big  Note  #  Part 2 | shown text ]] ![[ img.png ]] [[#Only heading]] [[a\tb]]');
    expect(line.links.map((l) => [l.target, l.heading, l.shown, l.written])).toEqual([
      ['Big  Note', 'Part 2', 'shown text', '[[ Big  Note  #  Part 2 | shown text ]]'],
      ['', 'Only heading', undefined, '[[#Only heading]]'],
    ]);
    expect(line.embeds.map((l) => l.target)).toEqual(['img.png']);
    // A tab ends the attempt: that one is text.
    expect(line.text).toContain('[[a\tb]]');
  });

  it('reads #tags after a space or another tag, never digits alone or inside a word', () => {
    const line = lineOf('#study/aws #2024 #y2024#exam a#b `#code` #é');
    expect(line.tags).toEqual(['study/aws', 'y2024', 'exam']);
  });

  it('keeps the lines after a code span that runs over two lines', () => {
    const draft = readObsidianNotes([
      { path: 'c.md', text: 'See `a long\ncode span` then [[Next]].\nruns-on:: [[Bare metal]]\n' },
    ]);
    expect(draft.relations.map((r) => [r.to, r.kind, r.cite.line])).toEqual([
      ['Next', 'links-to', 2],
      ['Bare metal', 'runs-on', 3],
    ]);
  });

  it('cites the right lines after an image, a link or a code span that runs over two lines', () => {
    const draft = readObsidianNotes([
      {
        path: 'm.md',
        text: 'See ![a long\nalt](x.png) then [[A]].\n[t](http://x\n"title") [[B]]\n`a\nb` [[C]]\nruns-on:: [[D]]\n',
      },
    ]);
    expect(draft.relations.map((r) => [r.to, r.cite.line])).toEqual([
      ['A', 2],
      ['B', 4],
      ['C', 6],
      ['D', 7],
    ]);
  });

  it('reads a code span after an unclosed bracket as code', () => {
    const line = lineOf('[ see `[[Not a link]]` here [`');
    expect(line.links).toEqual([]);
    expect(line.text).not.toContain('Not a link');
  });

  it('reports broken properties and still reads the note', () => {
    const draft = readObsidianNotes([{ path: 'b.md', text: '---\ntags: [unclosed\n---\nSee [[X]].\n' }]);
    expect(draft.problems[0]).toMatchObject({ file: 'b.md', severity: 'error' });
    expect(draft.relations).toEqual([
      expect.objectContaining({ to: 'X', kind: 'links-to', cite: expect.objectContaining({ line: 4 }) }),
    ]);
  });
});

describe('hostile link syntax', () => {
  it('reads the links that close and leaves unclosed [[ as text, offsets unchanged', () => {
    const text = 'x [[a [[b]] [[c\n[[d]] ![[e';
    const disarmed = disarmUnclosedLinks(text);
    expect(disarmed).toHaveLength(text.length);
    const draft = readObsidianNotes([{ path: 'n.md', text }]);
    expect(draft.relations.map((r) => [r.to, r.cite.line])).toEqual([
      ['b', 1],
      ['d', 2],
    ]);
    expect(draft.nodes[0]!.summary).toBe('x [[a b [[c d ![[e');
  });

  it('parses a line of thousands of unclosed [[ in linear time instead of hanging', () => {
    const small = '[[a '.repeat(2_000);
    const big = '[[a '.repeat(32_000);
    const time = (text: string) => {
      const t0 = performance.now();
      readObsidianNotes([{ path: 'h.md', text }]);
      return performance.now() - t0;
    };
    time(small);
    // Quadratic, 16 times the text took 256 times as long (minutes); linear takes about 16 times.
    expect(time(big)).toBeLessThan(60 * Math.max(time(small), 5));
  }, 120_000);
});
