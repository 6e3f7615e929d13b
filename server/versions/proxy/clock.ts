/**
 * The time the proxy's index keeps: real timers in the server, a clock the tests move by hand (so that
 * no test waits for a real refresh or live interval).
 */
export interface Clock {
  now(): number;
  /** Calls `fn` once after `ms`; the answer cancels it. */
  setTimer(fn: () => unknown, ms: number): () => void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const timer = setTimeout(() => void fn(), ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

/**
 * A clock for tests: `advance(ms)` runs every timer that falls due, in order, awaiting what each one
 * starts (the index's refreshes), so that a test counts Zadig's requests for 30 s in milliseconds.
 */
export class ManualClock implements Clock {
  private at = 1_000_000;
  private seq = 0;
  private readonly timers = new Map<number, { due: number; fn: () => unknown }>();

  now(): number {
    return this.at;
  }

  setTimer(fn: () => unknown, ms: number): () => void {
    const id = ++this.seq;
    this.timers.set(id, { due: this.at + ms, fn });
    return () => this.timers.delete(id);
  }

  async advance(ms: number): Promise<void> {
    const end = this.at + ms;
    for (;;) {
      let next: [number, { due: number; fn: () => unknown }] | undefined;
      for (const entry of this.timers)
        if (entry[1].due <= end && (!next || entry[1].due < next[1].due)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.at = Math.max(this.at, next[1].due);
      await next[1].fn();
    }
    this.at = end;
  }
}
