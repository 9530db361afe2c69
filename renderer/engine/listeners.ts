/**
 * The callbacks told when one thing changes (the zoom limits, the overview, a layout being
 * arranged...): what the engine's `on…` methods hand out, and how it tells them.
 */
export class Listeners {
  private readonly callbacks = new Set<() => void>();

  /** Adds `listener`; returns the call that removes it. */
  add(listener: () => void): () => void {
    this.callbacks.add(listener);
    return () => void this.callbacks.delete(listener);
  }

  /** Calls every listener. */
  notify(): void {
    for (const listener of this.callbacks) listener();
  }
}
