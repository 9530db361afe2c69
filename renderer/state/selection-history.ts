/*
 * Selections as browser history entries. Each new selection is an entry of its own (pushState), so
 * the browser's Back and Forward, the toolbar's arrows, Alt+arrows and the mouse's side buttons all
 * walk the same list; every other change of the view (filters, focus) rewrites the entry in hand
 * (replaceState). The trail of selections is kept in the entry in hand's `history.state` too, so
 * that after a reload the toolbar's arrows still know what lies before and after.
 */

/** The part of `window.history` used here (tests pass a fake). */
export interface HistoryLike {
  readonly state: unknown;
  pushState(state: unknown, unused: string, url: string): void;
  replaceState(state: unknown, unused: string, url: string): void;
  go(delta: number): void;
}

/** What each entry of ours carries in `history.state`, beside whatever else is there. */
interface EntryState {
  /** The entry's place in the app's list of entries (0 for the first the app saw). */
  atlasEntry: number;
  /** The selections of entries `base`, `base + 1`, ... as they stood when this entry was last in hand. */
  atlasTrail: { base: number; selections: (string | null)[] };
}

/** The most entries remembered (older ones stay in the browser, but the toolbar forgets them). */
export const MAX_TRAIL = 100;

function entryOf(state: unknown): EntryState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { atlasEntry, atlasTrail } = state as Partial<EntryState>;
  if (typeof atlasEntry !== 'number' || !Number.isInteger(atlasEntry) || atlasEntry < 0) return null;
  const ok =
    typeof atlasTrail === 'object' &&
    atlasTrail !== null &&
    Number.isInteger(atlasTrail.base) &&
    Array.isArray(atlasTrail.selections) &&
    atlasTrail.selections.length <= MAX_TRAIL &&
    atlasTrail.selections.every((s) => s === null || typeof s === 'string');
  return { atlasEntry, atlasTrail: ok ? atlasTrail : { base: atlasEntry, selections: [] } };
}

/** The list of selections, one per history entry the app made, and the entry in hand. */
export class SelectionHistory {
  private base = 0;
  private selections: (string | null)[] = [];
  private at = 0;

  constructor(private readonly history: HistoryLike) {}

  /** The selection of the entry in hand. */
  get current(): string | null {
    return this.selections[this.at - this.base] ?? null;
  }

  /** Takes the entry in hand as the start (resuming the trail a reload left in it) and stamps it. */
  start(selection: string | null, url: string): void {
    const entry = entryOf(this.history.state);
    if (entry) {
      this.base = entry.atlasTrail.base;
      this.selections = [...entry.atlasTrail.selections];
      this.moveTo(entry.atlasEntry, selection);
    } else {
      this.base = 0;
      this.selections = [selection];
      this.at = 0;
    }
    this.history.replaceState(this.stateFor(), '', url);
  }

  /**
   * Writes the view into the address: a selection other than the entry's becomes a new entry after
   * it (dropping any entries forward of it, as browsers do), anything else rewrites the entry in
   * hand. Returns whether an entry was added.
   */
  write(selection: string | null, url: string, currentUrl: string): boolean {
    if (selection !== this.current) {
      this.selections = this.selections.slice(0, this.at - this.base + 1);
      this.selections.push(selection);
      this.at += 1;
      if (this.selections.length > MAX_TRAIL) {
        this.selections.shift();
        this.base += 1;
      }
      this.history.pushState(this.stateFor(), '', url);
      return true;
    }
    if (url !== currentUrl) this.history.replaceState(this.stateFor(), '', url);
    return false;
  }

  /**
   * The browser moved to another entry (Back, Forward, an address typed or edited), now showing
   * `selection`. An entry that is not ours counts as a new one after the entry that was in hand.
   */
  arrived(selection: string | null, url: string): void {
    const entry = entryOf(this.history.state);
    if (entry) this.moveTo(entry.atlasEntry, selection);
    else {
      this.selections = this.selections.slice(0, this.at - this.base + 1);
      this.selections.push(selection);
      this.at += 1;
    }
    this.history.replaceState(this.stateFor(), '', url);
  }

  /** Whether this entry is the one in hand already (a popstate and its hashchange both arrive). */
  isInHand(state: unknown): boolean {
    return entryOf(state)?.atlasEntry === this.at;
  }

  /**
   * How many entries the browser must go to reach the previous (-1) or next (+1) selection: the
   * nearest entry with a selection other than the one in hand; 0 when there is none.
   */
  stepTo(direction: -1 | 1, known: (id: string) => boolean = () => true): number {
    const here = this.current;
    for (let i = this.at - this.base + direction; i >= 0 && i < this.selections.length; i += direction) {
      const s = this.selections[i];
      if (s !== null && s !== undefined && s !== here && known(s)) return i + this.base - this.at;
    }
    return 0;
  }

  /**
   * The selections Back and Forward would visit, one step at a time, as the store keeps them:
   * `back` oldest first, `forward` with the next one last.
   */
  stacks(known: (id: string) => boolean = () => true): { back: string[]; forward: string[] } {
    const walk = (direction: -1 | 1) => {
      const seen: string[] = [];
      let last = this.current;
      for (let i = this.at - this.base + direction; i >= 0 && i < this.selections.length; i += direction) {
        const s = this.selections[i];
        if (s === null || s === undefined || s === last || !known(s)) continue;
        seen.push(s);
        last = s;
      }
      return seen;
    };
    return { back: walk(-1).reverse(), forward: walk(1).reverse() };
  }

  private moveTo(position: number, selection: string | null): void {
    const index = position - this.base;
    if (index < 0 || index > this.selections.length) {
      // An entry outside what is remembered (a trail trimmed or lost): it starts a new trail.
      this.base = position;
      this.selections = [selection];
    } else if (index === this.selections.length) this.selections.push(selection);
    else this.selections[index] = selection;
    this.at = position;
    if (this.selections.length > MAX_TRAIL) {
      const drop = this.selections.length - MAX_TRAIL;
      this.selections = this.selections.slice(drop);
      this.base += drop;
    }
  }

  private stateFor(): EntryState {
    return { atlasEntry: this.at, atlasTrail: { base: this.base, selections: [...this.selections] } };
  }
}
