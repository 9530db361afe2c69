import { describe, expect, it } from 'vitest';
import { compileFolder, BUILT_IN_NOTES } from '../compile/read-folder';
import { compileNotes } from '../compile/compile';
import { note, smallNotes, SOURCES } from '../test/fixtures';
import { readNotesFolder } from './read-folder';
import {
  buildNotesGraph,
  detectForm,
  importNotes,
  joinDrafts,
  readNoteDrafts,
  splitNotes,
} from './import-notes';
import { buildGraph } from './build-graph';
import { readObsidianNotes } from './obsidian/read-vault';
import { readPlainNotes } from './plain';
import { Graph as GraphSchema, type Graph } from '../model/schema';

const builtIn = (): Graph => compileFolder(BUILT_IN_NOTES).graph!;
const withoutOrigin = (g: Graph) => ({ ...g, nodes: g.nodes.map(({ origin: _o, ...n }) => n) });

describe('importNotes', () => {
  it('compiles the typed format exactly as the compiler does (the built-in notes, unchanged)', async () => {
    const read = await readNotesFolder(BUILT_IN_NOTES);
    const { graph, problems, stats, validated } = await importNotes(read.files);
    expect(problems).toEqual([]);
    expect(withoutOrigin(graph)).toEqual(builtIn());
    // Validated where it is built, as the schema gives it, so that the page need not validate it again.
    expect(validated).toBe(true);
    expect(GraphSchema.parse(graph)).toEqual(graph);
    expect(graph.nodes.every((n) => n.origin === 'notes')).toBe(true);
    expect(stats.files).toBe(read.files.length - 1);
  });

  it('carries the tours written among the notes, as the compiler compiles them', async () => {
    const read = await readNotesFolder(BUILT_IN_NOTES);
    const { tours } = await importNotes(read.files);
    const compiled = compileFolder(BUILT_IN_NOTES).tours!;
    expect(compiled.length).toBeGreaterThan(0);
    expect(tours).toEqual(compiled);
  });

  it('imports the typed notes that are fine and reports the broken ones with file and line', async () => {
    const files = [
      ...smallNotes(),
      note('bad.md', 'id: bad\nkind: servce\nlabel: Bad\nsummary: s\nsource: { note: study, section: S }'),
      SOURCES,
    ];
    const { graph, problems } = await importNotes(files);
    expect(graph.nodes.map((n) => n.id)).toContain('eks-anywhere');
    expect(graph.nodes.map((n) => n.id)).not.toContain('bad');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'bad.md',
        line: 3,
        severity: 'error',
        message: "node bad: 'kind': unknown node kind 'servce'; did you mean 'service'?",
      }),
    ]);
    expect(compileNotes(files.slice(0, -1), SOURCES).graph).toBeUndefined();
  });

  it('merges with the built-in graph: a note naming "Fargate" links to the built-in fargate', async () => {
    const base = builtIn();
    const { graph, stats } = await importNotes(
      [
        {
          path: 'My app.md',
          text: '# My app\n\nruns-on:: [[Fargate]]\nUses [[EKS Distro]] and [[Nothing Like It]].\n',
        },
        { path: 'Fargate.md', text: '---\ntags: [serverless]\n---\nMy own words on Fargate. See [[ECS]].\n' },
      ],
      { base },
    );
    const app = graph.nodes.find((n) => n.label === 'My app')!;
    expect(graph.edges.find((e) => e.source === app.id && e.kind === 'runs-on')?.target).toBe('fargate');
    expect(graph.edges.find((e) => e.source === app.id && e.target === 'eks-distro')?.kind).toBe('links-to');
    expect(graph.nodes.find((n) => n.label === 'Nothing Like It')).toMatchObject({
      placeholder: true,
      origin: 'notes',
    });
    const fargate = graph.nodes.find((n) => n.id === 'fargate')!;
    expect(fargate).toMatchObject({ origin: 'built-in', label: 'AWS Fargate', tags: ['serverless'] });
    expect(
      graph.edges.find((e) => e.source === 'fargate' && e.target === 'ecs' && e.kind === 'links-to')?.cite,
    ).toMatchObject({ file: 'Fargate.md', line: 4 });
    expect(graph.nodes.filter((n) => n.label === 'AWS Fargate' || n.label === 'Fargate')).toHaveLength(1);
    expect(graph.nodes.filter((n) => n.origin === 'built-in')).toHaveLength(base.nodes.length);
    expect(stats.builtInNodesExtended).toBe(1);
  });

  it('keeps hostile text as plain text and rejects lone surrogates with file and line', async () => {
    const hostile = '<img src=x onerror=alert(1)> &lt;b&gt; [x](javascript:alert(1))';
    const { graph, problems } = await importNotes([
      { path: 'h.md', text: `---\ntitle: "<script>alert(1)</script>"\n---\n${hostile}\n` },
      { path: 's.md', text: '---\ntitle: "bad \\uD800"\n---\ntext\n' },
    ]);
    expect(graph.nodes.map((n) => n.label)).toEqual(['<script>alert(1)</script>']);
    expect(graph.nodes[0]!.description).toBe(hostile);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 's.md',
        line: 1,
        severity: 'error',
        message: expect.stringContaining('lone UTF-16 surrogate'),
      }),
    ]);
  });

  it('merges two notes with one name into one node, reporting the clash', () => {
    const cite = (file: string) => ({ file, line: 1, section: 'S' });
    const draft = (file: string, kind: 'service' | 'platform') => ({
      nodes: [
        {
          ref: `${file}#x`,
          kind,
          label: 'Widget',
          aliases: [],
          facts: [{ category: 'note' as const, text: `from ${file}`, cite: cite(file) }],
          hosting: [],
          orchestrator: [],
          cite: cite(file),
        },
      ],
      relations: [],
      problems: [],
      files: [file],
    });
    const { graph, problems } = buildGraph([draft('a.txt', 'service'), draft('b.txt', 'platform')]);
    expect(graph.nodes).toHaveLength(1);
    expect(graph.nodes[0]!.facts.map((f) => f.cite.file)).toEqual(['a.txt', 'b.txt']);
    expect(problems[0]!.message).toContain("'Widget' is read here as a platform and in a.txt as a service");
  });

  it('reports progress and stops when cancelled', async () => {
    const files = Array.from({ length: 450 }, (_, i) => ({
      path: `n${i}.md`,
      text: `# N${i}\n[[n${i + 1}]]`,
    }));
    const seen: number[] = [];
    await importNotes(files, { onProgress: (d) => seen.push(d) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.at(-1)).toBe(900);
    const controller = new AbortController();
    const pending = importNotes(files, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('sends each file to its reader: typed, Obsidian or plain', () => {
    expect(detectForm(smallNotes()[0]!)).toBe('typed');
    expect(detectForm({ path: 'a.txt', text: 'Plain notes' })).toBe('plain');
    expect(detectForm({ path: 'a.md', text: '# ECS\n- **Pricing**: $1/hour' })).toBe('plain');
    expect(detectForm({ path: 'a.md', text: 'See [[ECS]]' })).toBe('obsidian');
    // Plain Markdown notes like the seeds: `---` separators between services, `::` in prose.
    const plain = '# Containers\n\n### ECS\n- **Pricing**: $1/hour\n\n---\n\n### EKS\n- Uses std::vector.\n';
    expect(detectForm({ path: 'a.md', text: plain })).toBe('plain');
    // Obsidian's own: properties from the first line, inline fields, tags.
    expect(detectForm({ path: 'a.md', text: '---\ntags: [aws]\n---\n# ECS\n' })).toBe('obsidian');
    expect(detectForm({ path: 'a.md', text: '# ECS\nruns-on:: Bare metal\n' })).toBe('obsidian');
    expect(detectForm({ path: 'a.md', text: '# ECS\n- runs on:: Bare metal\n' })).toBe('obsidian');
    expect(detectForm({ path: 'a.md', text: '# ECS\nRuns on [cost:: low] hardware.\n' })).toBe('obsidian');
    expect(detectForm({ path: 'a.md', text: '# ECS\nSee #containers.\n' })).toBe('obsidian');
    expect(detectForm({ path: 'a.md', text: '# ECS' }, { vault: true })).toBe('obsidian');
  });

  it('hands tour files to the compiler, never to the Obsidian or plain reader as notes', async () => {
    const tour = note(
      'tours/eks.md',
      'tour: eks\ntitle: EKS\nsummary: A short tour.\nsource: { note: study, section: S }\nsteps:\n  - { title: One, nodes: [eks-anywhere], text: Look. }',
      '# EKS tour\n\nSee [[EKS Anywhere]] and **Amazon Widget Service**.',
    );
    for (const options of [{}, { vault: true }, { form: 'plain' as const }, { form: 'obsidian' as const }])
      expect(detectForm(tour, options)).toBe('typed');
    // A property named tour further down an Obsidian note does not make it a tour.
    expect(detectForm(note('trip.md', 'title: Trip\ntour: Lisbon', 'See [[ECS]]'))).toBe('obsidian');
    for (const reader of [readObsidianNotes, readPlainNotes]) {
      const draft = reader([tour]);
      expect(draft.nodes).toEqual([]);
      expect(draft.relations).toEqual([]);
      expect(draft.files).not.toContain(tour.path);
    }
    const { graph, problems } = await importNotes([...smallNotes(), tour, SOURCES]);
    expect(problems).toEqual([]);
    expect(graph.nodes.map((n) => n.id).sort()).toEqual(
      compileNotes(smallNotes(), SOURCES)
        .graph!.nodes.map((n) => n.id)
        .sort(),
    );
  });

  it('reads plain notes written like the seeds with the plain reader, alongside an Obsidian note', async () => {
    const plain = [
      '# Containers',
      '',
      '### **Amazon Widget Service**',
      '',
      '- **Definition**: A managed service that runs widgets.',
      '- **Compliance**: HIPAA, PCI.',
      '',
    ].join('\n');
    const { graph, stats } = await importNotes([
      { path: 'study.txt', text: plain },
      { path: 'Links.md', text: 'See [[Amazon Widget Service]].\n' },
    ]);
    expect(stats.errors).toBe(0);
    const widget = graph.nodes.find((n) => n.label.includes('Widget Service'))!;
    expect(widget.kind).toBe('service');
    expect(graph.edges.find((e) => e.source === widget.id && e.kind === 'complies-with')?.cite).toMatchObject(
      { file: 'study.txt', line: 6 },
    );
    expect(graph.edges.find((e) => e.target === widget.id && e.kind === 'links-to')?.cite.file).toBe(
      'Links.md',
    );
  });

  it('reads notes in parts (as two workers do) into the very graph one pass reads', async () => {
    const read = await readNotesFolder(BUILT_IN_NOTES);
    const files = [
      ...read.files,
      ...Array.from({ length: 30 }, (_, i) => ({
        path: `vault/Topic ${i}.md`,
        // Links reach across the parts, and two notes share a name.
        text: `---\naliases: [T${i}]\n---\n# Topic ${i}\nSee [[Topic ${(i + 17) % 30}]] and [[Fargate]]. #study/t${i % 3}\nruns-on:: [[Bare metal]]\n`,
      })),
      { path: 'other/Topic 3.md', text: '# Topic 3 again\nSee [[Topic 20]].\n' },
      ...Array.from({ length: 12 }, (_, i) => ({
        path: `plain/service-${i}.txt`,
        text: `Widget Service ${i}:\n- Integrates with Widget Service ${(i + 5) % 12}.\n- Compliance: HIPAA, PCI.\n`,
      })),
    ];
    const whole = await importNotes(files);
    const parts = splitNotes(files, 2);
    expect(parts.map((p) => p.length).every((n) => n > 10)).toBe(true);
    expect(parts.flat().length).toBe(files.length);
    // The typed notes and their sources stay together.
    expect(parts[1]!.some((f) => f.path === 'sources.yaml' || f.path.endsWith('.yaml'))).toBe(false);
    const drafts = await Promise.all(parts.map((p) => readNoteDrafts(p)));
    const joined = buildNotesGraph(joinDrafts(drafts), files.length);
    expect(joined.graph).toEqual(whole.graph);
    expect(joined.problems).toEqual(whole.problems);
    expect(joined.stats).toEqual(whole.stats);
  });
});
