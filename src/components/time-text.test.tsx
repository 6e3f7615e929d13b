// @vitest-environment jsdom
/**
 * A time in a row says how long ago it was; the exact time is formatted only when the user asks for it
 * (pointer or focus), so a page of rows builds no date-time formatter on its first render.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LocaleProvider } from '../i18n/i18n';
import * as time from '../lib/time';
import { TimeText } from './time-text';

vi.mock('../lib/time', async (importOriginal) => {
  const original = await importOriginal<typeof import('../lib/time')>();
  return { ...original, formatExact: vi.fn(original.formatExact) };
});

/** What antd's tooltip asks of the browser and jsdom lacks. */
function installDomShims() {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

afterEach(() => {
  cleanup();
  vi.mocked(time.formatExact).mockClear();
});

describe('TimeText', () => {
  it('formats the exact time only when its tooltip is asked for', async () => {
    installDomShims();
    const at = Date.UTC(2024, 3, 24, 3, 16, 17);
    render(
      <LocaleProvider initial="en-US">
        <TimeText value={at} />
      </LocaleProvider>,
    );
    const shown = screen.getByText(/ago$/);
    expect(shown.getAttribute('datetime')).toBe(new Date(at).toISOString());
    expect(time.formatExact).not.toHaveBeenCalled();

    await userEvent.hover(shown);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip.textContent).toContain(time.formatExact(at, 'en-US'));
  });
});
