import type { Citation } from '../../../graph-data';
import { useData } from '../../engine/use-engine';
import { citeLocation, citeText } from '../../panels/Cite';
import './cite.css';

export { citeText };

/** A visible citation line, with the note's file name as a tooltip. */
export function SourceCite({ cite, prefix = 'Source:' }: { cite: Citation; prefix?: string }) {
  const { sources } = useData().graph;
  return (
    <cite className="study-cite" title={`From the note file ${citeLocation(sources, cite)}`}>
      {prefix} {citeText(sources, cite)}
    </cite>
  );
}
