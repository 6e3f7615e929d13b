// @vitest-environment jsdom
/** Which failed reads the console tries again by itself. */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { createQueryClient } from './query-client';

async function callsUntilFailed(error: ApiError): Promise<number> {
  const client = createQueryClient({ recoverMs: 60_000 });
  const calls: number[] = [];
  const fail = (): never => {
    calls.push(1);
    throw error;
  };
  await client.fetchQuery({ queryKey: ['probe'], queryFn: fail, retryDelay: 0 }).catch(() => undefined);
  client.clear();
  return calls.length;
}

describe('the query client', () => {
  it('tries a gateway error or a lost connection twice more', async () => {
    expect(await callsUntilFailed(new ApiError({ status: 502, message: 'Bad Gateway' }))).toBe(3);
    expect(await callsUntilFailed(new ApiError({ status: 0, message: 'Failed to fetch' }))).toBe(3);
  });

  it('says a timeout at once: the server already waited as long as it allows', async () => {
    expect(await callsUntilFailed(new ApiError({ status: 504, message: 'Gateway Timeout' }))).toBe(1);
  });

  it('never tries a refusal again', async () => {
    expect(await callsUntilFailed(new ApiError({ status: 403, message: 'Forbidden' }))).toBe(1);
  });
});
