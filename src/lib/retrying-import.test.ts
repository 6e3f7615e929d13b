// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { retryingImport } from './retrying-import';

afterEach(() => vi.useRealTimers());

describe('retryingImport', () => {
  it('tries again after a failed load and returns the module once it loads', async () => {
    vi.useFakeTimers();
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue('module');
    const loaded = retryingImport(load, { delays: [1000] });
    await vi.advanceTimersByTimeAsync(2000);
    await expect(loaded).resolves.toBe('module');
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('tries again at once when the browser comes back online', async () => {
    vi.useFakeTimers();
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue('ok');
    const loaded = retryingImport(load, { delays: [60_000] });
    await vi.advanceTimersByTimeAsync(0);
    window.dispatchEvent(new Event('online'));
    await expect(loaded).resolves.toBe('ok');
  });

  it('gives up after the time limit, with the load’s own error', async () => {
    vi.useFakeTimers();
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(new Error('gone'));
    const loaded = retryingImport(load, { delays: [1000], giveUpMs: 3000 });
    const settled = expect(loaded).rejects.toThrow('gone');
    await vi.advanceTimersByTimeAsync(5000);
    await settled;
  });
});
