import { describe, expect, it } from 'vitest';
import { findReleaseBase, isReleaseBaseFor } from './previous-release';

// Zadig's statuses of a delivery version: pkg/setting/consts.go (v5.0.0, DeliveryVersionStatus*).
const v = (name: string, status = 'success', type = 'K8SYaml') => ({ name, status, type });

describe('the base of "what changed since the last release"', () => {
  it('is the last version before that succeeded: a failed one in between is passed over', () => {
    const list = [v('v1.3.0'), v('v1.2.1', 'failed'), v('v1.2.0'), v('v1.1.0')];
    expect(findReleaseBase(list, 'v1.3.0')?.base?.name).toBe('v1.2.0');
  });

  it('passes over versions still creating or retrying, and versions of the other type', () => {
    const list = [
      v('v5', 'success', 'HelmChart'),
      v('v4', 'creating', 'HelmChart'),
      v('v3', 'retrying', 'HelmChart'),
      v('v2', 'success', 'K8SYaml'),
      v('v1', 'success', 'HelmChart'),
    ];
    expect(findReleaseBase(list, 'v5')?.base?.name).toBe('v1');
  });

  it('never looks at newer versions, and says when there is none or the version is not in the list', () => {
    const list = [v('v3'), v('v2'), v('v1', 'failed')];
    expect(findReleaseBase(list, 'v2')).toEqual({ target: v('v2'), base: null });
    expect(findReleaseBase(list, 'nope')).toBeNull();
  });

  it('a failed version itself is compared with the last release before it', () => {
    expect(isReleaseBaseFor(v('v1'), v('v2', 'failed'))).toBe(true);
    expect(isReleaseBaseFor(v('v2'), v('v2'))).toBe(false);
  });
});
