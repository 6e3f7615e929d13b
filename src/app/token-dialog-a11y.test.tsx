// @vitest-environment jsdom
/**
 * Accessibility of the API token dialog in every language with every theme: axe (all but colour
 * contrast, see src/test/axe.ts) finds no serious or critical violation in it, empty and after Zadig
 * refused a token. Contrast in both themes: e2e/proxy/a11y.spec.ts.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, it, vi } from 'vitest';
import { apiRequest } from '../api/client';
import { ThemedAntd, ThemeProvider } from './theme';
import { LocaleProvider } from '../i18n/i18n';
import { expectNoSeriousViolations, MATRIX } from '../test/axe';
import { installDomShims } from '../features/releases/testing/render-page';
import { AuthProvider } from '../features/auth/auth-provider';
import { authMessages } from '../features/auth/messages';
import { forgetToken } from '../features/auth/token-store';

vi.setConfig({ testTimeout: 60_000 });
beforeAll(installDomShims);

afterEach(() => {
  cleanup();
  forgetToken();
  vi.unstubAllGlobals();
  localStorage.clear();
});

for (const [locale, theme] of MATRIX) {
  describe(`${locale}, ${theme} theme`, () => {
    it('the token dialog, empty and with a refused token', async () => {
      // Zadig refuses every token: 401 with an empty body.
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => new Response(null, { status: 401 })),
      );
      localStorage.setItem('zrc.theme', theme);
      render(
        <LocaleProvider initial={locale}>
          <ThemeProvider>
            <ThemedAntd>
              <QueryClientProvider client={new QueryClient()}>
                <AuthProvider>
                  <main>
                    <h1>page</h1>
                  </main>
                </AuthProvider>
              </QueryClientProvider>
            </ThemedAntd>
          </ThemeProvider>
        </LocaleProvider>,
      );
      act(() => {
        void apiRequest('/openapi/projects').catch(() => undefined);
      });
      const words = authMessages[locale];
      const dialog = await screen.findByRole('dialog', { name: words.title });
      await expectNoSeriousViolations(`token dialog (${locale}, ${theme})`, dialog);

      const user = userEvent.setup();
      await user.click(screen.getByLabelText(words.tokenLabel));
      await user.paste('not-the-token');
      await user.click(screen.getByRole('button', { name: words.submit }));
      await screen.findByText(words.refused);
      await expectNoSeriousViolations(`token dialog, token refused (${locale}, ${theme})`, dialog);
    });
  });
}
