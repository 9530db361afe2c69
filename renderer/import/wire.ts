/**
 * Bulk data between the page and the import workers goes as JSON bytes in a transferred buffer
 * rather than as a structured clone. The drafts that two reading workers hand to the building one
 * then pass through the page as bytes it never decodes (a clone would be decoded and encoded again
 * on the main thread), and the bytes move without a copy. Decoding a graph's JSON on the page costs
 * about what decoding its clone does (measured on a 2,000-node import: 40-240 ms either way).
 */

/** A value as JSON bytes, to post with its buffer transferred. */
export interface Packed<T> {
  bytes: Uint8Array;
  /** Never set: keeps the packed type. */
  readonly __type?: T;
}

export function pack<T>(value: T): Packed<T> {
  return { bytes: new TextEncoder().encode(JSON.stringify(value)) };
}

export function unpack<T>(packed: Packed<T>): T {
  return JSON.parse(new TextDecoder().decode(packed.bytes)) as T;
}

/** The buffers to transfer with a message holding these packed values. */
export function transfers(...packed: Packed<unknown>[]): ArrayBuffer[] {
  return packed.map((p) => p.bytes.buffer as ArrayBuffer);
}
