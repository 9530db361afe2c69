import { describe, expect, it } from 'vitest';
import { DEFAULT_FOLDER_LIMITS } from '../../graph-data';
import { readPickedFiles, type PickedFile } from './picked-files';

/** A picked file holding `text` (or `size` bytes of "a"), counting how often it is read. */
function picked(path: string, text: string, reads: string[] = []): PickedFile {
  const bytes = new TextEncoder().encode(text);
  return {
    path,
    async read(maxBytes) {
      reads.push(path);
      return bytes.length > maxBytes ? { tooBig: bytes.length } : { bytes };
    },
  };
}

describe('readPickedFiles', () => {
  it('reads the notes in path order, skips other files, and names what it refuses', async () => {
    const reads: string[] = [];
    const big = 'a'.repeat(DEFAULT_FOLDER_LIMITS.maxFileBytes + 1);
    const read = await readPickedFiles({
      name: 'vault',
      vault: false,
      files: [
        picked('b.md', '# B\n', reads),
        picked('a.md', '# A\n', reads),
        picked('picture.png', 'not a note', reads),
        picked('huge.md', big, reads),
        { ...picked('bad.md', ''), read: async () => ({ bytes: new Uint8Array([0x41, 0xff, 0x42]) }) },
      ],
    });
    expect(read.files.map((f) => f.path)).toEqual(['a.md', 'b.md']);
    expect(reads).not.toContain('picture.png');
    expect(read.problems.map((p) => [p.file, p.message])).toEqual([
      ['bad.md', expect.stringContaining('UTF-8')],
      ['huge.md', `this note is 513 KB, over the 512 KB a note may hold`],
    ]);
  });

  it('stops reading once the notes add up to more than the total cap', async () => {
    const note = 'a'.repeat(DEFAULT_FOLDER_LIMITS.maxFileBytes);
    const count = Math.ceil(DEFAULT_FOLDER_LIMITS.maxTotalBytes / note.length) + 40;
    const reads: string[] = [];
    const files = Array.from({ length: count }, (_, i) =>
      picked(`n${String(i).padStart(4, '0')}.md`, note, reads),
    );
    const read = await readPickedFiles({ name: 'big', vault: false, files });
    const fit = DEFAULT_FOLDER_LIMITS.maxTotalBytes / note.length;
    expect(read.files).toHaveLength(fit);
    expect(read.problems).toEqual([
      expect.objectContaining({
        file: files[fit]!.path,
        message: expect.stringContaining('add up to more than'),
      }),
    ]);
    // Not every file was read to find that out.
    expect(reads.length).toBeLessThan(count);
  });
});
