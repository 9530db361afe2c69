import { useEffect, useState } from 'react';

/**
 * `value`, taken up only once the browser has painted the frame after it changed: a panel that
 * renders from it draws in the frame after, so that the frame answering a click holds the canvas's
 * response alone, and neither frame needs to hold both. The first value is taken at once, and so is
 * every value while the page is hidden (it paints no frames then).
 */
export function useAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(() => value);
  useEffect(() => {
    const take = () => setShown(() => value);
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      take();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The animation-frame callback runs just before that frame is painted; a task it queues, after.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(take, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
