import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  NoteInput,
  SourcesInput,
  type Citation,
  type Graph,
  type GraphEdge,
  type GraphNode,
  type SourcesInput as Sources,
} from '../model/schema';
import { relationInfo, relationAllows, type RelationKind, type RelationKindInfo } from '../model/vocabulary';
import { NODE_KIND_INFO } from '../model/kinds';
import { suggest, Suggester } from '../model/suggest';
import { findLoneSurrogates, lineOfLoneSurrogate } from './well-formed';
import type { CompileError } from './errors';
import { parseNote, type ParsedNote } from './front-matter';

import type { NoteFile } from '../readers/draft';

/** A note file as read from disk: its path relative to the notes folder, and its text. */
export type { NoteFile };

export interface CompileResult {
  /** Present only when there are no errors. */
  graph?: Graph;
  errors: CompileError[];
}

interface ParsedFile {
  file: string;
  input: NoteInput;
  parsed: ParsedNote;
}

/** Compiles note files (and the optional sources registry) into a validated graph, reporting every problem. */
export function compileNotes(files: readonly NoteFile[], sourcesFile?: NoteFile): CompileResult {
  const errors: CompileError[] = [];
  const sources = readSources(sourcesFile, errors);
  const parsedFiles: ParsedFile[] = [];
  // Ids of notes that failed validation: relations to them are not reported again as dangling.
  const brokenIds = new Set<string>();
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const badLine = lineOfLoneSurrogate(f.text);
    if (badLine !== undefined) {
      errors.push({ file: f.path, line: badLine, message: LONE_SURROGATE_MESSAGE });
      continue;
    }
    const { note, errors: parseErrors } = parseNote(f.path, f.text);
    errors.push(...parseErrors);
    if (!note) continue;
    const surrogates = findLoneSurrogates(note.data);
    if (surrogates.length > 0) {
      const id = idOf(note.data);
      if (id) brokenIds.add(id);
      for (const path of surrogates) {
        errors.push({
          file: f.path,
          line: note.lineOf(path),
          ...(id ? { node: id } : {}),
          message: `'${path.join('.')}': ${LONE_SURROGATE_MESSAGE}`,
        });
      }
      continue;
    }
    const result = NoteInput.safeParse(note.data);
    if (!result.success) {
      const id = idOf(note.data);
      if (id) brokenIds.add(id);
      errors.push(...zodErrors(f.path, note, result.error, id));
      continue;
    }
    parsedFiles.push({ file: f.path, input: result.data, parsed: note });
  }
  const graph = assemble(parsedFiles, sources, errors, brokenIds);
  errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return errors.length > 0 ? { errors } : { graph, errors };
}

const LONE_SURROGATE_MESSAGE =
  'the text holds a lone UTF-16 surrogate (such as the escape "\\uD800" with no partner), which no file or export can hold; write the whole character or remove the escape';

function idOf(data: unknown): string | undefined {
  if (data && typeof data === 'object' && 'id' in data && typeof data.id === 'string') return data.id;
  return undefined;
}

