/*
 * The legend shows node kinds as ticked when they are shown. The stored filter (FilterState.nodeKinds,
 * also in saved views and `#kinds=` links) keeps its old meaning: the kinds the view is restricted to,
 * empty for all. These helpers translate between the two, so old views and links still open as they were.
 */

/** Whether a kind is shown under a stored `nodeKinds` restriction. */
export function isKindShown(nodeKinds: readonly string[], kind: string): boolean {
  return nodeKinds.length === 0 || nodeKinds.includes(kind);
}

/** The kinds (of those present) that a stored restriction hides. */
export function hiddenKinds(nodeKinds: readonly string[], present: readonly string[]): string[] {
  return present.filter((k) => !isKindShown(nodeKinds, k));
}

/**
 * The stored restriction after showing or hiding one kind. Showing every present kind is stored as
 * "no restriction" (empty); hiding the last shown kind is refused (the restriction is returned as it
 * was), since an empty restriction would mean the opposite: everything.
 */
export function setKindShown(
  nodeKinds: readonly string[],
  present: readonly string[],
  kind: string,
  shown: boolean,
): string[] {
  const now = present.filter((k) => isKindShown(nodeKinds, k));
  const next = shown ? present.filter((k) => now.includes(k) || k === kind) : now.filter((k) => k !== kind);
  if (next.length === 0) return [...nodeKinds];
  return next.length === present.length ? [] : next;
}
