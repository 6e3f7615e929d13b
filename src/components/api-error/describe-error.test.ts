import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse } from '../../api/errors';
import { describeError, isNotFound } from './error-view';

describe('describeError', () => {
  it('shows a Zadig 400 with the server description and no retry', () => {
    const p = describeError(
      errorFromResponse(
        400,
        'Bad Request',
        '{"type":"error","code":6562,"message":"delete failed","description":"locked"}',
      ),
    );
    expect(p).toMatchObject({
      kind: 'bad-request',
      retryable: false,
      serverText: 'locked',
      needsToken: false,
    });
  });

  it('asks for a token on 401 and says no permission on 403 (empty bodies)', () => {
    expect(describeError(errorFromResponse(401, 'Unauthorized', ''))).toMatchObject({
      kind: 'unauthorized',
      needsToken: true,
      retryable: false,
      serverText: '',
    });
    expect(describeError(errorFromResponse(403, 'Forbidden', ''))).toMatchObject({
      kind: 'forbidden',
      retryable: false,
    });
  });

  it('offers retry for 5xx, network, timeout and odd answers', () => {
    expect(
      describeError(
        errorFromResponse(500, '', '{"code":500,"message":"Internal Error: ","description":"db down"}'),
      ),
    ).toMatchObject({ kind: 'server', retryable: true, serverText: 'db down' });
    expect(
      describeError(new ApiError({ status: 0, message: 'Failed to fetch', kind: 'network' })),
    ).toMatchObject({
      kind: 'network',
      retryable: true,
      serverText: '',
    });
    expect(describeError(new ApiError({ status: 0, message: 'timeout', kind: 'timeout' })).retryable).toBe(
      true,
    );
    expect(
      describeError(
        new ApiError({
          status: 200,
          message: 'invalid-response',
          kind: 'invalid-response',
          detail: 'list.0.id',
        }),
      ),
    ).toMatchObject({ kind: 'invalid-response', retryable: true, detail: 'list.0.id', serverText: '' });
  });

  it('does not present "HTTP 502" as something the server said', () => {
    expect(describeError(errorFromResponse(502, '', '')).serverText).toBe('');
  });

  it('treats anything else as unknown but retryable', () => {
    expect(describeError(new Error('boom'))).toMatchObject({ kind: 'unknown', retryable: true });
    expect(
      isNotFound(errorFromResponse(404, 'Not Found', '{"code":6563,"message":"version not found"}')),
    ).toBe(true);
    // A route the server does not have (gin's 404/405) says nothing about the version.
    expect(isNotFound(errorFromResponse(404, 'Not Found', 'Invalid path: /x'))).toBe(false);
    expect(isNotFound(errorFromResponse(405, '', 'Method not allowed: GET /x'))).toBe(false);
    expect(isNotFound(new Error('x'))).toBe(false);
  });
});
