import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { generateQuestions, QUESTION_KINDS } from './questions';
import { questionProblems } from './oracle.test-util';

const result = compileFolder(BUILT_IN_NOTES);

describe('questions over the built-in notes', () => {
  it('compiles', () => {
    expect(result.errors).toEqual([]);
  });

  const graph = result.graph!;
  const questions = graph ? generateQuestions(graph) : [];

  it('gives every question exactly one right answer the graph supports, with provably false distractors', () => {
    expect(questions.length).toBeGreaterThan(100);
    expect(questions.flatMap((q) => questionProblems(graph, q))).toEqual([]);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('has questions of every type the notes can support', () => {
    const count = (kind: string) => questions.filter((q) => q.kind === kind).length;
    // "Which of these does NOT comply with X?" needs a service whose compliance list is in the notes but
    // lacks X, next to two that have X without a condition. The notes list every programme for every
    // service with a compliance list, so such questions exist only when the data allows them.
    const complies = graph.edges.filter((e) => e.kind === 'complies-with');
    const documented = new Set(complies.map((e) => e.source));
    const possible = graph.nodes
      .filter((n) => n.kind === 'compliance')
      .some((p) => {
        const linked = new Set(complies.filter((e) => e.target === p.id).map((e) => e.source));
        const unconditional = complies.filter((e) => e.target === p.id && !e.qualifier).length;
        return unconditional >= 2 && [...documented].some((s) => !linked.has(s));
      });
    for (const kind of QUESTION_KINDS) {
      if (kind === 'not-compliant' && !possible) expect(count(kind)).toBe(0);
      else expect(count(kind), kind).toBeGreaterThan(0);
    }
  });

  it('drills the look-alikes ECS Anywhere, EKS Anywhere and EKS Distro against each other', () => {
    const trio = ['ecs-anywhere', 'eks-anywhere', 'eks-distro'];
    const drilled = questions.filter((q) => {
      const nodes = q.options.map((o) => o.node);
      return trio.filter((t) => nodes.includes(t)).length >= 2;
    });
    expect(drilled.length).toBeGreaterThan(10);
  });
});
