import { useAtlas } from '../state/store';

/** Messages for the user (recovery notices, failed saves); a live region read out by screen readers. */
export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite" aria-label="Notices">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button
            type="button"
            className="link-button"
            aria-label="Dismiss notice"
            onClick={() => dismiss(n.id)}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
