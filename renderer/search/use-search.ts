import { useEffect, useMemo, useState } from 'react';
import type { SearchHit } from '../../graph-data';
import type { LoadedGraph } from '../engine/loaded-graph';
import { searchesInline, searchGraph, searchNamesNow, searchNow } from './search-client';

/**
 * The hits for `text` on `data`, for a field of its own (the Path tab's pickers): computed in place
 * on small graphs. On large ones the nodes whose names match come at once and the search worker's
 * full-text hits follow the keystroke.
 */
export function useSearchHits(data: LoadedGraph, text: string, limit: number, enabled = true): SearchHit[] {
  const inline = searchesInline(data);
  const key = `${data.id}\u0000${limit}\u0000${text}`;
  const now = useMemo(
    () => (!enabled ? null : inline ? searchNow(data, text, limit) : searchNamesNow(data, text, limit)),
    [data, text, limit, enabled, inline],
  );
  const [later, setLater] = useState<{ key: string; hits: SearchHit[] }>({ key: '', hits: [] });
  useEffect(() => {
    if (!enabled || inline || !text.trim()) return;
    let live = true;
    void searchGraph(data, text, limit).then((hits) => {
      if (live && hits) setLater({ key, hits });
    });
    return () => {
      live = false;
    };
  }, [data, text, limit, enabled, inline, key]);
  if (!enabled) return [];
  if (inline) return now ?? [];
  return later.key === key ? later.hits : (now ?? []);
}
