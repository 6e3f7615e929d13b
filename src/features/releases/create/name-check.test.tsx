// @vitest-environment jsdom
/**
 * The version name is checked against the whole project through the console server's list (`q`), not
 * against the versions the wizard opened with: a name deep in the history is refused, nothing is said
 * while the check is on its way, what was typed stays, and while the server is still reading the project
 * the note says how much of it the check covered (both languages), until it has read all of it.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntdApp } from 'antd';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { IndexProgress } from '../../../api/versions';
import { LocaleProvider, type Locale } from '../../../i18n/i18n';
import { CreateWizard } from './create-wizard';
import { emptyForm } from './form-model';
import { chartHistory } from './history';
import { installDomShims } from '../testing/render-page';
import { NameCheckTimingContext } from './use-name-check';

const COUNT = 10_000;
const nameAt = (position: number) => `build-${String(COUNT - position).padStart(5, '0')}`;
const ALL = Array.from({ length: COUNT }, (_, i) => nameAt(i));

/** The console server's versions list over `ALL`, as far as `progress` says it has read; `hold` delays answers. */
function fakeConsole() {
  const state = {
    progress: { loaded: COUNT, total: COUNT, done: true } as IndexProgress,
    asked: [] as URL[],
    hold: null as Promise<void> | null,
  };
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), 'http://localhost');
      state.asked.push(url);
      if (state.hold) await state.hold;
      const q = (url.searchParams.get('q') ?? '').toLowerCase();
      const page = Number(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('size'));
      const found = ALL.slice(0, state.progress.loaded).filter((n) => n.toLowerCase().includes(q));
      const items = found.slice((page - 1) * size, page * size).map((name, i) => ({
        id: name,
        name,
        type: 'K8SYaml',
        source: 'from_env',
        status: 'success',
        labels: [],
        description: '',
        createdBy: 'ci-bot',
        createdAt: COUNT - i,
      }));
      const body = { items, total: found.length, labels: [], progress: state.progress };
      return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
    }),
  );
  return state;
}

beforeAll(installDomShims);
beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderWizard(locale: Locale, opened: IndexProgress) {
  localStorage.setItem('zrc.locale', locale);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const names = { checked: opened.done ? opened.total : opened.loaded, total: opened.total };
  const whole = { checked: COUNT, total: COUNT };
  const router = createMemoryRouter(
    [
      {
        path: '/projects/:projectKey/releases/new',
        element: (
          <CreateWizard
            projectKey="big"
            project={{ key: 'big', name: 'Big', description: '', deployType: 'k8s' }}
            registries={[
              {
                id: 'r1',
                address: 'https://reg.example.com',
                provider: '',
                region: '',
                namespace: 'team',
                isDefault: true,
              },
            ]}
            // The newest versions the page opened with: the name is not among them.
            versions={[]}
            history={chartHistory([])}
            pushed={new Map()}
            usedCharts={new Map()}
            scopes={{ names, charts: whole, overwrites: whole }}
            registryHint={null}
            labelOptions={[]}
            chartRepoOptions={[]}
            initial={{ ...emptyForm('K8SYaml', 'r1'), source: 'manual' }}
          />
        ),
      },
    ],
    { initialEntries: ['/projects/big/releases/new'] },
  );
  render(
    <LocaleProvider initial={locale}>
      <AntdApp>
        <QueryClientProvider client={client}>
          <NameCheckTimingContext.Provider value={{ delay: 0, every: 50 }}>
            <RouterProvider router={router} flushSync={(fn) => void flushSync(fn)} />
          </NameCheckTimingContext.Provider>
        </QueryClientProvider>
      </AntdApp>
    </LocaleProvider>,
  );
}

async function typeName(text: string) {
  const user = userEvent.setup({ delay: null });
  const field = screen.getByLabelText(/Version name|版本名称/) as HTMLInputElement;
  await user.tripleClick(field);
  await user.paste(text);
  return field;
}

describe('the name check on a project of 10,000 versions', () => {
  it('refuses a name 9,000 versions deep once the server answers, and says nothing while it is asked', async () => {
    const server = fakeConsole();
    let release = () => {};
    server.hold = new Promise<void>((resolve) => (release = resolve));
    renderWizard('en-US', { loaded: COUNT, total: COUNT, done: true });
    const field = await typeName(nameAt(9_000));
    await waitFor(() =>
      expect(server.asked.some((u) => u.searchParams.get('q') === nameAt(9_000))).toBe(true),
    );
    // Asked, not answered: not marked taken on a guess.
    expect(field.getAttribute('aria-invalid')).toBe('false');
    release();
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText(/already has a version with this name/).length).toBeGreaterThan(0);
    expect(field.value).toBe(nameAt(9_000));
    expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('note')).toBeNull();

    server.hold = null;
    await typeName('brand-new-name');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('false'));
    expect(field.value).toBe('brand-new-name');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Next' }).hasAttribute('disabled')).toBe(false),
    );
  }, 60_000);

  it('says the check is partial while the server is reading the project, then refuses the name once it has read it', async () => {
    const server = fakeConsole();
    server.progress = { loaded: 4_000, total: COUNT, done: false };
    renderWizard('en-US', { loaded: 100, total: COUNT, done: false });
    expect((await screen.findByRole('note')).textContent).toBe(
      'Checked the latest 100 of 10,000 versions for this name; if an older version has it, Zadig refuses it on Create.',
    );
    const field = await typeName(nameAt(9_000));
    await waitFor(() =>
      expect(screen.getByRole('note').textContent).toMatch(/^Checked the latest 4,000 of 10,000 versions/),
    );
    expect(field.getAttribute('aria-invalid')).toBe('false');

    // The check is asked again while the server reads on; once it has read everything, no note.
    server.progress = { loaded: COUNT, total: COUNT, done: true };
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.queryByRole('note')).toBeNull();
    expect(field.value).toBe(nameAt(9_000));
  }, 60_000);

  it('says the same in Chinese', async () => {
    const server = fakeConsole();
    server.progress = { loaded: 4_000, total: COUNT, done: false };
    renderWizard('zh-CN', { loaded: 100, total: COUNT, done: false });
    await typeName('brand-new-name');
    await waitFor(() =>
      expect(screen.getByRole('note').textContent).toBe(
        '已对照最近的 4,000 个版本检查名称（项目共 10,000 个）；若更早的版本已用此名称，创建时 Zadig 会拒绝。',
      ),
    );
  }, 60_000);
});
