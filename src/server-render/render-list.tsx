/**
 * The list's first page as HTML, for the page the server sends (server/page-render.ts): the app's own
 * providers and routes, with the server's answer in the query cache and the language and theme the
 * browser will start in; antd's theme variables as the style elements they would be in the browser.
 * Built for Node with the app by `vite build` (vite.config.ts `serverRenderer`, into dist/.server-render/).
 */
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createQueryClient } from '../app/query-client';
import { appRoutes } from '../app/router';
import { loadAntdLocale, ThemedAntd, ThemeProvider } from '../app/theme';
import { AuthProvider } from '../features/auth';
import { releaseQueries } from '../features/releases/queries';
import { parseListState } from '../features/releases/list/url-state';
import { LocaleProvider } from '../i18n/i18n';
import type { VersionList } from '../api/model';
import type { RenderList } from './contract';

export const renderList: RenderList = async ({ url, projectKey, locale, theme, list }) => {
  await loadAntdLocale(locale); // antd's own texts (pagination, empty states) in the page's language
  const client = createQueryClient();
  const address = new URL(url, 'http://console.invalid');
  client.setQueryData(
    releaseQueries.list(projectKey, parseListState(address.searchParams)).queryKey,
    list as VersionList,
  );
  const handler = createStaticHandler(appRoutes(client));
  const context = await handler.query(new Request(address));
  if (context instanceof Response) return null;
  const router = createStaticRouter(handler.dataRoutes, context);
  const cache = createCache();
  const html = renderToString(
    <StyleProvider cache={cache}>
      <LocaleProvider initial={locale}>
        <ThemeProvider initial={theme}>
          <ThemedAntd>
            <QueryClientProvider client={client}>
              <AuthProvider>
                <StaticRouterProvider router={router} context={context} hydrate={false} />
              </AuthProvider>
            </QueryClientProvider>
          </ThemedAntd>
        </ThemeProvider>
      </LocaleProvider>
    </StyleProvider>,
  );
  client.clear();
  return { html, styles: extractStyle(cache) };
};