function zodErrors(file: string, note: ParsedNote, error: z.ZodError, node?: string): CompileError[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? `'${issue.path.join('.')}': ` : '';
    let message = issue.message;
    if (issue.code === 'unrecognized_keys')
      message = `unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined) message = 'this field is required';
    return { file, line: note.lineOf(issue.path), ...(node ? { node } : {}), message: `${field}${message}` };
  });
}

function readSources(file: NoteFile | undefined, errors: CompileError[]): Sources | undefined {
  if (!file) return undefined;
  let data: unknown;
  try {
    data = parseYaml(file.text, { maxAliasCount: 50 });
  } catch (err) {
    errors.push({ file: file.path, message: `YAML: ${(err as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const result = SourcesInput.safeParse(data ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      errors.push({ file: file.path, message: `'${issue.path.join('.')}': ${issue.message}` });
    }
    return undefined;
  }
  return result.data;
}

function assemble(
  files: ParsedFile[],
  sources: Sources | undefined,
  errors: CompileError[],
  brokenIds: ReadonlySet<string>,
): Graph {
  const byId = new Map<string, ParsedFile>();
  for (const f of files) {
    const first = byId.get(f.input.id);
    if (first) {
      errors.push({
        file: f.file,
        line: f.parsed.lineOf(['id']),
        node: f.input.id,
        message: `duplicate id '${f.input.id}': it is already used by ${first.file}; give one of them another id`,
      });
      continue;
    }
    byId.set(f.input.id, f);
  }

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const edgeIds = new Set<string>();

  for (const f of byId.values()) {
    const { input, parsed, file } = f;
    const checkNote = (note: string, path: PropertyKey[]) => {
      // hasOwn, not `in`: '__proto__' and 'toString' are not source notes.
      if (sources && !Object.hasOwn(sources, note)) {
        const hint = suggest(note, Object.keys(sources));
        errors.push({
          file,
          line: parsed.lineOf(path),
          node: input.id,
          message: `unknown source note '${note}'${hint ? `; did you mean '${hint}'?` : `; add it to sources.yaml`}`,
        });
      }
    };
    checkNote(input.source.note, ['source', 'note']);
    const cite = (item: { note?: string; section?: string }, path: PropertyKey[]): Citation => {
      if (item.note) checkNote(item.note, [...path, 'note']);
      return { note: item.note ?? input.source.note, section: item.section ?? input.source.section };
    };
    const facet = <T extends string>(
      claims: (T | { value: T; qualifier?: string; note?: string; section?: string })[],
      key: string,
    ) =>
      claims.map((c, i) =>
        typeof c === 'string'
          ? { value: c, cite: input.source }
          : { value: c.value, ...(c.qualifier ? { qualifier: c.qualifier } : {}), cite: cite(c, [key, i]) },
      );

    const node: GraphNode = {
      id: input.id,
      kind: input.kind,
      label: input.label,
      aliases: input.aliases,
      summary: input.summary,
      description: parsed.body,
      cite: input.source,
      attributes: input.attributes,
      hosting: facet(input.hosting, 'hosting'),
      orchestrator: facet(input.orchestrator, 'orchestrator'),
      facts: input.facts.map((fact, i) => ({
        category: fact.category,
        text: fact.text,
        ...(fact.date ? { date: fact.date } : {}),
        cite: cite(fact, ['facts', i]),
      })),
      ...(input.price ? { price: input.price } : {}),
      examples: input.examples.map((ex, i) => ({
        id: ex.id,
        title: ex.title,
        inputs: ex.inputs,
        terms: ex.terms,
        stated: ex.stated,
        cite: cite(ex, ['examples', i]),
      })),
      ...(input.comparison ? { comparison: input.comparison } : {}),
      file,
    };
    nodes.push(node);

    const addEdge = (
      kind: RelationKind,
      to: string,
      qualifier: string | undefined,
      edgeCite: Citation,
      line: number,
    ) => {
      const id = `${input.id}:${kind}:${to}${qualifier ? `:${qualifier}` : ''}`;
      if (edgeIds.has(id)) {
        errors.push({
          file,
          line,
          node: input.id,
          edge: id,
          message: 'this relation is listed twice; remove one',
        });
        return;
      }
      edgeIds.add(id);
      edges.push({
        id,
        source: input.id,
        target: to,
        kind,
        ...(qualifier ? { qualifier } : {}),
        cite: edgeCite,
      });
    };
    input.relations.forEach((r, i) =>
      addEdge(r.kind, r.to, r.qualifier, cite(r, ['relations', i]), parsed.lineOf(['relations', i])),
    );
    // A comparison always relates to its subjects, whether or not the note lists those relations.
    for (const subject of input.comparison?.subjects ?? []) {
      if (!edgeIds.has(`${input.id}:compares:${subject}`)) {
        addEdge('compares', subject, undefined, input.source, parsed.lineOf(['comparison', 'subjects']));
      }
    }
  }

  checkEdges(edges, byId, errors, brokenIds);
  checkExamplesAndComparisons(byId, errors);
  return { sources: sources ?? {}, nodes, edges };
}

function describeKinds(kinds: RelationKindInfo['from']): string {
  return kinds === 'any' ? 'any kind' : kinds.map((k) => NODE_KIND_INFO[k].label.toLowerCase()).join(' / ');
}

function checkEdges(
  edges: GraphEdge[],
  byId: Map<string, ParsedFile>,
  errors: CompileError[],
  brokenIds: ReadonlySet<string>,
): void {
  const ids = new Suggester(byId.keys());
  for (const edge of edges) {
    const from = byId.get(edge.source)!;
    const index = from.input.relations.findIndex((r) => r.kind === edge.kind && r.to === edge.target);
    const line = index >= 0 ? from.parsed.lineOf(['relations', index]) : from.parsed.lineOf(['comparison']);
    const target = byId.get(edge.target);
    if (!target && brokenIds.has(edge.target)) continue;
    if (!target) {
      const hint = ids.suggest(edge.target);
      errors.push({
        file: from.file,
        line,
        node: edge.source,
        edge: edge.id,
        message: `relation to missing node '${edge.target}'${hint ? `; did you mean '${hint}'?` : '; create a note with that id'}`,
      });
      continue;
    }
    if (!relationAllows(edge.kind, from.input.kind, target.input.kind)) {
      const info: RelationKindInfo = relationInfo(edge.kind);
      errors.push({
        file: from.file,
        line,
        node: edge.source,
        edge: edge.id,
        message:
          `'${edge.kind}' cannot join a ${from.input.kind} to a ${target.input.kind} ('${edge.target}'): ` +
          `it goes from ${describeKinds(info.from)} to ${describeKinds(info.to)}`,
      });
    }
  }
}

function checkExamplesAndComparisons(byId: Map<string, ParsedFile>, errors: CompileError[]): void {
  const priceIds = new Suggester(byId.keys());
  for (const { input, parsed, file } of byId.values()) {
    input.examples.forEach((ex, i) => {
      const names = new Set(ex.inputs.map((x) => x.name));
      ex.terms.forEach((term, t) => {
        const line = parsed.lineOf(['examples', i, 'terms', t]);
        const price = byId.get(term.price)?.input;
        if (!price) {
          const hint = priceIds.suggest(term.price);
          errors.push({
            file,
            line,
            node: input.id,
            message: `example '${ex.id}' uses missing price '${term.price}'${hint ? `; did you mean '${hint}'?` : ''}`,
          });
        } else if (price.price?.model !== 'per-unit') {
          errors.push({
            file,
            line,
            node: input.id,
            message: `example '${ex.id}' uses '${term.price}', which has no per-unit price`,
          });
        }
        for (const factor of term.factors) {
          if (!names.has(factor)) {
            const hint = suggest(factor, names);
            errors.push({
              file,
              line,
              node: input.id,
              message: `example '${ex.id}' multiplies by '${factor}', which is not one of its inputs${hint ? `; did you mean '${hint}'?` : ''}`,
            });
          }
        }
      });
    });
    if (input.comparison) {
      const { subjects, aspects } = input.comparison;
      aspects.forEach((a, i) => {
        if (a.values.length !== subjects.length) {
          errors.push({
            file,
            line: parsed.lineOf(['comparison', 'aspects', i]),
            node: input.id,
            message: `aspect '${a.label}' has ${a.values.length} values for ${subjects.length} subjects; give one value per subject`,
          });
        }
      });
    }
    if (input.kind === 'pricing' && !input.price) {
      errors.push({
        file,
        line: parsed.lineOf(['kind']),
        node: input.id,
        message: "a pricing node needs a 'price' field",
      });
    }
    if (input.kind === 'comparison' && !input.comparison) {
      errors.push({
        file,
        line: parsed.lineOf(['kind']),
        node: input.id,
        message: "a comparison node needs a 'comparison' field",
      });
    }
  }
}
