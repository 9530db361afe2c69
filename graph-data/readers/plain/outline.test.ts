import { describe, expect, it } from 'vitest';
import { outline, type TableBlock } from './outline';

describe('outline of a plain note', () => {
  it('reads `- **Key**: value` bullets with their nesting and line', () => {
    const blocks = outline('### **AWS Lambda**\n\n- **Pricing**:\n    - Requests: $0.20 per 1M requests.\n');
    expect(blocks[0]).toMatchObject({ type: 'heading', text: 'AWS Lambda', depth: 3, line: 1 });
    expect(blocks[1]).toMatchObject({ type: 'item', key: 'Pricing', value: '', depth: 0, line: 3 });
    expect(blocks[2]).toMatchObject({
      type: 'item',
      key: 'Requests',
      value: '$0.20 per 1M requests.',
      depth: 1,
      line: 4,
    });
  });

  it('takes the unindented lines Markdown folds into a bullet as the blocks they are', () => {
    const text =
      'AWS App Runner:\n- Runs web apps.\nApp Runner Components:\n| Component | Description |\n| Service | A running app. |\n';
    const blocks = outline(text);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'item', 'heading', 'table']);
    expect(blocks[1]).toMatchObject({ text: 'Runs web apps.', line: 2 });
    expect(blocks[2]).toMatchObject({ text: 'App Runner Components', depth: 0, line: 3 });
  });

  it('detects a header-less pipe table and takes its first row as the header', () => {
    const table = outline(
      'Lambda vs App Runner:\n| Lambda | App Runner |\n| Event driven. | Request driven. |\n',
    ).find((b): b is TableBlock => b.type === 'table')!;
    expect(table.headerless).toBe(true);
    expect(table.header).toEqual(['Lambda', 'App Runner']);
    expect(table.rows).toEqual([['Event driven.', 'Request driven.']]);
    expect(table.rowLines).toEqual([3]);
  });

  it('reads a GFM table with its delimiter row as a table with a header', () => {
    const table = outline(
      '| **Service** | **Type** |\n| --- | --- |\n| **AWS Lambda** | Functions |\n',
    )[0] as TableBlock;
    expect(table).toMatchObject({
      type: 'table',
      headerless: false,
      header: ['Service', 'Type'],
      rows: [['AWS Lambda', 'Functions']],
    });
    expect(table.rowLines).toEqual([3]);
  });

  it('reads a delimiter row of short dashes and alignment colons, as GFM does', () => {
    const table = outline('| Corpus | Size |\n| - | --: |\n| Seeds | 20 KB |\n')[0] as TableBlock;
    expect(table).toMatchObject({
      headerless: false,
      header: ['Corpus', 'Size'],
      rows: [['Seeds', '20 KB']],
    });
  });

  it('splits a bold key written with brackets, dashes and a colon after it', () => {
    const [item] = outline('- **Updates (2024–2025)**: Security Hub integration (Jan 2025).\n');
    expect(item).toMatchObject({ key: 'Updates (2024–2025)', value: 'Security Hub integration (Jan 2025).' });
  });

  it('keeps a soft line break inside a bullet and a line of text, and skips HTML blocks and code', () => {
    const blocks = outline(
      '- **Pricing**: $0.10 per GB,\n  billed monthly.\n\n<div>\nhidden\n</div>\n\n```\n- not a bullet\n```\n',
    );
    expect(blocks).toEqual([
      {
        type: 'item',
        text: 'Pricing: $0.10 per GB, billed monthly.',
        key: 'Pricing',
        value: '$0.10 per GB, billed monthly.',
        depth: 0,
        line: 1,
      },
    ]);
  });

  it('takes back a lazy line after a bullet that ends in a hard break', () => {
    const blocks = outline('- **Pricing**: $0.10 per GB  \nStorage Classes:\n');
    expect(blocks).toMatchObject([
      { type: 'item', key: 'Pricing', value: '$0.10 per GB', line: 1 },
      { type: 'heading', text: 'Storage Classes', line: 2 },
    ]);
  });

  it('reads the words of links to any address, local files and data included', () => {
    const [item] = outline('- See [the spec](file:///notes/spec.md) and [a sample](data:text/plain,x)\n');
    expect(item).toMatchObject({ text: 'See the spec and a sample' });
  });

  it('names a heading by its words, without emphasis marks, however it is written', () => {
    const blocks = outline('**Editor**\n\n## _Shiny_ `new` things\n\n%%\n\n===\n');
    expect(blocks).toMatchObject([
      { type: 'heading', text: 'Editor', depth: 0, line: 1 },
      { type: 'heading', text: 'Shiny new things', depth: 2, line: 3 },
      // A line of marks alone (an Obsidian comment's delimiter, a rule) is no heading.
      { type: 'text', text: '%%', line: 5 },
      { type: 'text', text: '===', line: 7 },
    ]);
  });

  it('reads an item numbered as Markdown does not list it ("2.) ...") as a line, not a heading', () => {
    const blocks = outline(
      'S3 Simplified:\n  1.) the data that you want to store\n  2.) an expandable amount of metadata\n',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'text', 'text']);
    expect(blocks[2]).toMatchObject({ text: '2.) an expandable amount of metadata', line: 3 });
  });

  it('keeps hostile markup as text', () => {
    const [item] = outline('- **Note**: <script>alert(1)</script> [x](javascript:alert(1)) &amp;\n');
    expect(item).toMatchObject({ key: 'Note' });
    expect((item as { value: string }).value).toContain('<script>alert(1)</script>');
  });
});

describe('a bare "Key:" bullet', () => {
  it('is a key with no value, so the bullets nested under it are its values', () => {
    const blocks = outline(
      'Amazon SQS:\n- Key Features:\n  - Message Timers.\n- Note: it is not a key: twice.',
    );
    expect(blocks[1]).toMatchObject({ type: 'item', key: 'Key Features', value: '' });
    expect(blocks[2]).toMatchObject({ type: 'item', depth: 1, value: 'Message Timers.' });
    expect(blocks[3]).toMatchObject({ key: 'Note', value: 'it is not a key: twice.' });
  });
});
