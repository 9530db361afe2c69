import { describe, expect, it } from 'vitest';
import { MAX_TRAIL, SelectionHistory, type HistoryLike } from './selection-history';

/** A browser's session history, as far as pushState, replaceState and go() shape it. */
class FakeBrowser implements HistoryLike {
  entries: { state: unknown; url: string }[] = [{ state: null, url: '/' }];
  index = 0;
  pushes = 0;
  replaces = 0;
  get state() {
    return this.entries[this.index]!.state;
  }
  get url() {
    return this.entries[this.index]!.url;
  }
  pushState(state: unknown, _: string, url: string) {
    this.entries = this.entries.slice(0, this.index + 1);
    this.entries.push({ state: structuredClone(state), url });
    this.index += 1;
    this.pushes += 1;
  }
  replaceState(state: unknown, _: string, url: string) {
    this.entries[this.index] = { state: structuredClone(state), url };
    this.replaces += 1;
  }
  /** Moves like the browser's Back/Forward; the app hears of it through `arrived`. */
  go(delta: number) {
    this.index = Math.max(0, Math.min(this.entries.length - 1, this.index + delta));
  }
}

const sel = (url: string) => new URLSearchParams(url.split('#')[1] ?? '').get('node');

/** The app's side: writes a selection into the address as url-hash.ts does. */
function select(trail: SelectionHistory, browser: FakeBrowser, id: string | null, extra = '') {
  const url = id ? `/#node=${id}${extra}` : extra ? `/#${extra.slice(1)}` : '/';
  return trail.write(id, url, browser.url);
}
/** The browser's Back/Forward, then the popstate the app handles. */
function travel(trail: SelectionHistory, browser: FakeBrowser, delta: number) {
  browser.go(delta);
  trail.arrived(sel(browser.url), browser.url);
}

describe('selections as browser history entries', () => {
  it('pushes an entry per new selection and replaces the entry for anything else', () => {
    const browser = new FakeBrowser();
    const trail = new SelectionHistory(browser);
    trail.start(null, '/');
    expect(select(trail, browser, 'ecs')).toBe(true);
    expect(select(trail, browser, 'ecs', '&compliance=hipaa')).toBe(false);
    expect(select(trail, browser, 'eks')).toBe(true);
    expect(browser.entries.map((e) => e.url)).toEqual(['/', '/#node=ecs&compliance=hipaa', '/#node=eks']);
    // Writing the same address again touches nothing.
    const before = browser.replaces;
    expect(select(trail, browser, 'eks')).toBe(false);
    expect(browser.replaces).toBe(before);
  });

  it('walks back and forward through selections, and a new selection drops the entries ahead', () => {
    const browser = new FakeBrowser();
    const trail = new SelectionHistory(browser);
    trail.start('ecs', '/#node=ecs');
    select(trail, browser, 'eks');
    select(trail, browser, 'fargate');
    expect(trail.stacks()).toEqual({ back: ['ecs', 'eks'], forward: [] });
    expect(trail.stepTo(1)).toBe(0);

    travel(trail, browser, trail.stepTo(-1));
    expect(trail.current).toBe('eks');
    expect(trail.stacks()).toEqual({ back: ['ecs'], forward: ['fargate'] });
    travel(trail, browser, trail.stepTo(-1));
    expect(trail.current).toBe('ecs');
    expect(trail.stepTo(-1)).toBe(0);
    travel(trail, browser, trail.stepTo(1));
    expect(trail.current).toBe('eks');

    select(trail, browser, 'ecr');
    expect(trail.stacks()).toEqual({ back: ['ecs', 'eks'], forward: [] });
    expect(browser.entries.map((e) => sel(e.url))).toEqual(['ecs', 'eks', 'ecr']);
  });

  it('steps over entries with nothing selected, or with the selection in hand, to the previous selection', () => {
    const browser = new FakeBrowser();
    const trail = new SelectionHistory(browser);
    trail.start(null, '/');
    select(trail, browser, 'ecs');
    select(trail, browser, null); // Esc
    select(trail, browser, 'ecs');
    select(trail, browser, 'eks');
    expect(trail.stacks()).toEqual({ back: ['ecs'], forward: [] });
    expect(trail.stepTo(-1)).toBe(-1);
    travel(trail, browser, -1);
    // From the second "ecs" the previous different selection is none: Back is over.
    expect(trail.stepTo(-1)).toBe(0);
    expect(trail.stacks()).toEqual({ back: [], forward: ['eks'] });
    // Nodes the graph no longer has are stepped over too.
    expect(trail.stacks((id) => id !== 'eks')).toEqual({ back: [], forward: [] });
  });

  it('resumes its trail from the entry in hand after a reload', () => {
    const browser = new FakeBrowser();
    const trail = new SelectionHistory(browser);
    trail.start(null, '/');
    select(trail, browser, 'ecs');
    select(trail, browser, 'eks');
    select(trail, browser, 'fargate');
    travel(trail, browser, -1);

    const reloaded = new SelectionHistory(browser);
    reloaded.start('eks', browser.url);
    expect(reloaded.current).toBe('eks');
    expect(reloaded.stacks()).toEqual({ back: ['ecs'], forward: ['fargate'] });
    expect(reloaded.stepTo(1)).toBe(1);
  });

  it('takes an address typed by hand as a new entry, and ignores a hostile history.state', () => {
    const browser = new FakeBrowser();
    const trail = new SelectionHistory(browser);
    trail.start('ecs', '/#node=ecs');
    browser.pushState(null, '', '/#node=eks'); // the user edits the address
    trail.arrived('eks', '/#node=eks');
    expect(trail.stacks()).toEqual({ back: ['ecs'], forward: [] });

    const hostile = new FakeBrowser();
    hostile.entries[0]!.state = { atlasEntry: 3, atlasTrail: { base: 0, selections: [{}, 7] } };
    const fresh = new SelectionHistory(hostile);
    fresh.start('ecs', '/#node=ecs');
    expect(fresh.current).toBe('ecs');
    expect(fresh.stacks()).toEqual({ back: [], forward: [] });
  });

  it(`remembers at most ${MAX_TRAIL} entries`, () => {
    const browser = new FakeBrowser();
    const trail = new SelectionHistory(browser);
    trail.start(null, '/');
    for (let i = 0; i < MAX_TRAIL + 50; i += 1) select(trail, browser, `n${i}`);
    const { back } = trail.stacks();
    expect(back).toHaveLength(MAX_TRAIL - 1);
    expect(back.at(-1)).toBe(`n${MAX_TRAIL + 48}`);
  });
});
