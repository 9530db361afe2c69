import type { Citation } from '../../../graph-data';
import { atlasData } from '../../data/atlas-data';
import './cite.css';

/** "Containers (service deep dives and comparison) › ECS › Security": the note's title and section. */
export function citeText(cite: Citation): string {
  const source = atlasData().graph.sources[cite.note];
  return `${source?.title ?? cite.note} › ${cite.section}`;
}

/** A visible citation line, with the note's file name as a tooltip. */
export function SourceCite({ cite, prefix = 'Source:' }: { cite: Citation; prefix?: string }) {
  const source = atlasData().graph.sources[cite.note];
  return (
    <cite className="study-cite" title={source ? `From the note file ${source.file}` : undefined}>
      {prefix} {citeText(cite)}
    </cite>
  );
}
