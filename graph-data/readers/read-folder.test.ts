import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readNotesFolder, readNotesInput } from './read-folder';
import { decodeNoteFile } from './decode';
import { isNotePath } from './note-paths';
import { tempDir } from '../test/temp-dir';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('walk');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const messages = (r: { problems: { file: string; message: string }[] }) =>
  r.problems.map((p) => `${p.file}: ${p.message}`);

describe('readNotesFolder', () => {
  it('reads .md, .markdown and .txt notes in sub-folders and skips hidden folders, .obsidian and node_modules', async () => {
    const dir = folder({
      'a.md': '# A',
      'sub/b.markdown': '# B',
      'sub/deeper/c.txt': 'C',
      'picture.png': 'x',
      '.obsidian/app.json': '{}',
      '.obsidian/notes.md': 'no',
      '.git/HEAD.md': 'no',
      '.hidden/x.md': 'no',
      'node_modules/pkg/readme.md': 'no',
    });
    const read = await readNotesFolder(dir);
    expect(read.files.map((f) => f.path)).toEqual(['a.md', 'sub/b.markdown', 'sub/deeper/c.txt']);
    expect(read.vault).toBe(true);
    expect(read.problems).toEqual([]);
  });

  it('accepts a BOM and CRLF line ends', async () => {
    const read = await readNotesFolder(folder({ 'w.md': '\uFEFF# Title\r\nline two\r\n' }));
    expect(read.files[0]!.text).toBe('# Title\nline two\n');
  });

  it('names the file, line and byte offset of bad UTF-8 and still reads the other files', async () => {
    const bad = new Uint8Array([...new TextEncoder().encode('ok\nstill ok é\n'), 0xc3, 0x28, 0x0a]);
    const read = await readNotesFolder(folder({ 'bad.md': bad, 'good.md': 'fine' }));
    expect(read.files.map((f) => f.path)).toEqual(['good.md']);
    expect(read.problems).toEqual([
      expect.objectContaining({
        file: 'bad.md',
        line: 3,
        offset: 15,
        severity: 'error',
        message: expect.stringContaining('offset 15 (0xc3)'),
      }),
    ]);
  });

  it('refuses a file over the size cap and stops at the file-count cap, naming each cap', async () => {
    const big = await readNotesFolder(folder({ 'big.md': 'x'.repeat(2000), 'small.md': 's' }), {
      maxFileBytes: 1000,
    });
    expect(big.files.map((f) => f.path)).toEqual(['small.md']);
    expect(messages(big)).toEqual([
      'big.md: the file is 2 KB, over the cap of 1 KB a note (maxFileBytes): not read',
    ]);
    const many = await readNotesFolder(
      folder(
        Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${String(i).padStart(2, '0')}.md`, 'n'])),
      ),
      { maxFiles: 5 },
    );
    expect(many.files).toHaveLength(5);
    expect(messages(many)[0]).toContain('holds 12 note files, more than the cap of 5 (maxFiles)');
  });

  it('refuses symbolic links that leave the folder, follows those inside it, and ends link cycles', async () => {
    const outside = folder({ 'secret.md': 'do not read' });
    const dir = folder({ 'notes/a.md': 'A' });
    symlinkSync(join(outside, 'secret.md'), join(dir, 'leak.md'));
    symlinkSync(outside, join(dir, 'leak-dir'));
    symlinkSync(join(dir, 'notes', 'a.md'), join(dir, 'alias.md'));
    symlinkSync(dir, join(dir, 'notes', 'loop'));
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    const read = await readNotesFolder(dir);
    expect(read.files.map((f) => f.path)).toEqual(['alias.md', 'notes/a.md']);
    expect(messages(read).sort()).toEqual([
      'leak-dir: a symbolic link that leads out of the notes folder: refused',
      'leak.md: a symbolic link that leads out of the notes folder: refused',
      'zero.md: a symbolic link that leads out of the notes folder: refused',
    ]);
  });

  it('skips a FIFO without blocking on it', async () => {
    const dir = folder({ 'a.md': 'A' });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const read = await readNotesFolder(dir);
    expect(read.files.map((f) => f.path)).toEqual(['a.md']);
    expect(messages(read)).toEqual(['pipe.md: not a regular file (a FIFO, socket or device): skipped']);
  });

  it('reads a single file too, and says what is wrong with a path that is neither', async () => {
    const dir = folder({ 'one.md': '# One' });
    const one = await readNotesInput(join(dir, 'one.md'));
    expect(one.files).toEqual([{ path: 'one.md', text: '# One' }]);
    const none = await readNotesInput(join(dir, 'missing'));
    expect(none.files).toEqual([]);
    expect(messages(none)[0]).toContain('cannot read the notes: ENOENT');
  });
});

describe('decodeNoteFile', () => {
  it('decodes in any runtime and reports overlong forms and encoded surrogates', () => {
    expect(decodeNoteFile('x.md', new TextEncoder().encode('héllo')).file?.text).toBe('héllo');
    expect(decodeNoteFile('x.md', new Uint8Array([0x61, 0xc0, 0xaf])).problem?.offset).toBe(1);
    expect(decodeNoteFile('x.md', new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80])).problem?.offset).toBe(2);
    expect(decodeNoteFile('x.md', new Uint8Array([0x61, 0x00])).problem?.message).toContain('binary');
  });
});

describe('isNotePath (for a browser directory picker)', () => {
  it('keeps notes and skips hidden folders, .obsidian and node_modules', () => {
    expect(['a.md', 'x/b.markdown', 'x/y/c.TXT'].every(isNotePath)).toBe(true);
    expect(
      ['.obsidian/a.md', 'x/.git/b.md', 'node_modules/p/r.md', 'pic.png', '.hidden.md'].some(isNotePath),
    ).toBe(false);
  });
});
