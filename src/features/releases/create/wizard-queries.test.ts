import { describe, expect, it } from 'vitest';
import type { ReleaseSummary } from '../../../api/model';
import {
  HISTORY_SIZE,
  isPartial,
  nameScope,
  overwriteScope,
  PUSHED_HISTORY_DEPTH,
  toHistory,
  versionsToRead,
} from './wizard-queries';

/** The server's first page of `HISTORY_SIZE` of a project of `total` versions, newest first. */
function firstPage(total: number, done = true) {
  const items: ReleaseSummary[] = Array.from({ length: Math.min(total, HISTORY_SIZE) }, (_, i) => ({
    id: `id-${total - i}`,
    name: `v${total - i}`,
    type: 'K8SYaml',
    source: 'manual',
    status: 'success',
    labels: [],
    description: '',
    createdBy: '',
    createdAt: total - i,
  }));
  return { items, total, labels: [], progress: { loaded: total, total, done } };
}

describe('the wizard’s history (the newest page of the server’s list)', () => {
  it('of 10,000 versions says it saw part of them', () => {
    const history = toHistory(firstPage(10_000));
    expect(history).toMatchObject({ complete: false, total: 10_000 });
    expect(history.versions.map((v) => v.name).slice(0, 2)).toEqual(['v10000', 'v9999']);
    expect(nameScope(history)).toEqual({ checked: HISTORY_SIZE, total: 10_000 });
    expect(isPartial(nameScope(history))).toBe(true);
  });

  it('of a small project is the whole history, unless the server is still reading it', () => {
    expect(toHistory(firstPage(50))).toMatchObject({ complete: true, total: 50 });
    expect(isPartial(nameScope(toHistory(firstPage(50))))).toBe(false);
    expect(toHistory(firstPage(50, false)).complete).toBe(false);
  });
});

describe('overwriteScope', () => {
  it('counts the latest versions whose details were read, of the project’s total', async () => {
    const history = toHistory(firstPage(10_000));
    const toRead = versionsToRead(history.versions);
    expect(toRead).toHaveLength(PUSHED_HISTORY_DEPTH);
    const read = new Set(toRead.map((v) => v.id));
    expect(overwriteScope(history, read)).toEqual({ checked: 20, total: 10_000 });
    // A detail that could not be read: the versions from there on were not looked at.
    read.delete(toRead[5]!.id);
    expect(overwriteScope(history, read)).toEqual({ checked: 5, total: 10_000 });
  });

  it('is the whole project when every version was read', async () => {
    const history = toHistory(firstPage(12));
    const read = new Set(versionsToRead(history.versions).map((v) => v.id));
    expect(overwriteScope(history, read)).toEqual({ checked: 12, total: 12 });
    expect(isPartial(overwriteScope(history, read))).toBe(false);
  });
});
