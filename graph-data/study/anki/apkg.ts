import JSZip from 'jszip';
import * as exporterModule from 'anki-apkg-export/dist/exporter';
import * as templateModule from 'anki-apkg-export/dist/template';
import type { Card } from './cards';

/** The initialised sql.js module (`await initSqlJs(...)`): the caller loads it, in Node or in a browser. */
export interface SqlJs {
  Database: new () => SqlDatabase;
}

interface SqlStatement {
  getAsObject(params?: unknown): unknown;
  free(): boolean;
}
interface SqlDatabase {
  prepare(sql: string): SqlStatement;
  run(sql: string): unknown;
}

/**
 * sql.js with statements freed after their one use: the exporter prepares a statement per query and
 * never frees it, which makes a deck of a few hundred cards take seconds instead of milliseconds.
 */
function freeingStatements(sql: SqlJs): SqlJs {
  class Database extends sql.Database {
    override prepare(query: string): SqlStatement {
      const statement = super.prepare(query);
      const getAsObject = statement.getAsObject.bind(statement);
      statement.getAsObject = (params?: unknown) => {
        try {
          return getAsObject(params);
        } finally {
          statement.free();
        }
      };
      return statement;
    }
  }
  return { Database };
}

// The library is CommonJS compiled from ES modules; depending on the loader its default export sits one
// level down or two.
function cjsDefault<T>(mod: unknown): T {
  const m = mod as { default?: { default?: T } & T };
  return (m.default?.default ?? m.default ?? mod) as T;
}
const Exporter = cjsDefault<typeof exporterModule.default>(exporterModule);
const createTemplate = cjsDefault<typeof templateModule.default>(templateModule);

const CSS = `.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: left; color: #111; background: #fff; }
.options { padding-left: 1.2em; } .answer { font-weight: bold; } .source { margin-top: 1em; font-size: 14px; color: #555; }`;

/**
 * An Anki deck package (.apkg) holding one note per card, as bytes: the collection is written with
 * anki-apkg-export over the given sql.js, then zipped with its (empty) media list. No file system is
 * touched, so the app can offer it as a download and the CLI can write it to a file.
 */
export async function cardsToApkg(
  cards: readonly Card[],
  sql: SqlJs,
  deckName = 'Service Atlas',
): Promise<Uint8Array> {
  const exporter = new Exporter(deckName, {
    template: createTemplate({ css: CSS }),
    sql: freeingStatements(sql),
  });
  for (const card of cards) exporter.addCard(card.front, card.back, { tags: card.tags });
  const zip = new JSZip();
  zip.file('collection.anki2', exporter.db.export());
  zip.file('media', '{}');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
