import type { z } from 'zod';
import type { Citation, GraphEdge, GraphNode, SourcesInput } from '../model/schema';
import { suggest } from '../model/suggest';
import { isSymmetric } from '../model/vocabulary';
import type { CompileError } from '../compile/errors';
import type { ParsedNote } from '../compile/front-matter';
import { TourInput, type Tour } from './tour-schema';

/** A note file whose front matter opens with `tour:`: it describes a guided tour, not a node. */
export function isTourData(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'tour' in data && !('id' in data);
}

/** A tour file that parsed, waiting for the graph so that its nodes and relations can be checked. */
export interface ParsedTour {
  file: string;
  parsed: ParsedNote;
}

function zodIssues(file: string, parsed: ParsedNote, error: z.ZodError): CompileError[] {
  return error.issues.map((issue) => {
    const field = issue.path.length > 0 ? `'${issue.path.join('.')}': ` : '';
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.map((k) => `'${k}'`).join(', ')}`
        : issue.code === 'invalid_type' && issue.input === undefined
          ? 'this field is required'
          : issue.message;
    return { file, line: parsed.lineOf(issue.path), message: `tour ${field}${message}` };
  });
}

/**
 * Validates tour files against the compiled graph: every step's nodes and relations must exist (a missing
 * one is reported at its file and line, with a "did you mean"), and every step is cited.
 */
export function compileTours(
  tours: readonly ParsedTour[],
  nodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  sources: SourcesInput | undefined,
  errors: CompileError[],
): Tour[] {
  const nodeIds = new Set(nodes.map((n) => n.id));
  const byKey = new Map<string, GraphEdge>();
  for (const e of edges) {
    byKey.set(`${e.source}|${e.kind}|${e.target}`, e);
    if (isSymmetric(e.kind)) byKey.set(`${e.target}|${e.kind}|${e.source}`, e);
  }
  const seen = new Map<string, string>();
  const out: Tour[] = [];
  for (const { file, parsed } of tours) {
    const result = TourInput.safeParse(parsed.data);
    if (!result.success) {
      errors.push(...zodIssues(file, parsed, result.error));
      continue;
    }
    const input = result.data;
    const problems: CompileError[] = [];
    const first = seen.get(input.tour);
    if (first) {
      problems.push({
        file,
        line: parsed.lineOf(['tour']),
        message: `duplicate tour id '${input.tour}': it is already used by ${first}; give one of them another id`,
      });
    }
    seen.set(input.tour, file);
    const checkNote = (note: string, path: PropertyKey[]) => {
      if (sources && !(note in sources)) {
        const hint = suggest(note, Object.keys(sources));
        problems.push({
          file,
          line: parsed.lineOf(path),
          message: `unknown source note '${note}'${hint ? `; did you mean '${hint}'?` : '; add it to sources.yaml'}`,
        });
      }
    };
    checkNote(input.source.note, ['source', 'note']);
    const cite = (c: { note?: string; section?: string }, path: PropertyKey[]): Citation => {
      if (c.note) checkNote(c.note, [...path, 'note']);
      return {
        note: c.note ?? input.source.note,
        section: c.section ?? input.source.section,
        file,
        line: parsed.lineOf(path),
      };
    };
    const steps = input.steps.map((step, i) => {
      step.nodes.forEach((id, j) => {
        if (nodeIds.has(id)) return;
        const hint = suggest(id, nodeIds);
        problems.push({
          file,
          line: parsed.lineOf(['steps', i, 'nodes', j]),
          message: `tour '${input.tour}' step ${i + 1} names missing node '${id}'${hint ? `; did you mean '${hint}'?` : ''}`,
        });
      });
      const edgeIds = step.relations.flatMap((r, j) => {
        const edge = byKey.get(`${r.from}|${r.kind}|${r.to}`);
        if (edge) return [edge.id];
        problems.push({
          file,
          line: parsed.lineOf(['steps', i, 'relations', j]),
          message: `tour '${input.tour}' step ${i + 1} lights '${r.from} ${r.kind} ${r.to}', which is not a relation in the graph`,
        });
        return [];
      });
      const lit = new Set(step.nodes);
      for (const r of step.relations) lit.add(r.from).add(r.to);
      const also = step.alsoCites?.map((c, j) => cite(c, ['steps', i, 'alsoCites', j]));
      return {
        title: step.title,
        nodes: [...lit].filter((id) => nodeIds.has(id)),
        edges: edgeIds,
        text: step.text,
        cite: cite(step, ['steps', i]),
        ...(also ? { alsoCites: also } : {}),
      };
    });
    errors.push(...problems);
    if (problems.length === 0)
      out.push({ id: input.tour, title: input.title, summary: input.summary, file, steps });
  }
  return out;
}
