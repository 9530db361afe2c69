import { resolveNode } from '../model/graph-index';
import type { Graph } from '../model/schema';
import type { ImportProblem } from './draft';
import { nameKey, stripNoteExtension } from './names';

/*
 * Finds what a link or a name in the notes points at, the way Obsidian resolves links: by path
 * (`[[folder/Note]]`, matched at the end of a note's path), by base name (`[[Note]]`; when several
 * notes share it, the one in the linking note's own folder, then the shortest path, wins), then by
 * title or alias, then by id, and last by the built-in graph's own rules (label, alias, "Amazon"/"AWS"
 * optional). Every look-up is a map access, so 10,000 notes resolve in milliseconds.
 */

/** Anything the resolver can point at: a node still being built, or a fixed one. */
export interface Target {
  id?: string;
  /** The note file this target is, when it is one. */
  file?: string;
}

/** Removes Obsidian link decoration: `[[Note#Heading|shown]]` -> `Note`, `Note^block` -> `Note`. */
export function linkTargetName(ref: string): string {
  let name = ref.trim();
  if (name.startsWith('[[') && name.endsWith(']]')) name = name.slice(2, -2);
  const cut = name.search(/[|#^]/);
  if (cut >= 0) name = name.slice(0, cut);
  return name.replace(/\\$/, '').trim();
}

function folderOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
}

export class LinkResolver<T extends Target> {
  private readonly byPath = new Map<string, T>();
  private readonly byBaseName = new Map<string, T[]>();
  private readonly byName = new Map<string, T>();
  private readonly byId = new Map<string, T>();
  private readonly cache = new Map<string, T | undefined>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly base: Graph | undefined,
    private readonly baseTarget: (id: string) => T | undefined,
    private readonly problems: ImportProblem[],
  ) {}

  /** Registers a note file's target under its path and base name. */
  addFile(path: string, target: T): void {
    const key = nameKey(stripNoteExtension(path));
    if (!this.byPath.has(key)) this.byPath.set(key, target);
    const base = key.slice(key.lastIndexOf('/') + 1);
    const list = this.byBaseName.get(base);
    if (list) list.push(target);
    else this.byBaseName.set(base, [target]);
  }

  /** Registers a name (title, alias, a reader's ref) for a target; the first to claim a name keeps it. */
  addName(name: string, target: T): void {
    const key = nameKey(name);
    if (key && !this.byName.has(key)) this.byName.set(key, target);
  }

  /** Registers an id. */
  addId(id: string, target: T): void {
    this.byId.set(id, target);
  }

  /** The target a name already registered points at, without path rules or the built-in graph. */
  named(name: string): T | undefined {
    return this.byName.get(nameKey(name));
  }

  /** What a link written in `fromFile` points at, or undefined when nothing is called that. */
  resolve(ref: string, fromFile: string): T | undefined {
    const name = linkTargetName(ref);
    if (!name) return undefined;
    const folder = folderOf(fromFile);
    const cacheKey = `${folder}\u0000${name}`;
    if (this.cache.has(cacheKey)) return this.cache.get(cacheKey);
    const found = this.lookUp(name, folder, fromFile);
    this.cache.set(cacheKey, found);
    return found;
  }

  private lookUp(name: string, folder: string, fromFile: string): T | undefined {
    const key = nameKey(stripNoteExtension(name));
    if (key.includes('/')) {
      const exact = this.byPath.get(key.replace(/^\.?\//, ''));
      if (exact) return exact;
      const tail = key.slice(key.lastIndexOf('/') + 1);
      const suffix = `/${key.replace(/^\.?\//, '')}`;
      const matches = (this.byBaseName.get(tail) ?? []).filter(
        (t) => t.file && nameKey(stripNoteExtension(t.file)).endsWith(suffix),
      );
      if (matches.length > 0) return this.pick(matches, folder, name, fromFile);
    } else {
      const files = this.byBaseName.get(key);
      if (files && files.length > 0) return this.pick(files, folder, name, fromFile);
    }
    const named = this.byName.get(nameKey(name)) ?? this.byId.get(name) ?? this.byId.get(name.toLowerCase());
    if (named) return named;
    if (this.base) {
      const node = resolveNode(this.base, name);
      if (node) return this.baseTarget(node.id);
    }
    return undefined;
  }

  /** Several notes share a name: Obsidian prefers the linking note's folder, then the shortest path. */
  private pick(candidates: T[], folder: string, name: string, fromFile: string): T {
    if (candidates.length === 1) return candidates[0]!;
    const ranked = [...candidates].sort((a, b) => {
      const fa = a.file ?? '';
      const fb = b.file ?? '';
      const sameA = folderOf(fa) === folder ? 0 : 1;
      const sameB = folderOf(fb) === folder ? 0 : 1;
      return sameA - sameB || fa.length - fb.length || fa.localeCompare(fb);
    });
    const chosen = ranked[0]!;
    const key = nameKey(name);
    if (!this.reported.has(key)) {
      this.reported.add(key);
      this.problems.push({
        file: fromFile,
        severity: 'warning',
        message: `${candidates.length} notes are called '${name}' (${ranked.map((t) => t.file).join(', ')}): links to '${name}' go to ${chosen.file}, as in Obsidian`,
        fix: `write the path to link to another one, e.g. [[${stripNoteExtension(ranked[1]!.file ?? name)}]], or rename one of the notes`,
      });
    }
    return chosen;
  }
}
