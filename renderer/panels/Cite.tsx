import type { Citation } from '../../graph-data';
import { atlasData } from '../data/atlas-data';

/** "Containers (service deep dives and comparison) › Amazon ECS › Security": a note's title and section. */
export function citeText(cite: Citation): string {
  const source = atlasData().graph.sources[cite.note];
  return `${source?.title ?? cite.note} › ${cite.section}`;
}

/** Where a fact comes from, with the note's file name as a tooltip. */
export function Cite({ cite, className = 'cite' }: { cite: Citation; className?: string }) {
  const source = atlasData().graph.sources[cite.note];
  return (
    <cite className={className} title={source?.file ?? cite.note}>
      {citeText(cite)}
    </cite>
  );
}
