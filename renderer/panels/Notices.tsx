import { useEffect, useRef, useState } from 'react';
import { useAtlas, type Notice } from '../state/store';

/** How long a notice stays on screen (unless pointed at or focused, which holds it). */
export const NOTICE_MS = 6000;

/*
 * Words that mark a notice as a failure the user must not miss. Callers can say so with notifyError;
 * these catch the failures that are still sent as plain notices, so that they do not leave unread.
 */
const FAILURE = /\b(could not|cannot be|did not work|not saved|failed|was refused|is damaged)\b/i;

/** Whether a notice stays until dismissed. */
export function staysUntilDismissed(n: Notice): boolean {
  return n.tone === 'error' || FAILURE.test(n.text);
}

function NoticeItem({ notice, dismiss }: { notice: Notice; dismiss: (id: number) => void }) {
  const sticky = staysUntilDismissed(notice);
  const [held, setHeld] = useState({ hover: false, focus: false });
  const holding = held.hover || held.focus;
  // The clock restarts after each hold, so a notice read with the pointer on it gets its full time after.
  useEffect(() => {
    if (sticky || holding) return;
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [sticky, holding, dismiss, notice.id]);
  const item = useRef<HTMLDivElement>(null);
  return (
    <div
      ref={item}
      className={sticky ? 'notice error' : 'notice'}
      role={sticky ? 'alert' : undefined}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!item.current?.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <span>{notice.text}</span>
      <button
        type="button"
        className="link-button"
        aria-label="Dismiss notice"
        onClick={() => dismiss(notice.id)}
      >
        Dismiss
      </button>
    </div>
  );
}

/**
 * Messages for the user (exports, recovery, failed saves), read out by screen readers. At most three
 * at once (the store drops the oldest); they leave after a few seconds, failures stay until dismissed.
 */
export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} dismiss={dismiss} />
      ))}
    </div>
  );
}
