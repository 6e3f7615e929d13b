/**
 * The list page's data does not wait for the app's code: its request is sent while the entry script is
 * still being fetched (held back here until the request is seen), and the app then shows that answer
 * without asking again. (Once the rows show, other specs' new versions may have the page read page 1
 * again: only the requests started before the first row count.)
 */
import { expect, test, type Request } from '@playwright/test';
import { PROJECT, startInEnglish } from '../release-helpers';

const isListPage = (pageNum: number) => (request: Request) => {
  const url = new URL(request.url());
  return (
    // The console server's versions API (docs/versions-api.md), as the app asks it.
    url.pathname === `/api/projects/${PROJECT}/versions` && url.searchParams.get('page') === String(pageNum)
  );
};

test('the first list page is requested before the app’s entry script runs, and asked for once', async ({
  page,
}) => {
  await startInEnglish(page);
  // When the first row with a version's link is in the DOM (page time), as source text for the page.
  await page.addInitScript({
    content: `new MutationObserver((_, observer) => {
      if (!document.querySelector('tbody tr a')) return;
      window.__firstRowAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });`,
  });
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

  await expect(page.getByRole('row').nth(1).getByRole('link').first()).toBeVisible();
  const { rowAt, starts } = await page.evaluate((project) => {
    const entries = performance.getEntriesByType('resource').filter((e) => {
      const url = new URL(e.name);
      return url.pathname === `/api/projects/${project}/versions` && url.searchParams.get('page') === '1';
    });
    return {
      rowAt: (window as unknown as { __firstRowAt: number }).__firstRowAt,
      starts: entries.map((e) => e.startTime),
    };
  }, PROJECT);
  expect(starts.filter((start) => start < rowAt)).toHaveLength(1);
});
