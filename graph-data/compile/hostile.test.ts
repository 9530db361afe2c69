import { describe, expect, it } from 'vitest';
import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileNotes } from './compile';
import { compileFolder } from './read-folder';
import { formatError } from './errors';
import { note, smallNotes, SOURCES } from '../test/fixtures';
import { writeNotesFolder } from '../test/write-notes';
import { tempDir } from '../test/temp-dir';
import { suggest } from '../model/suggest';

describe('the compiler against hostile notes', () => {
  it('validates 20,000 relations to missing nodes about as fast as 20,000 good ones, and still suggests', () => {
    // The did-you-mean search once made this quadratic (510 s). Compared with the same notes whose
    // relations all resolve, so that a busy machine slows both alike.
    const notes = (target: (i: number, j: number) => string) =>
      Array.from({ length: 1000 }, (_, i) =>
        note(
          `n${i}.md`,
          `id: node-${i}\nkind: component\nlabel: Node ${i}\nsummary: s\nsource: { note: study, section: S }\nrelations:\n` +
            Array.from({ length: 20 }, (_, j) => `  - { kind: uses, to: ${target(i, j)} }`).join('\n'),
        ),
      );
    const timed = (files: ReturnType<typeof notes>) => {
      const t0 = performance.now();
      const result = compileNotes(files, SOURCES);
      return { result, ms: performance.now() - t0 };
    };
    const good = timed(notes((i, j) => `node-${(i + j + 1) % 1000}`));
    expect(good.result.errors).toEqual([]);
    const dangling = notes((i, j) => `missing-${i}-${j}-x`);
    dangling.push(
      note(
        'typo.md',
        'id: typo\nkind: component\nlabel: T\nsummary: s\nsource: { note: study, section: S }\nrelations:\n  - { kind: uses, to: nodee-512 }',
      ),
    );
    const bad = timed(dangling);
    expect(bad.result.errors.length).toBe(20_001);
    expect(bad.ms).toBeLessThan(Math.max(3 * good.ms, 3000));
    expect(bad.result.errors.map(formatError).find((e) => e.startsWith('typo.md'))).toContain(
      "did you mean 'node-512'?",
    );
  }, 120_000);

  it('keeps suggesting the nearest name', () => {
    expect(suggest('extnds', ['uses', 'extends', 'contains'])).toBe('extends');
    expect(suggest('servce', ['service', 'component'])).toBe('service');
    expect(suggest('zzzzzz', ['service', 'component'])).toBeUndefined();
  });

  it("does not take '__proto__' or 'toString' for source notes", () => {
    for (const name of ['__proto__', 'toString', 'constructor']) {
      const files = smallNotes().map((f) =>
        f.path === 'services/eks-distro.md'
          ? { ...f, text: f.text.replace('note: study', `note: "${name}"`) }
          : f,
      );
      const messages = compileNotes(files, SOURCES).errors.map(formatError);
      expect(messages.some((m) => m.includes(`unknown source note '${name}'`))).toBe(true);
    }
  });

  it('rejects lone surrogates with the file and line instead of building a graph that cannot be written', () => {
    const files = smallNotes().map((f) =>
      f.path === 'services/eks-distro.md'
        ? { ...f, text: f.text.replace(/summary: .*/, 'summary: "bad \\uD800 text"') }
        : f,
    );
    const { graph, errors } = compileNotes(files, SOURCES);
    expect(graph).toBeUndefined();
    const message = errors.map(formatError).find((m) => m.startsWith('services/eks-distro.md'))!;
    expect(message).toMatch(
      /^services\/eks-distro\.md:\d+ \(node eks-distro\): 'summary': the text holds a lone UTF-16 surrogate/,
    );
    const raw = compileNotes(
      [
        note(
          'raw.md',
          'id: raw\nkind: feature\nlabel: R\nsummary: s\nsource: { note: study, section: S }',
          'one\ntwo \uDC00',
        ),
      ],
      SOURCES,
    );
    expect(raw.errors.map(formatError)).toContain(
      'raw.md:9: the text holds a lone UTF-16 surrogate (such as the escape "\\uD800" with no partner), which no file or export can hold; write the whole character or remove the escape',
    );
  });

  it('refuses a sources.yaml that is a symbolic link (to /dev/zero) or too big', () => {
    const linked = writeNotesFolder(smallNotes(), undefined);
    unlinkSync(join(linked, 'sources.yaml'));
    symlinkSync('/dev/zero', join(linked, 'sources.yaml'));
    expect(compileFolder(linked).errors.map(formatError)).toEqual([
      'sources.yaml: sources.yaml is a symbolic link; make it a plain file',
    ]);
    const big = writeNotesFolder(smallNotes(), undefined);
    writeFileSync(join(big, 'sources.yaml'), `# ${'x'.repeat(600 * 1024)}\n`);
    expect(compileFolder(big).errors.map(formatError)[0]).toContain('sources.yaml is larger than 512 KB');
    const empty = tempDir('empty');
    expect(compileFolder(empty).errors.map(formatError)[0]).toContain('no Markdown notes');
  });
});
