import initSqlJs from 'sql.js';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../../compile/read-folder';
import { generateQuestions } from '../questions';
import { cardsToApkg } from './apkg';
import { cardsToTsv, escapeHtml, questionCards } from './cards';

const graph = compileFolder(BUILT_IN_NOTES).graph!;
const questions = generateQuestions(graph);
const cards = questionCards(questions, graph.sources);

describe('the quiz as an Anki deck', () => {
  it('opens as Anki\u2019s SQLite collection with one note per question and the citation on the back', async () => {
    const SQL = await initSqlJs();
    const bytes = await cardsToApkg(cards, SQL);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(['collection.anki2', 'media']);
    const db = new SQL.Database(await zip.file('collection.anki2')!.async('uint8array'));
    const count = (sql: string) => Number(db.exec(sql)[0]!.values[0]![0]);
    expect(count('select count(*) from notes')).toBe(questions.length);
    expect(count('select count(*) from cards')).toBe(questions.length);
    // Every note's two fields are the front and back; the back names the note and the section.
    const rows = db.exec('select flds, tags from notes')[0]!.values as [string, string][];
    const byFront = new Map(
      rows.map(([flds, tags]) => [flds.split('\u001f')[0], { back: flds.split('\u001f')[1]!, tags }]),
    );
    const q = questions.find((x) => x.id === 'rel:eks-anywhere:built-on:eks-distro:target')!;
    const card = byFront.get(cards[questions.indexOf(q)]!.front)!;
    expect(card.back).toContain('Amazon EKS Distro');
    expect(card.back).toContain(
      'Source: Containers (service deep dives and comparison), Amazon EKS Anywhere › Overview',
    );
    expect(card.tags).toContain('eks-anywhere');
    // The deck is named, and its note type has the two fields.
    const decks = JSON.parse(String(db.exec('select decks from col')[0]!.values[0]![0])) as Record<
      string,
      { name: string }
    >;
    expect(Object.values(decks).map((d) => d.name)).toContain('Service Atlas');
    db.close();
  });

  it('writes Anki\u2019s tab-separated import format: a header, then front, back and tags per line', () => {
    const tsv = cardsToTsv(cards);
    const lines = tsv.trimEnd().split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(lines).toHaveLength(3 + questions.length);
    for (const line of lines.slice(3)) {
      const fields = line.split('\t');
      expect(fields).toHaveLength(3);
      expect(fields[0]).toMatch(/^<div class="prompt">According to the notes, /);
      expect(fields[1]).toMatch(/Source: /);
    }
  });

  it('escapes markup from the notes so a hostile note cannot inject HTML into a card', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)">')).toBe(
      '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;',
    );
  });
});
