import { describe, expect, it } from 'vitest';
import { createUnauthorizedHandler, TokenPrompt } from './token-prompt';

describe('TokenPrompt', () => {
  it('opens one question for any number of concurrent requests and answers them all', async () => {
    const prompt = new TokenPrompt();
    let opened = 0;
    prompt.subscribe(() => {
      if (prompt.isOpen()) opened++;
    });
    const answers = Promise.all([prompt.request(), prompt.request(), prompt.request()]);
    expect(prompt.isOpen()).toBe(true);
    expect(opened).toBe(1);
    prompt.settle(true);
    expect(await answers).toEqual([true, true, true]);
    expect(prompt.isOpen()).toBe(false);
  });

  it('asks again after an earlier question was answered', async () => {
    const prompt = new TokenPrompt();
    const first = prompt.request();
    prompt.settle(false);
    expect(await first).toBe(false);
    const second = prompt.request();
    expect(prompt.isOpen()).toBe(true);
    prompt.settle(true);
    expect(await second).toBe(true);
  });
});

describe('the 401 handler', () => {
  it('asks when the refused request carried the current token (or none)', async () => {
    const prompt = new TokenPrompt();
    const handler = createUnauthorizedHandler(prompt, () => 'current');
    const answer = handler('current');
    expect(prompt.isOpen()).toBe(true);
    prompt.settle(true);
    expect(await answer).toBe(true);

    const noToken = createUnauthorizedHandler(prompt, () => null)(null);
    expect(prompt.isOpen()).toBe(true);
    prompt.settle(false);
    expect(await noToken).toBe(false);
  });

  it('sends a request refused with an old token again without asking', async () => {
    const prompt = new TokenPrompt();
    const handler = createUnauthorizedHandler(prompt, () => 'new-token');
    expect(await handler('old-token')).toBe(true);
    expect(await handler(null)).toBe(true);
    expect(prompt.isOpen()).toBe(false);
  });
});
