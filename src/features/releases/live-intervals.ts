/**
 * How often what is live is read again (ms) when the project's event stream is not open (the stream is
 * the live path; polling is only its fallback), and how soon a closed stream is opened again. Zadig's
 * own workers look at a version in flight every 5 s: the console asks no more often than that. Given to
 * the pages by `LiveIntervalsContext`, so a test sets its own instead of waiting for these.
 */
import { createContext, useContext } from 'react';

export interface LiveIntervals {
  /** A list page or a detail that shows a version in flight. */
  live: number;
  /** Otherwise: a version changed or deleted elsewhere still shows within this long. */
  idle: number;
  /** A stream that ended (or could not open) is opened again after this long. */
  reconnect: number;
}

export const LIVE_INTERVAL = 5_000;
export const IDLE_INTERVAL = 10_000;

export const DEFAULT_LIVE_INTERVALS: LiveIntervals = {
  live: LIVE_INTERVAL,
  idle: IDLE_INTERVAL,
  reconnect: 5_000,
};

export const LiveIntervalsContext = createContext<LiveIntervals>(DEFAULT_LIVE_INTERVALS);

export function useLiveIntervals(): LiveIntervals {
  return useContext(LiveIntervalsContext);
}
