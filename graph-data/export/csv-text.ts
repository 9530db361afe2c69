/** Options for writing CSV cells. */
export interface CsvOptions {
  /**
   * Spreadsheets run a cell that starts with =, +, @ (or - before a letter) as a formula; sheets meant
   * for people get such cells prefixed with an apostrophe, which spreadsheets hide.
   */
  guardFormulas?: boolean;
}

/** One CSV field (RFC 4180): quoted when it holds a quote, comma, line break or outer space. */
export function csvField(value: string, options: CsvOptions = {}): string {
  const text = options.guardFormulas && /^(?:[=+@\t\r]|-[^\d\s.])/.test(value) ? `'${value}` : value;
  return /[",\r\n\u2028\u2029]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV text, one line per row (line breaks inside a quoted field stay inside it). */
export function csvText(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  return rows.map((r) => r.map((f) => csvField(f, options)).join(',')).join('\n') + '\n';
}

/** A table from records: the header is every key in order of first appearance; missing cells are empty. */
export function table(records: readonly Map<string, string>[], first: readonly string[] = []): string[][] {
  const header = [...first];
  const seen = new Set(header);
  for (const r of records)
    for (const k of r.keys())
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
  return [header, ...records.map((r) => header.map((h) => r.get(h) ?? ''))];
}
