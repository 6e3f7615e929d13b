import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReleaseSummary } from '../../../api/model';
import {
  chartScope,
  checkName,
  HISTORY_SIZE,
  indexScope,
  isPartial,
  NAME_CHECK_PAGES,
  NAME_CHECK_SIZE,
  overwriteScope,
  PUSHED_HISTORY_DEPTH,
  toHistory,
  versionsToRead,
} from './wizard-queries';

function summary(name: string, createdAt: number): ReleaseSummary {
  return {
    id: `id-${name}`,
    name,
    type: 'K8SYaml',
    source: 'manual',
    status: 'success',
    labels: [],
    description: '',
    createdBy: '',
    createdAt,
  };
}

/** The server's first page of `HISTORY_SIZE` of a project of `total` versions, newest first. */
function firstPage(total: number, done = true) {
  const items = Array.from({ length: Math.min(total, HISTORY_SIZE) }, (_, i) =>
    summary(`v${total - i}`, total - i),
  );
  return { items, total, labels: [], progress: { loaded: total, total, done } };
}

describe('the wizard’s history (the newest page of the server’s list)', () => {
  it('of 10,000 versions says it saw part of them', () => {
    const history = toHistory(firstPage(10_000));
    expect(history).toMatchObject({ complete: false, total: 10_000 });
    expect(history.versions.map((v) => v.name).slice(0, 2)).toEqual(['v10000', 'v9999']);
    expect(chartScope(history)).toEqual({ checked: HISTORY_SIZE, total: 10_000 });
    expect(isPartial(chartScope(history))).toBe(true);
  });

  it('of a small project is the whole history, unless the server is still reading it', () => {
    expect(toHistory(firstPage(50))).toMatchObject({ complete: true, total: 50 });
    expect(isPartial(chartScope(toHistory(firstPage(50))))).toBe(false);
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

/**
 * The console server's list for the name check: `names` newest first, filtered as the server filters
 * (`q`: part of the name, case-insensitive), with the index's `progress`; every URL asked is kept.
 */
function serveNames(names: string[], progress = { loaded: names.length, total: names.length, done: true }) {
  const asked: URL[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost');
      asked.push(url);
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('size'));
      const found = names.filter((n) => n.toLowerCase().includes(q));
      const items = found.slice((page - 1) * size, page * size).map((n, i) => summary(n, -i));
      const body = { items, total: found.length, labels: [], progress };
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return asked;
}

describe('checkName (the typed name against the whole project, through the server)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks the server for the name and finds it however deep it is, in one small page', async () => {
    const names = Array.from({ length: 10_000 }, (_, i) => `build-${String(10_000 - i).padStart(5, '0')}`);
    const asked = serveNames(names);
    expect(await checkName('big', 'build-01000')).toEqual({
      name: 'build-01000',
      taken: true,
      scope: { checked: 10_000, total: 10_000 },
      done: true,
    });
    expect(asked).toHaveLength(1);
    expect(asked[0]!.pathname).toBe('/api/projects/big/versions');
    expect(Object.fromEntries(asked[0]!.searchParams)).toEqual({
      page: '1',
      size: String(NAME_CHECK_SIZE),
      q: 'build-01000',
    });
    expect((await checkName('big', 'build-10001')).taken).toBe(false);
  });

  it('takes only the exact name: Zadig’s unique index compares names case-sensitively', async () => {
    serveNames(['v1.0.0-rc1', 'V1.0.0', 'v1.0.0.1']);
    const check = await checkName('p', 'v1.0.0');
    expect(check).toMatchObject({ taken: false, scope: { checked: 3, total: 3 } });
    expect(isPartial(check.scope)).toBe(false);
    expect((await checkName('p', 'V1.0.0')).taken).toBe(true);
  });

  it('looks through the pages of a name many versions contain, and counts the matches left as unchecked', async () => {
    const many = NAME_CHECK_SIZE * NAME_CHECK_PAGES + 30;
    const names = Array.from({ length: many }, (_, i) => `v1.${many - i}`);
    let asked = serveNames([...names, 'v1']);
    expect(await checkName('p', 'v1')).toMatchObject({
      taken: false,
      scope: { checked: NAME_CHECK_SIZE * NAME_CHECK_PAGES, total: many + 1 },
    });
    expect(asked).toHaveLength(NAME_CHECK_PAGES);
    // Found on the third page: no further page is read.
    const third = NAME_CHECK_SIZE * 2 + 5;
    asked = serveNames([...names.slice(0, third), 'v1', ...names.slice(third)]);
    expect((await checkName('p', 'v1')).taken).toBe(true);
    expect(asked.map((u) => u.searchParams.get('page'))).toEqual(['1', '2', '3']);
  });

  it('covers what the server has read of the project while it is still reading', async () => {
    serveNames(['v9', 'v8'], { loaded: 4_000, total: 10_000, done: false });
    const check = await checkName('p', 'v7');
    expect(check).toEqual({
      name: 'v7',
      taken: false,
      scope: { checked: 4_000, total: 10_000 },
      done: false,
    });
    expect(isPartial(check.scope)).toBe(true);
    expect(indexScope({ loaded: 10_000, total: 10_000, done: true })).toEqual({
      checked: 10_000,
      total: 10_000,
    });
  });
});
