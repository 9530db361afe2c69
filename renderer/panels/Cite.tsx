import type { Citation, Graph } from '../../graph-data';
import { useData } from '../engine/use-engine';

/** "Containers (service deep dives and comparison) › Amazon ECS › Security": a note's title and section. */
export function citeText(sources: Graph['sources'], cite: Citation): string {
  const source = Object.hasOwn(sources, cite.note) ? sources[cite.note] : undefined;
  const title = source?.title ?? cite.note;
  // A note read from a file whose title is its heading would only say the section twice.
  if (title === cite.section) return cite.section;
  return `${title} › ${cite.section}`;
}

/** "notes/ecs.md:12": the file and line a fact was read from, when the graph was read from files. */
export function citeLocation(sources: Graph['sources'], cite: Citation): string {
  const file =
    cite.file ?? (Object.hasOwn(sources, cite.note) ? sources[cite.note]?.file : undefined) ?? cite.note;
  return cite.line ? `${file}:${cite.line}` : file;
}

/** Where a fact comes from, with the note's file name as a tooltip. */
export function Cite({ cite, className = 'cite' }: { cite: Citation; className?: string }) {
  const { sources } = useData().graph;
  return (
    <cite className={className} title={citeLocation(sources, cite)}>
      {citeText(sources, cite)}
      {cite.line !== undefined && <span className="cite-line"> ({citeLocation(sources, cite)})</span>}
    </cite>
  );
}
