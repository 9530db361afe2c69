/*
 * How notes name things, and how the back end turns those names into ids. Obsidian matches link
 * targets case-insensitively and ignores the `.md`; we also fold Unicode forms (NFC) and runs of
 * spaces, so that "EKS  Distro" and "eks distro" name one node.
 */

/** The key a name is looked up by: NFC, trimmed, spaces folded, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A lower-case hyphenated id from a name ("Amazon ECS Anywhere" -> "amazon-ecs-anywhere"). */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  // Names in scripts with no Latin letters still need a stable id.
  return slug || `note-${hashName(name)}`;
}

function hashName(name: string): string {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(36);
}

/** Hands out ids that are unique in one graph: "fargate", then "fargate-2", "fargate-3"... */
export class IdAllocator {
  private readonly taken = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.taken.add(id);
  }

  /** Whether an id is in use. */
  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** Claims an id derived from `wanted` (a slug or a name). */
  claim(wanted: string): string {
    const base = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) ? wanted : slugify(wanted);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}

/** A note path without its extension: "folder/Note.md" -> "folder/Note". */
export function stripNoteExtension(path: string): string {
  return path.replace(/\.(md|markdown|txt)$/i, '');
}

/** The file name of a path without folder or extension. */
export function noteBaseName(path: string): string {
  const bare = stripNoteExtension(path);
  return bare.slice(bare.lastIndexOf('/') + 1);
}
