import type { Citation } from '../../../graph-data';
import { atlasData } from '../../data/atlas-data';
import { citeText } from '../../panels/Cite';
import './cite.css';

export { citeText };

/** A visible citation line, with the note's file name as a tooltip. */
export function SourceCite({ cite, prefix = 'Source:' }: { cite: Citation; prefix?: string }) {
  const source = atlasData().graph.sources[cite.note];
  return (
    <cite className="study-cite" title={source ? `From the note file ${source.file}` : undefined}>
      {prefix} {citeText(cite)}
    </cite>
  );
}
