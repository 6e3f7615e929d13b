/** Cache writers: every read of a project is under one prefix, written in its shape, never thrown on. */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReleaseDetail, ReleaseSummary } from '../../api/model';
import { patchStatus, patchVersion, removeFromLists, restore, snapshot } from './cache';
import { keepInFlight, releaseQueries, versionQuery } from './queries';
import { wizardQueries } from './create/wizard-queries';

function summary(id: string, status = 'failed'): ReleaseSummary {
  return {
    id,
    name: `v-${id}`,
    type: 'K8SYaml',
    source: 'manual',
    status,
    labels: [],
    description: '',
    createdBy: '',
    createdAt: 1,
  };
}

const progress = { loaded: 2, total: 2, done: true };
const pageKey = releaseQueries.list('p', versionQuery()).queryKey;
const failedKey = releaseQueries.list('p', versionQuery({ status: ['failed'] })).queryKey;
const detailKey = releaseQueries.detail({ projectKey: 'p', id: 'a', name: 'v-a' }).queryKey;

function seeded() {
  const client = new QueryClient();
  const list = { items: [summary('a'), summary('b')], total: 2, labels: [], progress };
  client.setQueryData(pageKey, list);
  client.setQueryData(failedKey, list);
  const detail: ReleaseDetail = {
    ...summary('a'),
    projectKey: 'p',
    envName: '',
    production: false,
    error: '',
    imageRegistryId: '',
    chartRepoName: '',
    services: [],
  };
  client.setQueryData(detailKey, detail);
  return client;
}

describe('release cache', () => {
  it('the wizard reads the list page’s family: one patch reaches it too', () => {
    expect(wizardQueries.versions('p').queryKey.slice(0, 3)).toEqual(releaseQueries.lists('p'));
  });

  it('patches a status in every list and the detail, and a snapshot puts all of them back', () => {
    const client = seeded();
    const saved = snapshot(client, 'p');
    patchStatus(client, 'p', 'a', 'retrying');
    const statuses = () =>
      client
        .getQueriesData({ queryKey: releaseQueries.project('p') })
        .map(([, data]) => JSON.stringify(data).match(/"status":"\w+"/)?.[0]);
    expect(statuses()).toEqual(Array(3).fill('"status":"retrying"'));
    restore(client, saved);
    expect(statuses()).toEqual(Array(3).fill('"status":"failed"'));
  });

  it('a change told by the stream shows in every copy', () => {
    const client = seeded();
    patchVersion(client, 'p', 'a', { ...summary('a', 'success'), labels: ['GA'] });
    expect(client.getQueryData(detailKey)).toMatchObject({ status: 'success', labels: ['GA'], services: [] });
    expect(client.getQueryData<{ items: ReleaseSummary[] }>(pageKey)?.items[0]).toMatchObject({
      status: 'success',
    });
  });

  it('removes a version from every list, adjusting totals', () => {
    const client = seeded();
    removeFromLists(client, 'p', 'a');
    expect(client.getQueryData(pageKey)).toEqual({ items: [summary('b')], total: 1, labels: [], progress });
    expect(client.getQueryData(failedKey)).toMatchObject({ total: 1 });
  });

  it('leaves a value that is not its family’s shape alone instead of throwing', () => {
    const client = seeded();
    client.setQueryData([...releaseQueries.lists('p'), 'odd'], [summary('a')]);
    expect(() => patchStatus(client, 'p', 'a', 'retrying')).not.toThrow();
    expect(client.getQueryData([...releaseQueries.lists('p'), 'odd'])).toEqual([summary('a')]);
  });
});

describe('keepInFlight: a page read again under a status filter', () => {
  const page = (items: ReleaseSummary[]) => ({ items, total: items.length, labels: [], progress });

  it('keeps a version it showed that is in flight now, where it was', () => {
    const before = page([summary('a'), summary('b', 'retrying'), summary('c')]);
    const kept = keepInFlight(before, page([summary('a'), summary('c')]));
    expect(kept.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(kept.total).toBe(3);
  });

  it('lets a finished version go, and takes the server’s answer when nothing is in flight', () => {
    const after = page([summary('a')]);
    expect(keepInFlight(page([summary('a'), summary('b', 'success')]), after)).toBe(after);
    expect(keepInFlight(undefined, after)).toBe(after);
  });

  it('keeps a version in flight when the read started, shown as the page knows it now', () => {
    // Retrying when the read started; the answer left it out (retrying then); an event has since said
    // it failed again: the row stays, Failed.
    const before = page([summary('a'), summary('b', 'retrying')]);
    const latest = page([summary('a'), summary('b', 'failed')]);
    const kept = keepInFlight(before, page([summary('a')]), latest);
    expect(kept.items.map((item) => [item.id, item.status])).toEqual([
      ['a', 'failed'],
      ['b', 'failed'],
    ]);
    // Removed meanwhile (an event): it goes.
    expect(keepInFlight(before, page([summary('a')]), page([summary('a')])).items).toHaveLength(1);
  });
});

describe('a read overtaken by a change (the stream told it while the read was on its way)', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** The console server answers once `answer` is called (the read is on its way until then). */
  function slowServer() {
    const answers: ((body: unknown) => void)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        () =>
          new Promise<Response>((resolve) =>
            answers.push((body) =>
              resolve(
                new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }),
              ),
            ),
          ),
      ),
    );
    return async (body: unknown) => {
      await vi.waitFor(() => expect(answers).toHaveLength(1));
      answers.shift()!(body);
    };
  }

  it('a detail keeps the newer status: a finished version does not show creating again', async () => {
    const answer = slowServer();
    const client = seeded();
    const detail = client.getQueryData<ReleaseDetail>(detailKey)!;
    client.setQueryData(detailKey, { ...detail, status: 'creating' });
    const read = client.fetchQuery({ ...releaseQueries.detail({ projectKey: 'p', id: 'a', name: 'v-a' }) });
    patchVersion(client, 'p', 'a', { status: 'success' });
    await answer({ ...detail, status: 'creating', envName: 'qa' });
    await read;
    // The read's other fields are taken; its status is older than the event's.
    expect(client.getQueryData(detailKey)).toMatchObject({ status: 'success', envName: 'qa' });
    // A read that began after the change is the newest there is: taken whole.
    const again = client.fetchQuery({ ...releaseQueries.detail({ projectKey: 'p', id: 'a', name: 'v-a' }) });
    await answer({ ...detail, status: 'retrying' });
    await again;
    expect(client.getQueryData(detailKey)).toMatchObject({ status: 'retrying' });
  });

  it('a list keeps the newer status of the rows patched meanwhile, and takes the others as read', async () => {
    const answer = slowServer();
    const client = seeded();
    client.setQueryData(pageKey, {
      items: [summary('a', 'creating'), summary('b')],
      total: 2,
      labels: [],
      progress,
    });
    const read = client.fetchQuery(releaseQueries.list('p', versionQuery()));
    patchVersion(client, 'p', 'a', { status: 'success' });
    await answer({
      items: [summary('a', 'creating'), summary('b', 'retrying')],
      total: 2,
      labels: [],
      progress,
    });
    await read;
    const items = client.getQueryData<{ items: ReleaseSummary[] }>(pageKey)!.items;
    expect(items.map((item) => [item.id, item.status])).toEqual([
      ['a', 'success'],
      ['b', 'retrying'],
    ]);
  });
});
