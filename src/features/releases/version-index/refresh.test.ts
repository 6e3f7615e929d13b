import { describe, expect, it } from 'vitest';
import { adoptReread, emptyIndex, previousVersion, type VersionIndex } from './index-model';
import { readEverything, refreshIndex } from './refresh';
import { FakeProject } from './testing';

const signal = new AbortController().signal;
const opts = { signal, now: () => 1 };

async function built(project: FakeProject): Promise<VersionIndex> {
  const index = await readEverything(project.reader(), opts);
  project.pages = [];
  return index;
}

const names = (index: VersionIndex) => index.versions.map((v) => v.name);

describe('the first pass', () => {
  it('reads pages of 100 once, reporting progress after each', async () => {
    const project = new FakeProject(1_050);
    const progress: number[] = [];
    const index = await refreshIndex(emptyIndex(), project.reader(), {
      ...opts,
      onProgress: (i) => progress.push(i.versions.length),
    });
    expect(project.pages).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(progress).toEqual([100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1050]);
    expect(index.index).toMatchObject({ complete: true, total: 1_050, needsReread: false });
    expect(names(index.index).slice(0, 2)).toEqual(['v1050', 'v1049']);
  });

  it('resumes where a stopped pass left off, after catching up with the head', async () => {
    const project = new FakeProject(500);
    let partial = emptyIndex();
    await expect(
      refreshIndex(partial, project.reader(), {
        ...opts,
        onProgress: (i) => {
          partial = i;
          if (i.loadedPages === 2) throw new Error('tab closed');
        },
      }),
    ).rejects.toThrow('tab closed');
    project.add('success');
    project.pages = [];
    const { index } = await refreshIndex(partial, project.reader(), opts);
    expect(project.pages).toEqual([1, 3, 4, 5, 6]);
    expect(index.versions).toHaveLength(501);
    expect(index).toMatchObject({ complete: true, total: 501, needsReread: false });
  });
});

describe('incremental refresh', () => {
  it('reads page 1 only when nothing new came', async () => {
    const project = new FakeProject(10_000);
    const index = await built(project);
    const result = await refreshIndex(index, project.reader(), opts);
    expect(project.pages).toEqual([1]);
    expect(result.changed).toBe(false);
  });

  it('puts new versions in front and reads on until it meets a known one', async () => {
    const project = new FakeProject(1_000);
    const index = await built(project);
    for (let i = 0; i < 150; i++) project.add('success');
    const { index: next, changed } = await refreshIndex(index, project.reader(), opts);
    expect(project.pages).toEqual([1, 2]);
    expect(changed).toBe(true);
    expect(next.versions).toHaveLength(1_150);
    expect(names(next).slice(0, 2)).toEqual(['v1150', 'v1149']);
    expect(next.needsReread).toBe(false);
  });

  it('sees a status change within page 1', async () => {
    const project = new FakeProject(300);
    const index = await built(project);
    project.set('id-290', 'failed');
    const { index: next, changed } = await refreshIndex(index, project.reader(), opts);
    expect(changed).toBe(true);
    expect(next.versions.find((v) => v.id === 'id-290')?.status).toBe('failed');
  });

  it('removes a version deleted within the window at once, without a re-read', async () => {
    const project = new FakeProject(1_000);
    const index = await built(project);
    project.remove('id-995');
    const { index: next } = await refreshIndex(index, project.reader(), opts);
    expect(project.pages).toEqual([1]);
    expect(next.versions.some((v) => v.id === 'id-995')).toBe(false);
    expect(next).toMatchObject({ total: 999, needsReread: false });
  });

  it('asks for a re-read when the total drops deeper than the window', async () => {
    const project = new FakeProject(1_000);
    const index = await built(project);
    project.remove('id-10');
    const { index: next } = await refreshIndex(index, project.reader(), opts);
    expect(next).toMatchObject({ total: 999, needsReread: true });
    expect(next.versions).toHaveLength(1_000);
  });

  it('a new version and a deep delete together: the total is not explained, a re-read is due', async () => {
    const project = new FakeProject(1_000);
    const index = await built(project);
    project.add('success');
    project.remove('id-10');
    const { index: next } = await refreshIndex(index, project.reader(), opts);
    expect(next.versions[0]?.name).toBe('v1001');
    expect(next.needsReread).toBe(true);
  });

  it('follows a version in flight beyond page 1 by its detail, one by one', async () => {
    const project = new FakeProject(1_000);
    project.set('id-20', 'creating');
    const index = await built(project);
    await refreshIndex(index, project.reader(), opts);
    expect(project.pages).toEqual([1]);
    expect(project.follows).toEqual(['id-20']);

    project.set('id-20', 'success');
    const { index: next, changed } = await refreshIndex(index, project.reader(), opts);
    expect(changed).toBe(true);
    expect(next.versions.find((v) => v.id === 'id-20')?.status).toBe('success');
  });

  it('a followed version that is gone leaves the index', async () => {
    const project = new FakeProject(1_000);
    project.set('id-20', 'creating');
    const index = await built(project);
    project.remove('id-20');
    const { index: next } = await refreshIndex(index, project.reader(), opts);
    expect(next.versions.some((v) => v.id === 'id-20')).toBe(false);
    expect(next).toMatchObject({ total: 999, needsReread: false });
  });

  it('does not follow versions in flight that page 1 showed', async () => {
    const project = new FakeProject(1_000);
    project.add('creating');
    const index = await built(project);
    await refreshIndex(index, project.reader(), opts);
    expect(project.follows).toEqual([]);
  });

  it('an empty project stays readable (new versions appear)', async () => {
    const project = new FakeProject(0);
    const index = await built(project);
    expect(index).toMatchObject({ complete: true, total: 0 });
    project.add('creating');
    const { index: next } = await refreshIndex(index, project.reader(), opts);
    expect(names(next)).toEqual(['v1']);
  });
});

describe('the version before', () => {
  it('is the next older one in the index that succeeded', async () => {
    const project = new FakeProject(3);
    const index = await built(project);
    expect(previousVersion(index, 'v3')?.name).toBe('v2');
    expect(previousVersion(index, 'v1')).toBeNull();
    expect(previousVersion(index, 'nope')).toBeNull();
    const failed = index.versions.map((v) => (v.name === 'v2' ? { ...v, status: 'failed' } : v));
    expect(previousVersion({ ...index, versions: failed }, 'v3')?.name).toBe('v1');
  });
});

describe('a background re-read', () => {
  it('replaces the index and keeps what the head found meanwhile in front', async () => {
    const project = new FakeProject(500);
    const old = await built(project);
    project.remove('id-10');
    const reread = await readEverything(project.reader(), { signal, now: () => 2 });
    project.add('creating');
    const { index: current } = await refreshIndex(old, project.reader(), { signal, now: () => 3 });
    const adopted = adoptReread(current, reread);
    expect(adopted.versions[0]?.name).toBe('v501');
    expect(adopted.versions).toHaveLength(500);
    expect(adopted.versions.some((v) => v.id === 'id-10')).toBe(false);
    expect(adopted).toMatchObject({ total: 500, needsReread: false, complete: true });
  });
});
