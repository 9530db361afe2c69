import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_NOTES, compileFolder } from '../graph-data/compile/read-folder';
import { scoreReader } from './reader-score';

/** The study notes the built-in graph was written from: beside the repository, or where SEEDS_DIR says. */
const seeds = process.env.SEEDS_DIR ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds');

// Never skipped: without the seed notes this says where it looked, and fails.
describe('the plain reader on the raw seed notes, against the curated built-in graph (npm run eval)', () => {
  it('finds the seed notes', () => {
    expect(existsSync(seeds), `no seed notes at ${seeds}; set SEEDS_DIR to their folder`).toBe(true);
  });
  const result = () => {
    const files = readdirSync(seeds)
      .filter((f) => /\.(?:txt|md)$/i.test(f))
      .sort()
      .map((f) => ({ path: f, text: readFileSync(join(seeds, f), 'utf8') }));
    return scoreReader(files, compileFolder(BUILT_IN_NOTES).graph!);
  };

  it("meets issue 8's goals: relations at 90% recall and 95% precision, every price and verdict", () => {
    const { overall, scores } = result();
    expect(overall.recall).toBeGreaterThanOrEqual(0.9);
    expect(overall.precision).toBeGreaterThanOrEqual(0.95);
    for (const what of ['services', 'prices', 'worked-example verdicts']) {
      const s = scores.find((x) => x.what === what)!;
      expect({ what, missed: s.missed, extra: s.extra }).toEqual({ what, missed: [], extra: [] });
    }
  });

  it("reads ECS's launch types from its comparison table, with their prices", () => {
    const { read } = result();
    const priced = read.edges.filter((e) => e.kind === 'priced-by').map((e) => `${e.source} ${e.target}`);
    expect(priced).toEqual(
      expect.arrayContaining([
        'fargate-launch-type fargate-vcpu-hour',
        'fargate-launch-type fargate-gb-hour',
        'ec2-launch-type ecs-ec2-instances',
      ]),
    );
  });
});
