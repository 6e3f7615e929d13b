// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cleanTokenInput,
  forgetToken,
  isTokenRemembered,
  readToken,
  saveToken,
  subscribeToken,
  TOKEN_STORAGE_KEY,
  tokenProblem,
} from './token-store';

afterEach(() => {
  forgetToken();
  sessionStorage.clear();
  localStorage.clear();
});

describe('token store', () => {
  it('keeps a token for this tab by default', () => {
    expect(saveToken('abc123', false)).toBe('session');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc123');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(readToken()).toBe('abc123');
    expect(isTokenRemembered()).toBe(false);
  });

  it('keeps it on this device when asked, and replaces the session copy', () => {
    saveToken('first', false);
    expect(saveToken('second', true)).toBe('device');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('second');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(readToken()).toBe('second');
    expect(isTokenRemembered()).toBe(true);
  });

  it('forgets it everywhere on sign-out and tells listeners', () => {
    const listener = vi.fn();
    const stop = subscribeToken(listener);
    saveToken('abc123', true);
    forgetToken();
    stop();
    expect(readToken()).toBeNull();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('still works, for this page, when storage refuses to keep it', () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    expect(saveToken('in-memory', false)).toBe('memory');
    expect(readToken()).toBe('in-memory');
    setItem.mockRestore();
  });

  it('hears a sign-out in another tab', () => {
    const listener = vi.fn();
    const stop = subscribeToken(listener);
    window.dispatchEvent(new StorageEvent('storage', { key: TOKEN_STORAGE_KEY }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'zrc.locale' }));
    stop();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('cleaning what was pasted', () => {
  it.each([
    ['  abc.def-ghi  ', 'abc.def-ghi'],
    ['Bearer abc', 'abc'],
    ['bearer   abc', 'abc'],
    ['Authorization: Bearer abc', 'abc'],
    ['"abc"', 'abc'],
    ['\nabc\t', 'abc'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanTokenInput(raw)).toBe(clean);
  });

  it('names what is wrong with a token that cannot be right', () => {
    expect(tokenProblem('')).toBe('empty');
    expect(tokenProblem('abc def')).toBe('spaces');
    expect(tokenProblem('abc\ndef')).toBe('spaces');
    expect(tokenProblem('x'.repeat(5000))).toBe('too-long');
    expect(tokenProblem('令牌')).toBe('characters');
    expect(tokenProblem('eyJhbGciOiJIUzI1NiJ9.eyJ1IjoiYSJ9.sig_-')).toBeNull();
  });
});
