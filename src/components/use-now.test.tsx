// @vitest-environment jsdom
/**
 * Every time on a page reads one clock: one interval however many rows there are, stopped when none
 * is shown, and each tick moves every "… ago" at once. The test gives the rows its own clock (a short
 * tick, a time it sets) instead of waiting for the real 30 s.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n/i18n';
import { TimeText } from './time-text';
import { ClockProvider, createClock } from './use-now';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const MINUTE = 60_000;
const TICK = 7;

describe('the shared clock', () => {
  it('runs one interval for all the times shown, and each tick updates them all', async () => {
    let now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const clock = createClock(TICK, () => now);
    const ours = () => intervals.mock.calls.filter(([, ms]) => ms === TICK).length;
    const { unmount } = render(
      <LocaleProvider initial="en-US">
        <ClockProvider clock={clock}>
          {Array.from({ length: 20 }, (_, i) => (
            <TimeText key={i} value={now - 2 * MINUTE} />
          ))}
        </ClockProvider>
      </LocaleProvider>,
    );
    expect(screen.getAllByText('2 minutes ago')).toHaveLength(20);
    expect(ours()).toBe(1);

    now += 3 * MINUTE;
    expect(await screen.findAllByText('5 minutes ago')).toHaveLength(20);
    expect(ours()).toBe(1);

    const clear = vi.spyOn(globalThis, 'clearInterval');
    const timer = intervals.mock.results[intervals.mock.calls.findIndex(([, ms]) => ms === TICK)]!.value;
    act(() => unmount());
    expect(clear).toHaveBeenCalledWith(timer);
  });
});
