/**
 * Loads a lazy chunk and, when that fails (server restarting, network blip), tries again instead of
 * failing the page: after a short pause that grows, and at once when the browser comes back online or
 * the window regains focus. Gives up (and lets the error page show) only after `giveUpMs`.
 */
export interface RetryOptions {
  /** Pauses between attempts (ms); the last one repeats. */
  delays?: readonly number[];
  giveUpMs?: number;
}

const DEFAULT_DELAYS = [300, 1000, 2000, 3000] as const;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      window.removeEventListener('focus', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
    window.addEventListener('focus', done);
  });
}

export async function retryingImport<T>(load: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delays ?? DEFAULT_DELAYS;
  const giveUpAt = Date.now() + (options.giveUpMs ?? 60_000);
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (Date.now() >= giveUpAt) throw error;
      await pause(delays[Math.min(attempt, delays.length - 1)] ?? 1000);
    }
  }
}
