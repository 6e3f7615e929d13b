import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { emptyIndex, type VersionIndex } from './index-model';
import {
  clearIndexes,
  loadIndex,
  resetIndexStore,
  saveIndex,
  tokenIdentity,
  type IndexScope,
} from './index-store';
import { summary } from './testing';

const index = (n: number): VersionIndex => ({
  ...emptyIndex(),
  versions: Array.from({ length: n }, (_, i) => summary(i + 1)),
  total: n,
  complete: true,
  loadedPages: 1,
});

beforeEach(async () => {
  resetIndexStore();
  await clearIndexes();
});

describe('stored indexes', () => {
  it('keep one index per host, project and token, and give it back', async () => {
    const alice: IndexScope = {
      host: 'zadig.a',
      projectKey: 'shop',
      identity: await tokenIdentity('alice-token'),
    };
    await saveIndex(alice, index(3));
    expect((await loadIndex(alice))?.versions).toHaveLength(3);
    expect(await loadIndex({ ...alice, host: 'zadig.b' })).toBeNull();
    expect(await loadIndex({ ...alice, projectKey: 'other' })).toBeNull();
  });

  it('never give one token the index another token built', async () => {
    const alice: IndexScope = { host: 'h', projectKey: 'p', identity: await tokenIdentity('alice-token') };
    const bob: IndexScope = { ...alice, identity: await tokenIdentity('bob-token') };
    await saveIndex(alice, index(5));
    expect(await loadIndex(bob)).toBeNull();
    await saveIndex(bob, index(2));
    expect((await loadIndex(alice))?.versions).toHaveLength(5);
    expect((await loadIndex(bob))?.versions).toHaveLength(2);
  });

  it('key by a hash of the token, never the token itself', async () => {
    const id = await tokenIdentity('secret-token-123');
    expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(id).not.toContain('secret-token-123');
    expect(await tokenIdentity('secret-token-123')).toBe(id);
    expect(await tokenIdentity(null)).toBe('no-token');
  });

  it('keep indexes of page-memory identities out of storage', async () => {
    const scope: IndexScope = { host: 'h', projectKey: 'p', identity: 'memory:1' };
    await saveIndex(scope, index(2));
    expect(await loadIndex(scope)).toBeNull();
  });
});
