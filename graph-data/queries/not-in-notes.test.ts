import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../compile/read-folder';
import { compareNodes } from './compare';
import { filterByFacetsWithSilence } from './facet-filter';

const graph = compileFolder(BUILT_IN_NOTES).graph!;

describe('"the notes say no" is told apart from "the notes do not say"', () => {
  it('under HIPAA, names Fargate as a node the notes are silent about, not as a non-match', () => {
    const { matches, notInNotes } = filterByFacetsWithSilence(graph, { compliance: ['hipaa'] });
    expect(matches.map((m) => m.id)).toEqual(expect.arrayContaining(['ecs', 'eks', 'ecr', 'eks-anywhere']));
    expect(notInNotes.map((s) => s.id)).toEqual(['fargate']);
    expect(notInNotes[0]!.sentence).toBe(
      'The notes do not say which compliance programmes cover AWS Fargate.',
    );
    // A use case has no compliance list, and that is not silence: the question does not apply to it.
    expect(notInNotes.map((s) => s.id)).not.toContain('web-apps');
  });

  it('keeps an explicit "no" out of both lists: ECS is documented as built around ECS, not Kubernetes', () => {
    const { matches, notInNotes } = filterByFacetsWithSilence(graph, { orchestrator: ['kubernetes'] });
    const ids = [...matches, ...notInNotes].map((m) => m.id);
    expect(ids).not.toContain('ecs');
    expect(notInNotes.map((s) => s.id)).toEqual(['ecr']);
    expect(notInNotes[0]!.sentence).toMatch(/do not say which orchestrator .*ECR.* is built around/);
  });

  it('reports silence only when the node satisfies the facets the notes do speak to', () => {
    const { notInNotes } = filterByFacetsWithSilence(graph, {
      compliance: ['hipaa'],
      hosting: ['on-premises'],
    });
    // Fargate is documented as AWS-cloud only: that is a "no" for on-premises, whatever its compliance.
    expect(notInNotes.map((s) => s.id)).not.toContain('fargate');
  });

  it('marks Compare cells the notes say nothing about, with a sentence, distinct from stated values', () => {
    const cmp = compareNodes(graph, ['ecs', 'fargate']);
    const compliance = cmp.rows.find((r) => r.key === 'compliance')!;
    expect(compliance.cells[0]!.length).toBeGreaterThan(0);
    expect(compliance.notInNotes).toEqual([
      undefined,
      'The notes do not say which compliance programmes cover AWS Fargate.',
    ]);
    for (const row of cmp.rows)
      row.cells.forEach((cell, i) => expect(cell.length === 0).toBe(row.notInNotes[i] !== undefined));
  });
});
