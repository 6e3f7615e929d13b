// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { failedModuleUrl, loadModule, retryingImport } from './retrying-import';

afterEach(() => {
  vi.useRealTimers();
});

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

  it('imports a module the browser remembers as failed under a fresh address', async () => {
    vi.useFakeTimers();
    const here = window.location.origin;
    const failure = new TypeError(`Failed to fetch dynamically imported module: ${here}/assets/page-abc.js`);
    // The browser keeps answering the first failure, without a request.
    const load = vi.fn<() => Promise<string>>().mockRejectedValue(failure);
    const importUrl = vi
      .fn<(url: string) => Promise<unknown>>()
      .mockRejectedValueOnce(new TypeError('still down'))
      .mockResolvedValue('fresh module');
    const loaded = retryingImport(load, { delays: [1000], importUrl });
    await vi.advanceTimersByTimeAsync(2500);
    await expect(loaded).resolves.toBe('fresh module');
    expect(importUrl.mock.calls.map(([url]) => url)).toEqual([
      `${here}/assets/page-abc.js?retry=1`,
      `${here}/assets/page-abc.js?retry=2`,
    ]);
  });

  it('names only a script of this site as the module to fetch again', () => {
    const here = window.location.origin;
    const named = (message: string) => failedModuleUrl(new TypeError(message));
    expect(named(`Failed to fetch dynamically imported module: ${here}/assets/a-1.js`)).toBe(
      `${here}/assets/a-1.js`,
    );
    expect(named(`error loading dynamically imported module: ${here}/assets/a-1.js?retry=2`)).toBe(
      `${here}/assets/a-1.js`,
    );
    expect(named('Failed to fetch dynamically imported module: https://evil.example/x.js')).toBeNull();
    expect(named('Importing a module script failed.')).toBeNull();
    expect(named('Unable to preload CSS for /assets/a.css')).toBeNull();
  });

  it('keeps using the fresh address that loaded', async () => {
    const here = window.location.origin;
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValue(new TypeError(`Failed to fetch dynamically imported module: ${here}/assets/n.js`));
    const importUrl = vi.fn<(url: string) => Promise<unknown>>().mockResolvedValue('n');
    await expect(loadModule(load, importUrl)).resolves.toBe('n');
    await expect(loadModule(load, importUrl)).resolves.toBe('n');
    expect(importUrl).toHaveBeenCalledTimes(1);
  });

  it('rejects with the load’s own error while the module cannot be fetched', async () => {
    const here = window.location.origin;
    const failure = new TypeError(`Failed to fetch dynamically imported module: ${here}/assets/m.js`);
    const importUrl = vi.fn<(url: string) => Promise<unknown>>().mockRejectedValue(new TypeError('down'));
    await expect(loadModule(() => Promise.reject(failure), importUrl)).rejects.toBe(failure);
    await expect(loadModule(() => Promise.reject(failure), importUrl)).rejects.toBe(failure);
    expect(importUrl.mock.calls.map(([url]) => url)).toEqual([
      `${here}/assets/m.js?retry=1`,
      `${here}/assets/m.js?retry=2`,
    ]);
  });
});
