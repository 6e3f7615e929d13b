import { describe, expect, it } from 'vitest';
import { appendPage, emptyIndex, type VersionIndex } from '../version-index/index-model';
import { FakeProject } from '../version-index/testing';
import {
  HISTORY_WINDOW_PAGES,
  isPartial,
  nameScope,
  overwriteScope,
  PUSHED_HISTORY_DEPTH,
  readVersionHistory,
  versionsToRead,
} from './wizard-queries';

const signal = new AbortController().signal;

/** A complete index of the project as it is now. */
function indexOf(project: FakeProject): VersionIndex {
  const all = project.newestFirst();
  let index = emptyIndex();
  for (let page = 1; (page - 1) * 100 < all.length; page++) {
    index = appendPage(index, page, all.slice((page - 1) * 100, page * 100), all.length, 0);
  }
  return index;
}

function sources(project: FakeProject, known: VersionIndex | null = null) {
  return { page: project.reader().page, knownIndex: async () => known };
}

describe('readVersionHistory', () => {
  it('without an index reads the newest pages only, and says it saw part of 10,000', async () => {
    const project = new FakeProject(10_000);
    const history = await readVersionHistory(sources(project), signal);
    expect(project.pages).toEqual([1, 2]);
    expect(project.pages.length).toBe(HISTORY_WINDOW_PAGES);
    expect(history.complete).toBe(false);
    expect(history.total).toBe(10_000);
    expect(history.versions.map((v) => v.name).slice(0, 2)).toEqual(['v10000', 'v9999']);
    expect(nameScope(history)).toEqual({ checked: 200, total: 10_000 });
    expect(isPartial(nameScope(history))).toBe(true);
  });

  it('reads a small project to its end: the whole history', async () => {
    const project = new FakeProject(150);
    const history = await readVersionHistory(sources(project), signal);
    expect(project.pages).toEqual([1, 2]);
    expect(history).toMatchObject({ complete: true, total: 150 });
    expect(isPartial(nameScope(history))).toBe(false);
  });

  it('with a complete index, reads page 1 only and knows every name, new ones and deletes included', async () => {
    const project = new FakeProject(10_000);
    const known = indexOf(project);
    const added = project.add('success');
    project.remove('id-9999');
    const history = await readVersionHistory(sources(project, known), signal);
    expect(project.pages).toEqual([1]);
    expect(history.complete).toBe(true);
    expect(history.versions).toHaveLength(10_000);
    expect(history.versions[0]!.name).toBe(added.name);
    const names = new Set(history.versions.map((v) => v.name));
    expect(names.has('v1')).toBe(true); // the oldest, 100 pages deep
    expect(names.has('v9999')).toBe(false);
    expect(nameScope(history)).toEqual({ checked: 10_000, total: 10_000 });
  });

  it('with an index older than the window (more new versions than pages read), falls back to the window', async () => {
    const project = new FakeProject(300);
    const known = indexOf(project);
    for (let i = 0; i < 250; i++) project.add('success');
    const history = await readVersionHistory(sources(project, known), signal);
    expect(project.pages).toEqual([1, 2]);
    expect(history).toMatchObject({ complete: false, total: 550 });
    expect(history.versions).toHaveLength(200);
  });
});

describe('overwriteScope', () => {
  it('counts the latest versions whose details were read, of the project’s total', async () => {
    const project = new FakeProject(10_000);
    const history = await readVersionHistory(sources(project), signal);
    const toRead = versionsToRead(history.versions);
    expect(toRead).toHaveLength(PUSHED_HISTORY_DEPTH);
    const read = new Set(toRead.map((v) => v.id));
    expect(overwriteScope(history, read)).toEqual({ checked: 20, total: 10_000 });
    // A detail that could not be read: the versions from there on were not looked at.
    read.delete(toRead[5]!.id);
    expect(overwriteScope(history, read)).toEqual({ checked: 5, total: 10_000 });
  });

  it('is the whole project when every version was read', async () => {
    const project = new FakeProject(12);
    const history = await readVersionHistory(sources(project), signal);
    const read = new Set(versionsToRead(history.versions).map((v) => v.id));
    expect(overwriteScope(history, read)).toEqual({ checked: 12, total: 12 });
    expect(isPartial(overwriteScope(history, read))).toBe(false);
  });
});
