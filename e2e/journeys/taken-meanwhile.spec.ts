/**
 * Two tabs create Helm versions of helm-demo from the same environment. The wizard suggests both the
 * same chart versions (from the project's history); Zadig pushes whatever version it is given, replacing
 * what is there (koderover/zadig pkg/microservice/aslan/core/delivery/service/version_v2.go,
 * pushDeliveryChartFromEnv). So the tab that was opened first reads the history again on reaching
 * Review and when Create is pressed: what the other tab pushed meanwhile (chart versions, a target tag)
 * is warned about on Review, the suggestion moves on, and nothing is sent without a confirmation.
 *
 * Both tabs push to a chart repository of their own (unique per test), so that no other spec's versions
 * can conflict here; tab B takes tab A's chart versions, whatever the history suggested each.
 */
import { expect, test, type Page } from '@playwright/test';
import { chooseEnvironment, startInEnglish, uniqueName } from '../release-helpers';

test.describe.configure({ timeout: 120_000 });

const STEP_TITLES = { services: 'Services', images: 'Images & registry', review: 'Review & create' } as const;

async function next(page: Page, step: keyof typeof STEP_TITLES) {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(STEP_TITLES[step]) })).toBeVisible();
}

/** A new Helm version from staging, on Services with its chart versions filled in. */
async function startFromStaging(page: Page, name: string): Promise<void> {
  await startInEnglish(page);
  await page.goto('/projects/helm-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(name);
  await chooseEnvironment(page, 'staging');
  await next(page, 'services');
  await expect(page.getByLabel('Chart version').first()).toHaveValue(/^\d+\.\d+\.\d+$/);
}

const chartVersions = (page: Page) =>
  page
    .getByLabel('Chart version')
    .all()
    .then((fields) => Promise.all(fields.map((f) => f.inputValue())));

/** Services → Images: the chart repository, and payment-gateway's target tag when given. */
async function toImages(page: Page, repo: string, tag?: string) {
  await next(page, 'images');
  await page.getByLabel('Chart repository').fill(repo);
  if (tag) await page.getByLabel(/^Target tag of payment-gateway \//).fill(tag);
}

/** Tab B: the same chart versions as tab A, created (the server has the version when this returns). */
async function createElsewhere(b: Page, name: string, versions: string[], repo: string, tag?: string) {
  await startFromStaging(b, name);
  const fields = await b.getByLabel('Chart version').all();
  for (const [i, field] of fields.entries()) await field.fill(versions[i] ?? '');
  await toImages(b, repo, tag);
  await next(b, 'review');
  await b.getByRole('button', { name: 'Create version' }).click();
  await expect(b.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}

test('a chart version and a target tag another tab pushed meanwhile are warned about on Review', async ({
  context,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const [nameA, nameB] = [uniqueName('e2e-tab-a'), uniqueName('e2e-tab-b')];
  const repo = uniqueName('e2e-charts');
  const tag = uniqueName('shared');
  await startFromStaging(a, nameA);
  const versions = await chartVersions(a);
  const [first] = versions;
  await toImages(a, repo, tag);

  await createElsewhere(b, nameB, versions, repo, tag);

  await next(a, 'review');
  await expect(a.getByText(/1 target image was already pushed by other versions/)).toBeVisible();
  await expect(a.getByText(new RegExp(`payment-gateway:${tag} \\(version ${nameB}\\)`))).toBeVisible();
  const item = a.getByText(new RegExp(`^payment-gateway: general-chart ${first} \\(version ${nameB}\\)`));
  await expect(item).toBeVisible();
  // The suggestion moved past what tab B pushed.
  const suggested = /suggested now: (\d+)\.(\d+)\.(\d+)$/.exec((await item.textContent()) ?? '');
  const patch = (v: string) => Number(v.split('.')[2]);
  expect(Number(suggested?.[3])).toBeGreaterThan(Math.max(...versions.map(patch)));
  const create = a.getByRole('button', { name: 'Create version' });
  await expect(create).toBeDisabled();
  await a.getByRole('checkbox', { name: 'Overwrite these image tags and chart versions anyway' }).check();
  await expect(create).toBeEnabled();

  // Back on Services the chart version is flagged where it is chosen.
  await a.getByRole('button', { name: 'Back', exact: true }).click();
  await a.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(
    a.getByText(
      `general-chart ${first} was already pushed by version ${nameB}; pushing again overwrites it.`,
    ),
  ).toBeVisible();
});

test('Create reads the history again: what another tab created after Review was reached is not overwritten', async ({
  context,
  request,
}) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const [nameA, nameB] = [uniqueName('e2e-tab-a'), uniqueName('e2e-tab-b')];
  const repo = uniqueName('e2e-charts');
  await startFromStaging(a, nameA);
  const versions = await chartVersions(a);
  await toImages(a, repo);
  await next(a, 'review');
  await expect(a.getByText(/already pushed by other versions/)).toHaveCount(0);

  await createElsewhere(b, nameB, versions, repo);

  const create = a.getByRole('button', { name: 'Create version' });
  await create.click();
  await expect(
    a.getByText(new RegExp(`^payment-gateway: general-chart ${versions[0]} \\(version ${nameB}\\)`)),
  ).toBeVisible();
  await expect(create).toBeDisabled();
  await expect(a).toHaveURL(/step=review/);
  // Nothing was sent: the project has no version named as tab A's.
  const res = await request.get('/openapi/delivery/releases?projectKey=helm-demo&pageNum=1&pageSize=100');
  const { list } = (await res.json()) as { list: Array<{ version_name: string }> };
  expect(list.map((v) => v.version_name)).toContain(nameB);
  expect(list.map((v) => v.version_name)).not.toContain(nameA);
});
