/** The parts of anki-apkg-export used here (it ships no types). */
declare module 'anki-apkg-export/dist/exporter' {
  interface ExporterOptions {
    template: string;
    sql: unknown;
  }
  /** Builds an Anki collection (SQLite) with one deck and a Front/Back note type. */
  export default class Exporter {
    constructor(deckName: string, options: ExporterOptions);
    db: { export(): Uint8Array };
    addCard(front: string, back: string, options?: { tags?: string[] | string }): void;
  }
}
declare module 'anki-apkg-export/dist/template' {
  /** The SQL that creates an empty Anki collection with a basic note type and the given card CSS. */
  export default function createTemplate(options?: {
    questionFormat?: string;
    answerFormat?: string;
    css?: string;
  }): string;
}
