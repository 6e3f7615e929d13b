// @vitest-environment jsdom
/**
 * Journeys across pages on one shared QueryClient: what a user does in one tab, where one page's cached
 * reads meet another's.
 */
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { wizardQueries } from './create/wizard-queries';
import { renderJourney, statefulZadig } from './testing/render-journey';

type Router = ReturnType<typeof renderJourney>['router'];

// The real wizard in jsdom is heavy; on a busy machine one journey takes most of a minute.
vi.setConfig({ testTimeout: 150_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

function demoVersions() {
  return [
    { id: 'v3', name: 'v1.9.2', status: 'success' },
    { id: 'v2', name: 'v1.9.1', status: 'failed' },
    { id: 'v1', name: 'v1.9.0', status: 'success' },
  ];
}

async function listToWizardAndBack(router: Router) {
  const user = userEvent.setup();
  await screen.findByRole('link', { name: 'v1.9.1' });
  // The header's New version button (the header is not part of this harness).
  await act(() => router.navigate('/projects/yaml/releases/new'));
  // The wizard has read every version of the project (its name check needs them).
  await screen.findByRole('heading', { name: 'New version' });
  await user.click(await screen.findByRole('link', { name: /Back to versions/ }));
  await screen.findByRole('link', { name: 'v1.9.1' });
  return user;
}

describe('list → wizard → back', () => {
  it('retry sends the request and the row follows the server', async () => {
    const zadig = statefulZadig(demoVersions());
    const { router } = renderJourney('/projects/yaml/releases');
    const user = await listToWizardAndBack(router);

    await user.click(screen.getByRole('button', { name: 'Retry version v1.9.1' }));
    await waitFor(() => expect(zadig.requests.some((r) => r.url.pathname.endsWith('/retry'))).toBe(true));
    expect(zadig.versions.find((v) => v.id === 'v2')!.status).toBe('retrying');
    const row = screen.getByRole('link', { name: 'v1.9.1' }).closest('tr')!;
    await waitFor(() => expect(within(row).getByText('Retrying')).toBeTruthy());
    expect(screen.queryByText('Could not retry version v1.9.1')).toBeNull();
  });

  it('delete removes the version and the list is refreshed without an error', async () => {
    const zadig = statefulZadig(demoVersions());
    const { router } = renderJourney('/projects/yaml/releases');
    const user = await listToWizardAndBack(router);

    await user.click(screen.getByRole('button', { name: 'Delete version v1.9.0' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Delete/ }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'v1.9.0' })).toBeNull());
    expect(zadig.versions.map((v) => v.name)).toEqual(['v1.9.2', 'v1.9.1']);
    expect(screen.queryByText(/Could not delete/)).toBeNull();
    // The list was read again after the delete.
    const lists = zadig.requests.filter((r) => r.method === 'GET' && r.url.pathname.endsWith('/versions'));
    const deleteAt = zadig.requests.findIndex((r) => r.method === 'DELETE');
    expect(zadig.requests.indexOf(lists.at(-1)!)).toBeGreaterThan(deleteAt);
  });

  it('a retry the server refuses puts the row back everywhere, the wizard’s read included', async () => {
    const zadig = statefulZadig(demoVersions());
    const { client } = renderJourney('/projects/yaml/releases');
    await screen.findByRole('link', { name: 'v1.9.1' });
    // What the wizard leaves in the cache (its own read, through its own factory).
    await client.prefetchQuery(wizardQueries.versions('yaml'));
    zadig.versions.splice(1, 1); // deleted elsewhere: the retry answers 404

    await userEvent.click(screen.getByRole('button', { name: 'Retry version v1.9.1' }));
    expect(await screen.findByText('Could not retry version v1.9.1')).toBeTruthy();
    const row = screen.getByRole('link', { name: 'v1.9.1' }).closest('tr')!;
    expect(within(row).queryByText('Retrying')).toBeNull();
    const cachedStatuses = client
      .getQueryCache()
      .findAll({ queryKey: ['versions'] })
      .flatMap((q) => JSON.stringify(q.state.data ?? null).match(/"status":"\w+"/g) ?? []);
    expect(cachedStatuses).toContain('"status":"failed"');
    expect(cachedStatuses).not.toContain('"status":"retrying"');
  });
});

describe('list → detail → wizard on one cache', () => {
  it('a retry held on its way shows Retrying on the detail and on the list (one cache patch, kept over reads that land meanwhile), until the server answers', async () => {
    let send: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (send = resolve));
    const zadig = statefulZadig(demoVersions(), (r) =>
      r.url.pathname.endsWith('/retry') ? held : undefined,
    );
    const { router } = renderJourney('/projects/yaml/releases');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('link', { name: 'v1.9.1' }));
    expect(await screen.findByRole('heading', { name: 'v1.9.1', level: 1 })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Retry/ }));
    // The server has not answered: what shows is the optimistic status alone.
    expect((await screen.findAllByText('Retrying')).length).toBeGreaterThan(0);
    expect(zadig.versions.find((v) => v.id === 'v2')!.status).toBe('failed');
    // The list is read again on the way (its cache is stale): the answer still says failed.
    const listRead = zadig.requests.length;
    await act(() => router.navigate('/projects/yaml/releases'));
    const row = (await screen.findByRole('link', { name: 'v1.9.1' })).closest('tr')!;
    await waitFor(() => expect(zadig.requests.length).toBeGreaterThan(listRead));
    await act(() => Promise.all(zadig.answers.slice(listRead)));
    expect(within(row).getByText('Retrying')).toBeTruthy();
    expect(within(row).queryByText('Failed')).toBeNull();
    expect(zadig.versions.find((v) => v.id === 'v2')!.status).toBe('failed');

    send();
    await waitFor(() => expect(zadig.versions.find((v) => v.id === 'v2')!.status).toBe('retrying'));
    await waitFor(() => expect(within(row).getByText('Retrying')).toBeTruthy());
    // The wizard opens on the same cache, its history read from the same list factory.
    await act(() => router.navigate('/projects/yaml/releases/new'));
    expect(await screen.findByRole('heading', { name: 'New version' })).toBeTruthy();
    await user.click(await screen.findByRole('link', { name: /Back to versions/ }));
    const again = (await screen.findByRole('link', { name: 'v1.9.1' })).closest('tr')!;
    expect(within(again).getByText('Retrying')).toBeTruthy();
  });
});
