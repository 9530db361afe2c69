import { NODE_KINDS, type NodeKind } from '../../model/kinds';
import { relationKindFor } from '../relation-names';
import { blockLines, type Link } from './lines';
import type { MdBlock } from '../markdown-blocks';
import { parseObsidianMarkdown } from './markdown';

/*
 * Obsidian properties (YAML front matter). Obsidian's own (`aliases`, `tags`, `cssclasses`...) keep
 * their meaning; `kind`/`type` name the node kind when they hold one; a property named like a
 * relation (`runs-on`, "Runs on", `complies_with`) is a typed relation to the notes its value links or
 * names; any other property holding links is a relation of its own kind; the rest are attributes.
 */

const OWN_PROPERTIES = new Set([
  'title',
  'aliases',
  'alias',
  'tags',
  'tag',
  'kind',
  'type',
  'summary',
  'description',
  'id',
]);
/** Obsidian's display settings: not facts about the note's subject. */
const IGNORED = new Set(['cssclasses', 'cssclass', 'publish', 'permalink', 'position']);

export interface PropertyRelation {
  key: string;
  kind: string;
  targets: { name: string; written: string }[];
  path: (string | number)[];
}

export interface Properties {
  title?: string;
  id?: string;
  kind?: NodeKind;
  aliases: string[];
  tags: string[];
  summary?: string;
  relations: PropertyRelation[];
  attributes: Record<string, string | number | boolean>;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string')
    return value
      .split(/,\s*/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value))
    return value
      .flatMap((v) => (typeof v === 'string' || typeof v === 'number' ? [String(v).trim()] : []))
      .filter(Boolean);
  return [];
}

function linksOf(value: string): Link[] {
  if (!value.includes('[[')) return [];
  const inlines = (blocks: readonly MdBlock[]): MdBlock[] =>
    blocks.flatMap((b) => [...(b.inline ? [b] : []), ...inlines(b.children)]);
  return inlines(parseObsidianMarkdown(value).blocks).flatMap((b) =>
    blockLines(b.inline, 1).flatMap((l) => l.links),
  );
}

/** Reads a note's properties; `data` is the parsed YAML. */
export function readProperties(data: unknown): Properties {
  const props: Properties = { aliases: [], tags: [], relations: [], attributes: {} };
  if (!data || typeof data !== 'object' || Array.isArray(data)) return props;
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const lower = key.toLowerCase();
    if (IGNORED.has(lower) || value === null || value === undefined) continue;
    if (OWN_PROPERTIES.has(lower)) {
      if (lower === 'title' && typeof value === 'string' && value.trim()) props.title = value.trim();
      else if (lower === 'id' && typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value))
        props.id = value;
      else if (lower === 'aliases' || lower === 'alias')
        props.aliases.push(
          ...(Array.isArray(value) ? strings(value) : typeof value === 'string' ? [value.trim()] : []),
        );
      else if (lower === 'tags' || lower === 'tag')
        props.tags.push(...strings(value).map((t) => t.replace(/^#/, '')));
      else if (
        (lower === 'kind' || lower === 'type') &&
        typeof value === 'string' &&
        (NODE_KINDS as readonly string[]).includes(value.trim().toLowerCase())
      )
        props.kind = value.trim().toLowerCase() as NodeKind;
      else if ((lower === 'summary' || lower === 'description') && typeof value === 'string')
        props.summary ??= value.trim();
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        props.attributes[key] = value;
      continue;
    }
    const items = Array.isArray(value) ? value : [value];
    const { kind, known } = relationKindFor(key);
    const targets: PropertyRelation['targets'] = [];
    const paths: (string | number)[][] = [];
    items.forEach((item, i) => {
      if (typeof item !== 'string') return;
      const links = linksOf(item);
      for (const l of links) if (l.target) targets.push({ name: l.target, written: l.written });
      if (links.length === 0 && known)
        targets.push(...strings(item).map((name) => ({ name, written: name })));
      paths.push(Array.isArray(value) ? [key, i] : [key]);
    });
    if (
      targets.length > 0 &&
      (known || items.some((item) => typeof item === 'string' && item.includes('[[')))
    ) {
      props.relations.push({ key, kind, targets, path: paths[0] ?? [key] });
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      props.attributes[key] = value;
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
      props.attributes[key] = value.join(', ');
    }
  }
  props.aliases = [...new Set(props.aliases.filter(Boolean))];
  props.tags = [...new Set(props.tags.filter(Boolean))];
  return props;
}
