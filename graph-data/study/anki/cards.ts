import type { Citation, Graph } from '../../model/schema';
import type { Question } from '../questions/types';

/** One flash card: the question with its options on the front, the answer and its source on the back. */
export interface Card {
  /** The question id, so that a re-import updates a card rather than adding a copy. */
  id: string;
  /** HTML: the prompt and the lettered options. */
  front: string;
  /** HTML: the right option, the fact as a sentence, and the citation. */
  back: string;
  /** Anki tags (no spaces): the question's kind and the nodes it is about. */
  tags: string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for a card's HTML: notes are user input and may hold markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** "Containers (service deep dives and comparison), Amazon ECS Anywhere › Security" */
export function citationText(cite: Citation, sources: Graph['sources']): string {
  const title = sources[cite.note]?.title ?? cite.note;
  const where = cite.file ? ` (${cite.file}${cite.line ? `:${cite.line}` : ''})` : '';
  return `${title}, ${cite.section}${where}`;
}

const LETTERS = 'ABCDEFGH';

/** The cards for a set of questions, one per question, citing the note and section on the back. */
export function questionCards(questions: readonly Question[], sources: Graph['sources']): Card[] {
  return questions.map((q) => {
    const options = q.options.map((o, i) => `<li>${LETTERS[i]}. ${escapeHtml(o.label)}</li>`).join('');
    const index = q.options.findIndex((o) => o.id === q.answer);
    const answer = q.options[index]!;
    return {
      id: q.id,
      front: `<div class="prompt">${escapeHtml(q.prompt)}</div><ol class="options">${options}</ol>`,
      back:
        `<div class="answer">${LETTERS[index]}. ${escapeHtml(answer.label)}</div>` +
        `<div class="explanation">${escapeHtml(q.explanation)}</div>` +
        `<div class="source">Source: ${escapeHtml(citationText(q.cite, sources))}</div>`,
      tags: ['service-atlas', q.kind, ...q.subjects].map((t) => t.replace(/\s+/g, '_')),
    };
  });
}

/** A field for Anki's text import: tabs and line breaks would split it, so they become spaces and <br>. */
function tsvField(html: string): string {
  return html.replace(/\t/g, ' ').replace(/\r?\n/g, '<br>');
}

/**
 * The cards in Anki's tab-separated import format (File › Import): a header that tells Anki the
 * separator, that fields hold HTML and which column holds tags, then front, back and tags per line.
 */
export function cardsToTsv(cards: readonly Card[]): string {
  const header = ['#separator:tab', '#html:true', '#tags column:3'];
  const lines = cards.map((c) => [tsvField(c.front), tsvField(c.back), c.tags.join(' ')].join('\t'));
  return [...header, ...lines].join('\n') + '\n';
}
