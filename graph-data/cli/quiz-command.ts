import { writeFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import type { Graph } from '../model/schema';
import { generateQuestions } from '../study/questions';
import { cardsToApkg } from '../study/anki/apkg';
import { cardsToTsv, questionCards } from '../study/anki/cards';
import type { CliIo } from './run';

/** The formats `graph quiz` writes. */
export const QUIZ_FORMATS = ['json', 'tsv', 'apkg'] as const;

/**
 * `graph quiz --format json|tsv|apkg [--out FILE]`: every generated question, as JSON, as Anki's
 * tab-separated import format, or as an Anki deck (.apkg, which needs --out: it is binary).
 */
export async function runQuiz(
  graph: Graph,
  options: { format?: string; out?: string },
  io: CliIo,
): Promise<number> {
  const format = options.format ?? 'json';
  if (!(QUIZ_FORMATS as readonly string[]).includes(format)) {
    io.err(`Unknown quiz format '${format}'; use ${QUIZ_FORMATS.join(', ')}.`);
    return 2;
  }
  if (format === 'apkg' && !options.out) {
    io.err('An Anki deck is binary: name the file to write with --out, e.g. --out service-atlas.apkg');
    return 2;
  }
  const questions = generateQuestions(graph);
  const cards = questionCards(questions, graph.sources);
  let content: string | Uint8Array;
  if (format === 'json') content = JSON.stringify({ questions }, null, 2) + '\n';
  else if (format === 'tsv') content = cardsToTsv(cards);
  else content = await cardsToApkg(cards, await initSqlJs());
  if (!options.out) {
    io.out(String(content).trimEnd());
    return 0;
  }
  try {
    writeFileSync(options.out, content);
  } catch (err) {
    io.err(`Cannot write ${options.out}: ${(err as Error).message}`);
    return 1;
  }
  io.err(`Wrote ${questions.length} questions to ${options.out} (${format}).`);
  return 0;
}
