/**
 * The console against a fake that routes as every Zadig v4.0–v5.0 does: no `GET /releases/:id` (gin's
 * 405, pkg/microservice/aslan/server/rest/server.go; routes in pkg/microservice/aslan/core/delivery/
 * handler/router.go), `original_version_name` for clones (core/delivery/service/openapi.go).
 */
import { expect, test, type Page } from '@playwright/test';
import { openedDialog } from '../release-helpers';
import { createK8sVersion, FAKE_TOKEN, FAKE_ZADIG_URL, fakeRequests, fakeVersion, signedIn } from './support';

test.describe('reading, deleting and cloning by name on a real (v4.0–v5.0) Zadig', () => {
  test.beforeEach(async ({ page }) => signedIn(page));

  test('a version is deleted from its detail page', async ({ page, request, baseURL }) => {
    const name = `e2e-del-detail-${Date.now()}`;
    await createK8sVersion(request, baseURL!, name);
    await expect
      .poll(async () => (await fakeVersion(request, 'yaml-demo', name))?.status, { timeout: 15_000 })
      .toBe('success');
    await page.goto(`/projects/yaml-demo/releases?q=${name}`);
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = await openedDialog(page);
    await expect(dialog).toHaveAccessibleName(new RegExp(name));
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(page).toHaveURL(/\/projects\/yaml-demo\/releases(\?|$)/);
    expect(await fakeVersion(request, 'yaml-demo', name)).toBeNull();
    const asked = await fakeRequests(request);
    expect(asked.filter((r) => r.method === 'GET' && /\/releases\/[0-9a-f]{24}/.test(r.url))).toEqual([]);
  });

  test('a detail with any job status and a 300-character values path opens', async ({
    page,
    request,
    baseURL,
  }) => {
    const name = `e2e-status-${Date.now()}`;
    const longPath = `global.${'deeply.'.repeat(41)}image.repository`;
    const created = await request.post(`${baseURL}/openapi/delivery/releases/helm`, {
      headers: { authorization: `Bearer ${FAKE_TOKEN}` },
      data: {
        project_key: 'helm-demo',
        version_name: name,
        source: 'manual',
        image_registry_id: '683047fe458904519c5f5c80',
        chart_repo_name: 'charts',
        services: [
          {
            service_name: 'api',
            chart_version: '1.0.0',
            yaml_content: 'image: {}\n',
            images: [
              {
                container_name: 'api',
                image_name: 'api',
                source_image: 'registry.example.com/shop/api:main-43',
                source_image_tag: 'main-43',
                target_image: `registry.example.com/release/api:${name}`,
                target_image_tag: name,
                image_path: { image: longPath, tag: 'image.tag' },
                push_image: true,
              },
            ],
          },
        ],
      },
    });
    expect(created.ok()).toBe(true);
    // Once the fake's own push has finished, the images get a status Zadig's job can have.
    await expect
      .poll(async () => (await fakeVersion(request, 'helm-demo', name))?.status, { timeout: 15_000 })
      .toBe('success');
    const finish = await request.post(`${FAKE_ZADIG_URL}/__fake/finish`, {
      data: {
        projectKey: 'helm-demo',
        versionName: name,
        status: 'creating',
        imageStatus: 'wait_for_approval',
      },
    });
    expect(finish.ok()).toBe(true);
    await page.goto(`/projects/helm-demo/releases?q=${name}`);
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible();
    await expect(page.getByText(longPath)).toBeVisible();
    await expect(page.getByText('Waiting for approval').first()).toBeVisible();
    await expect(page.getByText('1 in progress')).toBeVisible();
  });

  for (const [project, base] of [
    ['yaml-demo', 'v1.0.0'],
    ['helm-demo', 'chart-2.0.0'],
  ] as const) {
    test(`"Create from this version" clones ${base} (${project}) with original_version_name`, async ({
      page,
      request,
    }) => {
      test.setTimeout(120_000); // the whole wizard, on a busy machine
      const name = `e2e-clone-${project}-${Date.now()}`;
      await page.goto(`/projects/${project}/releases?q=${base}`);
      await page.getByRole('link', { name: base, exact: true }).click();
      await page.getByRole('link', { name: 'Create from this version' }).click();
      await expect(page.getByRole('radio', { name: 'From a version' })).toBeChecked();
      await page.getByRole('textbox', { name: 'Version name' }).fill(name);
      await nextStep(page, 'services');
      await nextStep(page, 'images');
      await page.getByRole('textbox', { name: 'One tag for every image' }).fill(name);
      await page.getByRole('button', { name: 'Apply to all images' }).click();
      await nextStep(page, 'review');
      const sent = page.waitForRequest((r) => r.method() === 'POST' && /releases\/(k8s|helm)$/.test(r.url()));
      await page.getByRole('button', { name: 'Create version' }).click();
      expect((await sent).postDataJSON()).toMatchObject({
        source: 'from_version',
        original_version_name: base,
      });
      await expect(page.getByRole('heading', { name: new RegExp(name) })).toBeVisible({ timeout: 60_000 });
      expect(await fakeVersion(request, project, name)).not.toBeNull();
    });
  }
});

async function nextStep(page: Page, step: 'services' | 'images' | 'review') {
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
}
