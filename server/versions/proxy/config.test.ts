/** VERSIONS_REFRESH_MS, VERSIONS_LIVE_MS and VERSIONS_AUTH_TTL_MS, read as the README's table says. */
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../config';

describe('the versions index settings', () => {
  it('default to 15 s, 5 s and 30 s, and take whole numbers of milliseconds', () => {
    expect(configFromEnv({ ZADIG_URL: 'http://zadig.test' })).toMatchObject({
      versionsRefreshMs: 15_000,
      versionsLiveMs: 5_000,
      versionsAuthTtlMs: 30_000,
    });
    const env = { VERSIONS_REFRESH_MS: '60000', VERSIONS_LIVE_MS: '2000', VERSIONS_AUTH_TTL_MS: '0' };
    expect(configFromEnv(env)).toMatchObject({
      versionsRefreshMs: 60_000,
      versionsLiveMs: 2_000,
      versionsAuthTtlMs: 0,
    });
  });

  it('refuses an interval that would hammer Zadig, naming the variable', () => {
    expect(() => configFromEnv({ VERSIONS_LIVE_MS: '10' })).toThrow(
      /VERSIONS_LIVE_MS must be a whole number ≥ 100/,
    );
    expect(() => configFromEnv({ VERSIONS_REFRESH_MS: 'soon' })).toThrow(/VERSIONS_REFRESH_MS/);
  });
});
