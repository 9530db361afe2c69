import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_NOTICES, useAtlas } from '../state/store';
import { staysUntilDismissed } from './Notices';

const texts = () => useAtlas.getState().notices.map((n) => n.text);

describe('notices', () => {
  beforeEach(() => useAtlas.setState({ notices: [] }));

  it('shows at most three, the newest', () => {
    for (const n of [1, 2, 3, 4]) useAtlas.getState().notify(`Downloaded ${n}.json.`);
    expect(MAX_NOTICES).toBe(3);
    expect(texts()).toEqual(['Downloaded 2.json.', 'Downloaded 3.json.', 'Downloaded 4.json.']);
  });

  it('lets information make way before a failure', () => {
    useAtlas.getState().notifyError('Your changes could not be saved: disk full');
    for (const n of [1, 2, 3]) useAtlas.getState().notify(`Downloaded ${n}.json.`);
    expect(texts()).toEqual([
      'Your changes could not be saved: disk full',
      'Downloaded 2.json.',
      'Downloaded 3.json.',
    ]);
  });

  it('keeps failures until dismissed, and lets the rest leave', () => {
    const notice = (text: string, tone?: 'error') => ({ id: 1, text, tone });
    expect(staysUntilDismissed(notice('Downloaded atlas.json.'))).toBe(false);
    expect(staysUntilDismissed(notice('Saved.', 'error'))).toBe(true);
    expect(staysUntilDismissed(notice('The PNG export did not work: no canvas. Nothing was saved.'))).toBe(
      true,
    );
    expect(staysUntilDismissed(notice('Your changes could not be saved: EACCES'))).toBe(true);
    expect(staysUntilDismissed(notice('This graph cannot be shown: a relation points at nowhere'))).toBe(
      true,
    );
  });
});
