import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { refusedRetryStatus, retryNews } from './retry-refusal';

// Zadig's words: pkg/microservice/aslan/core/delivery/service/version_v2.go
// (`fmt.Errorf("can't reCreate version with status:%s", deliveryVersion.Status)`).
const refusal = (status: string, where: 'message' | 'description' = 'description') =>
  new ApiError({
    status: 400,
    code: 6095,
    message: where === 'message' ? `can't reCreate version with status:${status}` : 'Bad Request',
    description: where === 'description' ? `can't reCreate version with status:${status}` : '',
  });

describe('a refused retry', () => {
  it('reads the status Zadig found, from the message or the description', () => {
    expect(refusedRetryStatus(refusal('retrying'))).toBe('retrying');
    expect(refusedRetryStatus(refusal('creating', 'message'))).toBe('creating');
  });

  it('is news while the version runs or once it succeeded, an error otherwise', () => {
    expect(retryNews(refusal('retrying'))).toBe('running');
    expect(retryNews(refusal('creating'))).toBe('running');
    expect(retryNews(refusal('success'))).toBe('finished');
    expect(retryNews(refusal('failed'))).toBeNull();
    expect(retryNews(new ApiError({ status: 400, message: 'bad', description: 'bad input' }))).toBeNull();
    expect(
      retryNews(new ApiError({ status: 500, message: "can't reCreate version with status:retrying" })),
    ).toBeNull();
    expect(retryNews(new Error("can't reCreate version with status:retrying"))).toBeNull();
  });
});
