/**
 * The list page's data does not wait for the app's code.
 * - A tab with no token of its own gets the first page in the page the server sends
 *   (server/page-render.ts): its rows show while every one of the app's scripts is held back, and the app
 *   then shows that answer over them without asking for it.
 * - A tab that holds a token (the server cannot know what it would be shown) asks for the page while the
 *   entry script is still being fetched (held back here until the request is seen), and the app shows
 *   that answer without asking again.
 * (Once the rows show, other specs' new versions may have the page read page 1 again: only the requests
 * started before the app's first row count.)
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { PROJECT, startInEnglish } from '../release-helpers';

const isListPage = (pageNum: number) => (request: Request) => {
  const url = new URL(request.url());
  return (
    // The console server's versions API (docs/versions-api.md), as the app asks it.
    url.pathname === `/api/projects/${PROJECT}/versions` && url.searchParams.get('page') === String(pageNum)
  );
};

/** When the app's own first row (not the server's) is in the DOM (page time), as source text for the page. */
async function markAppsFirstRow(page: Page) {
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      if (!document.querySelector('#root > :not([data-server-render]) tbody tr a')) return;
      window.__firstRowAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });`,
  });
}

/** The first page's requests that started before the app's first row. */
async function listRequestsBeforeRow(page: Page): Promise<number> {
  await expect(page.locator('[data-server-render]')).toHaveCount(0);
  await expect(page.getByRole('row').nth(1).getByRole('link').first()).toBeVisible();
  const starts = await page.evaluate((project) => {
    const rowAt = (window as unknown as { __firstRowAt: number }).__firstRowAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => {
        const url = new URL(e.name);
        return url.pathname === `/api/projects/${project}/versions` && url.searchParams.get('page') === '1';
      })
      .filter((e) => e.startTime < rowAt).length;
  }, PROJECT);
  return starts;
}

test('with no token, the first list page comes in the page: its rows show before the app’s scripts, and the app does not ask for it', async ({
  page,
}) => {
  await startInEnglish(page);
  await markAppsFirstRow(page);
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[^/]*\.js$/, async (route) => {
    await released;
    await route.continue();
  });

  await page.goto(`/projects/${PROJECT}/releases`, { waitUntil: 'commit' });
  const served = page.locator('[data-server-render]');
  await expect(served.getByRole('row').nth(1).getByRole('link').first()).toBeVisible();
  // Shown, but nothing in it can be used (or typed into and lost) until the app has taken over.
  await expect(served).toHaveAttribute('inert', '');
  release();

  expect(await listRequestsBeforeRow(page)).toBe(0);
  // The app's own page, working: a filter reads the list.
  await page.getByRole('textbox', { name: 'Search by version name' }).fill('v1.1');
  await expect(page).toHaveURL(/q=v1\.1/);
});

test('with a token, the first list page is requested before the app’s entry script runs, and asked for once', async ({
  page,
}) => {
  await startInEnglish(page);
  await page.addInitScript(() => sessionStorage.setItem('zrc.token', 'a-token-of-this-tab'));
  await markAppsFirstRow(page);
  const listRequested = page.waitForRequest(isListPage(1));
  let entryHeld = false;
  // The app's scripts are answered only once the list's request has been seen (the first-list script is
  // inlined in the page): without a request started before the app, this waits until the test fails.
  await page.route(/\/assets\/[^/]*\.js$/, async (route) => {
    entryHeld = true;
    await listRequested;
    await route.continue();
  });

  await page.goto(`/projects/${PROJECT}/releases`, { waitUntil: 'commit' });
  await listRequested;
  expect(entryHeld).toBe(true);
  expect(await listRequestsBeforeRow(page)).toBe(1);
});
