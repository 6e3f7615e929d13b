/**
 * A create whose answer is lost on the way back (a gateway's timeout while Zadig finishes, a reset
 * connection) may have been made all the same. The wizard looks the version up by name instead of
 * saying the name is taken and asking for another (which created the version twice): it opens the
 * version when it is there, and otherwise says the outcome is unknown and lets "Try again" find it.
 * Zadig refuses a second create of a name (pkg/microservice/aslan/core/delivery/service/version_v2.go,
 * `version already exist`), which is what "Try again" meets when the first one was made.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseEnvironment, PROJECT, startInEnglish, uniqueName } from '../release-helpers';

const CREATE = '**/openapi/delivery/releases/k8s';

/** Basics filled from the demo environment, then on to Review. */
async function toReview(page: Page, name: string, description: string) {
  await page.goto(`/projects/${PROJECT}/releases/new`);
  await page.getByLabel(/Version name$/).fill(name);
  await chooseEnvironment(page, 'qa');
  await page.getByLabel('Description').fill(description);
  for (const step of ['services', 'images', 'review']) {
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`step=${step}`));
  }
}

/** How many versions of the project have exactly this name (through the console's versions API). */
async function versionsNamed(page: Page, name: string): Promise<number> {
  const res = await page.request.get(
    `/api/projects/${PROJECT}/versions?q=${encodeURIComponent(name)}&size=100`,
  );
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { items: { name: string }[] };
  return body.items.filter((v) => v.name === name).length;
}

/** The create reaches the server, which makes the version; the browser is told 504. */
async function loseCreateAnswers(page: Page, times: number) {
  let lost = 0;
  await page.route(CREATE, async (route) => {
    const answer = await route.fetch();
    if (lost++ < times)
      await route.fulfill({ status: 504, contentType: 'text/plain', body: 'Gateway Timeout' });
    else await route.fulfill({ response: answer });
  });
}

test('a create whose answer was lost opens the version it made, once', async ({ page }) => {
  await startInEnglish(page);
  const name = uniqueName('e2e-lost');
  await toReview(page, name, 'lost answer, made once');
  await loseCreateAnswers(page, 1);

  await page.getByRole('button', { name: 'Create version' }).click();
  // The note first: it shows as the version's page opens and closes by itself seconds later, which a
  // busy machine can spend opening the page.
  await expect(page.getByText(`Version ${name} created (the server's answer had been lost)`)).toBeVisible();
  await expect(page.getByRole('heading', { name, exact: false }).first()).toBeVisible();
  expect(await versionsNamed(page, name)).toBe(1);
});

test('when the look-up is lost too, the outcome is said to be unknown and Try again finds the version', async ({
  page,
}) => {
  await startInEnglish(page);
  const name = uniqueName('e2e-unsure');
  await toReview(page, name, 'lost answer and look-up');
  await loseCreateAnswers(page, 1);
  // The look-up by name right after the lost answer is lost as well.
  let lookups = 0;
  await page.route(`**/api/projects/${PROJECT}/versions/${name}`, (route) =>
    lookups++ === 0 ? route.fulfill({ status: 502, body: 'Bad Gateway' }) : route.fallback(),
  );

  await page.getByRole('button', { name: 'Create version' }).click();
  await expect(page.getByText(/No answer from the server: the version may have been created/)).toBeVisible();
  // The name is the wizard's own: not flagged as taken, no trip back to Basics.
  await expect(page).toHaveURL(/step=review/);
  await expect(page.getByText(/already has a version with this name/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Try again' }).click();
  // The note first: it shows as the version's page opens and closes by itself seconds later, which a
  // busy machine can spend opening the page.
  await expect(page.getByText(`Version ${name} created (the server's answer had been lost)`)).toBeVisible();
  await expect(page.getByRole('heading', { name, exact: false }).first()).toBeVisible();
  expect(await versionsNamed(page, name)).toBe(1);
});
