/** Cache writers: each family is written in its own shape, and nothing else is touched or thrown on. */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { ReleaseSummary } from '../../api/model';
import { patchStatus, removeFromLists, restore, snapshot } from './cache';
import { releaseQueries } from './queries';
import { wizardQueries } from './create/wizard-queries';
import { emptyIndex } from './version-index/index-model';
import { versionIndexQueries } from './version-index/queries';

const scope = { projectKey: 'p', host: 'zadig.example.com', identity: 'no-token' };

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

function seeded() {
  const client = new QueryClient();
  const page = { items: [summary('a'), summary('b')], total: 2 };
  client.setQueryData(releaseQueries.list({ projectKey: 'p', page: 1, size: 20 }).queryKey, page);
  client.setQueryData(versionIndexQueries.index(scope).queryKey, {
    ...emptyIndex(),
    versions: page.items,
    total: 2,
    complete: true,
  });
  client.setQueryData(wizardQueries.versions(scope).queryKey, {
    versions: [summary('a'), summary('b')],
    total: 2,
    complete: true,
  });
  return client;
}

describe('release cache', () => {
  it('gives the wizard’s all-versions read a family of its own, outside the list pages', () => {
    const lists = releaseQueries.lists('p');
    const wizardKey = wizardQueries.versions(scope).queryKey;
    expect(wizardKey.slice(0, lists.length)).not.toEqual(lists);
    const client = seeded();
    const underLists = client.getQueriesData({ queryKey: lists }).map(([, data]) => data);
    expect(underLists).toEqual([{ items: [summary('a'), summary('b')], total: 2 }]);
  });

  it('patches a status in every shape, and a snapshot puts all of them back', () => {
    const client = seeded();
    const saved = snapshot(client, 'p', 'a');
    patchStatus(client, 'p', 'a', 'retrying');
    const statuses = () =>
      client
        .getQueriesData({ queryKey: releaseQueries.all() })
        .map(([, data]) => JSON.stringify(data).match(/"status":"\w+"/)?.[0]);
    expect(statuses()).toEqual(Array(3).fill('"status":"retrying"'));
    restore(client, saved);
    expect(statuses()).toEqual(Array(3).fill('"status":"failed"'));
  });

  it('removes a version from pages, every page and the wizard’s read, adjusting totals', () => {
    const client = seeded();
    removeFromLists(client, 'p', 'a');
    expect(client.getQueryData(releaseQueries.list({ projectKey: 'p', page: 1, size: 20 }).queryKey)).toEqual(
      {
        items: [summary('b')],
        total: 1,
      },
    );
    expect(client.getQueryData(wizardQueries.versions(scope).queryKey)).toEqual({
      versions: [summary('b')],
      total: 1,
      complete: true,
    });
    expect(client.getQueryData(versionIndexQueries.index(scope).queryKey)).toMatchObject({
      versions: [summary('b')],
      total: 1,
      needsReread: false,
    });
  });

  it('leaves a value that is not its family’s shape alone instead of throwing', () => {
    const client = seeded();
    client.setQueryData([...releaseQueries.lists('p'), 'odd'], [summary('a')]);
    expect(() => patchStatus(client, 'p', 'a', 'retrying')).not.toThrow();
    expect(client.getQueryData([...releaseQueries.lists('p'), 'odd'])).toEqual([summary('a')]);
  });
});
