import { describe, expect, it } from 'vitest';
import { formatExact, formatRelative, toIso } from './time';

const NOW = Date.UTC(2024, 3, 24, 12, 0, 0);

describe('formatRelative', () => {
  it('says "now" for the last 45 seconds and for a clock slightly ahead', () => {
    expect(formatRelative(NOW - 10_000, NOW, 'en-US')).toBe('now');
    expect(formatRelative(NOW + 5_000, NOW, 'en-US')).toBe('now');
    expect(formatRelative(NOW - 10_000, NOW, 'zh-CN')).toBe('现在');
  });

  it('picks the largest unit that fits, in the given language', () => {
    expect(formatRelative(NOW - 5 * 60_000, NOW, 'en-US')).toBe('5 minutes ago');
    expect(formatRelative(NOW - 5 * 60_000, NOW, 'zh-CN')).toBe('5分钟前');
    expect(formatRelative(NOW - 3 * 3600_000, NOW, 'en-US')).toBe('3 hours ago');
    expect(formatRelative(NOW - 24 * 3600_000, NOW, 'en-US')).toBe('yesterday');
    expect(formatRelative(NOW - 2 * 24 * 3600_000, NOW, 'zh-CN')).toBe('前天');
    expect(formatRelative(NOW - 400 * 24 * 3600_000, NOW, 'en-US')).toBe('last year');
    expect(formatRelative(NOW - 60 * 24 * 3600_000, NOW, 'en-US')).toBe('2 months ago');
  });

  it('handles future times', () => {
    expect(formatRelative(NOW + 2 * 3600_000, NOW, 'en-US')).toBe('in 2 hours');
  });
});

describe('formatExact', () => {
  it('shows date, time with seconds and the zone, in the given zone', () => {
    const text = formatExact(NOW, 'en-US', 'Asia/Shanghai');
    expect(text).toContain('Apr 24, 2024');
    expect(text).toContain('08:00:00');
    expect(text).toMatch(/GMT\+8/);
  });

  it('uses the locale for Chinese', () => {
    const text = formatExact(NOW, 'zh-CN', 'UTC');
    expect(text).toContain('2024年4月24日');
    expect(text).toContain('12:00:00');
    expect(text).toContain('UTC');
  });

  it('differs between time zones for the same instant', () => {
    expect(formatExact(NOW, 'en-US', 'UTC')).not.toBe(formatExact(NOW, 'en-US', 'America/New_York'));
  });
});

describe('toIso', () => {
  it('is ISO 8601 in UTC', () => {
    expect(toIso(NOW)).toBe('2024-04-24T12:00:00.000Z');
  });
});
