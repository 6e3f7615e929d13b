import { describe, expect, it } from 'vitest';
import { bumpPatch, isChartVersion, latestChartVersion } from './history';

describe('isChartVersion', () => {
  it('reads three-part, two-part, prefixed and pre-release versions', () => {
    for (const good of ['1.2.3', '1.83', 'v0.1.0', '1.2.3-rc.1+build.5', ' 1.2.3 ', 'v1.83-rc.1']) {
      expect(isChartVersion(good), good).toBe(true);
    }
  });

  it('rejects what is not a version', () => {
    for (const bad of ['', '1', 'a.b.c', '01.2.3', '1.2.3.4', '1..2', '1.2.3-', 'latest', '1.2.3 beta']) {
      expect(isChartVersion(bad), bad).toBe(false);
    }
  });
});

describe('latestChartVersion', () => {
  it('orders numerically, not as text', () => {
    expect(latestChartVersion(['1.9.0', '1.10.0'])).toBe('1.10.0');
    expect(latestChartVersion(['10.0.0', '2.0.0'])).toBe('10.0.0');
    expect(latestChartVersion(['1.83', '1.83.0'])).toBe('1.83');
  });

  it('puts pre-releases before their release', () => {
    expect(latestChartVersion(['1.0.0', '1.0.0-rc.1'])).toBe('1.0.0');
    expect(latestChartVersion(['1.0.0-rc.10', '1.0.0-rc.2'])).toBe('1.0.0-rc.10');
    expect(latestChartVersion(['1.0.0-1', '1.0.0-alpha'])).toBe('1.0.0-alpha');
  });

  it('finds the highest version and ignores junk', () => {
    expect(latestChartVersion(['3.4.6', '3.4.13', 'junk', '1.83', '3.4.13-rc.1'])).toBe('3.4.13');
    expect(latestChartVersion(['nope', ''])).toBeNull();
    expect(latestChartVersion([])).toBeNull();
  });
});

describe('bumpPatch', () => {
  it('suggests the next patch', () => {
    expect(bumpPatch('3.4.13')).toBe('3.4.14');
    expect(bumpPatch('0.0.9')).toBe('0.0.10');
    expect(bumpPatch('v1.2.3')).toBe('v1.2.4');
  });

  it('gives two-part versions a patch part', () => {
    expect(bumpPatch('1.83')).toBe('1.83.1');
  });

  it('releases a pre-release and drops build metadata', () => {
    expect(bumpPatch('1.2.3-rc.1')).toBe('1.2.3');
    expect(bumpPatch('1.2.3+build.7')).toBe('1.2.4');
  });

  it('answers null for what is not a version', () => {
    expect(bumpPatch('latest')).toBeNull();
    expect(bumpPatch('')).toBeNull();
  });
});
