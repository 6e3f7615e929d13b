// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntdApp } from 'antd';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiRequest } from '../../api/client';
import { LocaleProvider } from '../../i18n/i18n';
import { AuthProvider, SignOutButton } from './auth-provider';
import { forgetToken, TOKEN_STORAGE_KEY } from './token-store';
import { empty, fakeServer, installDomShims, json } from '../releases/testing/render-page';

const GOOD = 'good-token-123';

beforeAll(installDomShims);

afterEach(() => {
  cleanup();
  forgetToken();
});

/** A Zadig that wants `Bearer GOOD`, answering 401 with an empty body otherwise. */
function fakeZadig() {
  const { requests } = fakeServer(({ headers }) => {
    if (headers?.get('authorization') !== `Bearer ${GOOD}`) return empty(401);
    return json({ ok: true });
  });
  return {
    get calls() {
      return requests.map((r) => ({ url: r.url.pathname, auth: r.headers?.get('authorization') ?? null }));
    },
  };
}

function renderApp() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <LocaleProvider initial="en-US">
      <AntdApp>
        <QueryClientProvider client={client}>
          <AuthProvider>
            <SignOutButton />
            <label>
              Draft <input defaultValue="" />
            </label>
          </AuthProvider>
        </QueryClientProvider>
      </AntdApp>
    </LocaleProvider>,
  );
}

describe('the API token dialog', { timeout: 40_000 }, () => {
  it('opens once for concurrent 401s, refuses a wrong token, then retries every request with the right one', async () => {
    const zadig = fakeZadig();
    const user = userEvent.setup();
    renderApp();
    await user.type(screen.getByLabelText('Draft'), 'half-filled');

    let results: Promise<unknown[]> = Promise.resolve([]);
    act(() => {
      results = Promise.all([apiRequest('/openapi/a'), apiRequest('/openapi/b'), apiRequest('/openapi/c')]);
    });
    const dialog = await screen.findByRole('dialog', { name: /API token/ }, { timeout: 10_000 });
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(dialog.textContent).toMatch(/Account settings/);

    const input = screen.getByLabelText('API token');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect((await screen.findByText('Paste your API token.')).textContent).toBeTruthy();

    await user.click(input);
    await user.paste('wrong-token');
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await screen.findByText(/Zadig refused this token/);
    expect((input as HTMLInputElement).value).toBe('wrong-token');

    await user.clear(input);
    await user.paste(`Bearer ${GOOD}`);
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await results).toHaveLength(3);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe(GOOD);
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    const retried = zadig.calls.filter((c) => c.auth === `Bearer ${GOOD}` && /openapi\/[abc]$/.test(c.url));
    expect(retried.map((c) => c.url).sort()).toEqual(['/openapi/a', '/openapi/b', '/openapi/c']);
    expect((screen.getByLabelText('Draft') as HTMLInputElement).value).toBe('half-filled');
  });

  it('remembers on this device when ticked, and signing out forgets it', async () => {
    fakeZadig();
    const user = userEvent.setup();
    renderApp();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = apiRequest('/openapi/a');
    });
    await screen.findByRole('dialog');
    await user.click(screen.getByLabelText('API token'));
    await user.paste(GOOD);
    await user.click(screen.getByRole('checkbox', { name: 'Remember on this device' }));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    await result;
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe(GOOD);

    // The remembered token expires: the next question starts with "remember" still ticked.
    localStorage.setItem(TOKEN_STORAGE_KEY, 'expired');
    act(() => {
      result = apiRequest('/openapi/b').catch((error: unknown) => error);
    });
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Remember on this device' }).checked).toBe(
      true,
    );
    expect(screen.getByLabelText<HTMLInputElement>('API token').value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await result;

    await user.click(await screen.findByRole('button', { name: /Sign out/ }));
    await waitFor(() => expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull());
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    await waitFor(() => expect(screen.queryByRole('button', { name: /Sign out/ })).toBeNull());

    // After signing out, the next person is not remembered unless they ask.
    act(() => {
      result = apiRequest('/openapi/c').catch((error: unknown) => error);
    });
    await waitFor(() => expect(screen.getByRole('dialog')).toBeTruthy());
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Remember on this device' }).checked).toBe(
      false,
    );
    // The question is answered, so the next test's request opens a question of its own.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await result;
  });

  it('says that a change needs the user’s own token when a write is refused without one', async () => {
    fakeZadig();
    renderApp();
    act(() => {
      void apiRequest('/openapi/a', { method: 'POST', body: {} }).catch(() => undefined);
    });
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toContain(
      'Creating, retrying and deleting versions need your own Zadig API token',
    );
    expect(dialog.textContent).not.toContain('The Zadig server asks who you are');
  });

  it('hands the 401 back when the user cancels', async () => {
    fakeZadig();
    const user = userEvent.setup();
    renderApp();
    let result: Promise<unknown> = Promise.resolve();
    act(() => {
      result = apiRequest('/openapi/a').catch((error: unknown) => error);
    });
    await screen.findByRole('dialog');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await result).toMatchObject({ status: 401, kind: 'unauthorized' });
  });
});
