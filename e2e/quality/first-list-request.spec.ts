/**
 * The list page's data does not wait for the app's code: its request is sent while the entry script is
 * still being fetched (held back here until the request is seen), and the app then shows that answer
 * without asking again.
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
  const listRequests: string[] = [];
  page.on('request', (request) => {
    if (isListPage(1)(request)) listRequests.push(request.url());
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
  expect(listRequests).toHaveLength(1);
});
