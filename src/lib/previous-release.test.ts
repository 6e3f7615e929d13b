import { describe, expect, it } from 'vitest';
import { isReleaseBaseFor, lastReleaseBefore, releaseBaseFilters } from './previous-release';

// Zadig's statuses of a delivery version: pkg/setting/consts.go (v5.0.0, DeliveryVersionStatus*).
let clock = 100;
const v = (name: string, status = 'success', type = 'K8SYaml') => ({
  name,
  status,
  type,
  createdAt: clock--,
});

describe('the base of "what changed since the last release"', () => {
  it('is the last version before that succeeded: a failed one in between is passed over', () => {
    const list = [v('v1.3.0'), v('v1.2.1', 'failed'), v('v1.2.0'), v('v1.1.0')];
    expect(lastReleaseBefore(list, list[0]!)?.name).toBe('v1.2.0');
  });

  it('passes over versions still creating or retrying, and versions of the other type', () => {
    const list = [
      v('v5', 'success', 'HelmChart'),
      v('v4', 'creating', 'HelmChart'),
      v('v3', 'retrying', 'HelmChart'),
      v('v2', 'success', 'K8SYaml'),
      v('v1', 'success', 'HelmChart'),
    ];
    expect(lastReleaseBefore(list, list[0]!)?.name).toBe('v1');
  });

  it('never looks at newer versions, and says when there is none', () => {
    const list = [v('v3'), v('v2'), v('v1', 'failed')];
    expect(lastReleaseBefore(list, list[1]!)).toBeNull();
  });

  it('finds the base in a list without the target (the server filtered it out) by creation time', () => {
    const failed = v('v2', 'failed');
    const older = v('v1');
    const newer = { ...v('v3'), createdAt: failed.createdAt + 10 };
    expect(lastReleaseBefore([newer, older], failed)?.name).toBe('v1');
  });

  it('a failed version itself is compared with the last release before it', () => {
    const [v2, v1] = [v('v2', 'failed'), v('v1')];
    expect(isReleaseBaseFor(v1, v2)).toBe(true);
    expect(isReleaseBaseFor(v2, v2)).toBe(false);
  });

  it('asks the server for successful versions of the same type only', () => {
    expect(releaseBaseFilters({ type: 'HelmChart' })).toEqual({ status: ['success'], type: 'HelmChart' });
  });
});
