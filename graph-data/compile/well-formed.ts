/** A UTF-16 surrogate without its partner: text no encoder can write (the build and exports choke on it). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a string holds a lone surrogate. */
export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The paths (as for a YAML document) of every string, key or value, that holds a lone surrogate. */
export function findLoneSurrogates(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return hasLoneSurrogate(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => findLoneSurrogates(item, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      hasLoneSurrogate(key) ? [[...path, key]] : findLoneSurrogates(item, [...path, key]),
    );
  }
  return [];
}

/** The 1-based line of the first lone surrogate in a text, if any. */
export function lineOfLoneSurrogate(text: string): number | undefined {
  const match = LONE_SURROGATE.exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
