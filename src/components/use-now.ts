import { createContext, createElement, useContext, useSyncExternalStore, type ReactNode } from 'react';

/** A clock that ticks for everything on the page that says how long ago something was. */
export interface Clock {
  /** The time of the last tick (ms since the epoch). */
  now: () => number;
  subscribe: (listener: () => void) => () => void;
}

/** Relative times move by the minute: a tick every 30 s keeps "2 minutes ago" true. */
export const CLOCK_TICK_MS = 30_000;

/**
 * One interval for all its readers (however many rows show a time), running only while someone reads
 * it. `tickMs` and `read` are for tests, which never wait for a real interval.
 */
export function createClock(tickMs = CLOCK_TICK_MS, read: () => number = Date.now): Clock {
  let now = read();
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    now: () => now,
    subscribe(listener) {
      listeners.add(listener);
      if (!timer) {
        now = read();
        timer = setInterval(() => {
          now = read();
          listeners.forEach((l) => l());
        }, tickMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer) {
          clearInterval(timer);
          timer = undefined;
        }
      };
    },
  };
}

const ClockContext = createContext<Clock>(createClock());

/** Gives the times below it another clock (a test's). */
export function ClockProvider({ clock, children }: { clock: Clock; children: ReactNode }) {
  return createElement(ClockContext.Provider, { value: clock }, children);
}

/** The shared clock's time: re-renders its reader at each tick. */
export function useNow(): number {
  const clock = useContext(ClockContext);
  return useSyncExternalStore(clock.subscribe, clock.now, clock.now);
}
