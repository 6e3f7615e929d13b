/**
 * YAML typed or pasted into the wizard: a hand-added service's containers become its images, a template
 * service says where its YAML comes from, and the request's size is said before sending, with a YAML
 * that takes it over the limit pointed out on its own service. Large YAML is made in the page.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { startInEnglish, uniqueName } from './release-helpers';

test.beforeEach(async ({ page }) => startInEnglish(page));

/** Pastes `text` into a CodeMirror editor as a user's paste does (a clipboard event). */
async function paste(editor: Locator, text: string) {
  await editor.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Pastes a YAML of about `megabytes` made in the page (a Deployment and a large ConfigMap). */
async function pasteLarge(editor: Locator, megabytes: number) {
  await editor.evaluate((el, mb) => {
    const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: big-config', 'data:'];
    let size = 0;
    for (let i = 0; size < mb * 1024 * 1024; i++) {
      const line = `  key-${i}: "${'x'.repeat(90)}"`;
      lines.push(line);
      size += line.length + 1;
    }
    const data = new DataTransfer();
    data.setData('text/plain', `${lines.join('\n')}\n`);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, megabytes);
}

async function manualService(page: Page, name: string, service: string) {
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(name);
  await page.getByRole('radiogroup', { name: 'Source' }).getByText('Manual', { exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/step=services/);
  await page.getByRole('button', { name: 'Add a service by hand' }).click();
  await page.getByLabel('Service name').fill(service);
  return page.getByRole('textbox', { name: `YAML of ${service}` });
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: pasted
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: harbor.demo.koderover.com/mall/migrate:20261130-1
      containers:
        - name: web
          image: harbor.demo.koderover.com/mall/web:20261130-2
`;

test('the containers of a pasted YAML become the service’s images, tagged with the version name', async ({
  page,
}) => {
  const name = uniqueName('e2e-pasted');
  const editor = await manualService(page, name, 'pasted');
  await expect(page.getByText('no images')).toBeVisible();
  await paste(editor, DEPLOYMENT);
  await expect(page.getByText('2 images', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page).toHaveURL(/step=images/);
  await expect(page.getByLabel('Source image of pasted / web')).toHaveValue(
    'harbor.demo.koderover.com/mall/web',
  );
  await expect(page.getByLabel('Source tag of pasted / migrate')).toHaveValue('20261130-1');
  await expect(page.getByLabel('Target tag of pasted / web')).toHaveValue(name);
  await expect(page.getByLabel('Target tag of pasted / migrate')).toHaveValue(name);
  await expect(page.getByText('This service has no images.')).toHaveCount(0);
});

test('a template service says its YAML comes from the template until YAML is pasted', async ({ page }) => {
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(uniqueName('e2e-template'));
  await page.getByRole('radiogroup', { name: 'Source' }).getByText('Manual', { exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  const box = page.getByRole('combobox', { name: 'Add from template', exact: true });
  await box.click();
  await box.fill('storefront');
  await page.keyboard.press('Enter');
  const note = page.getByText('Left empty, the server uses the YAML of service template storefront.');
  await expect(note).toBeVisible();
  const editor = page.getByRole('textbox', { name: 'YAML of storefront' });
  expect((await editor.boundingBox())?.height).toBeGreaterThanOrEqual(150);
  await paste(editor, DEPLOYMENT);
  await expect(note).toHaveCount(0);
});

test('a service added by hand, still unnamed, says what it takes without a name', async ({ page }) => {
  await manualService(page, uniqueName('e2e-unnamed'), 'x');
  await page.getByLabel('Service name').fill('');
  await expect(
    page.getByText('Left empty, the server uses the YAML of the service template of the same name.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByText('service template New service')).toHaveCount(0);

  // A Helm service's values come from its chart: no template note, and a chart version hint of its own.
  await page.goto('/projects/helm-demo/releases/new');
  await page.getByLabel(/Version name$/).fill(uniqueName('e2e-unnamed'));
  await page.getByRole('radiogroup', { name: 'Source' }).getByText('Manual', { exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'Add a service by hand' }).click();
  await expect(page.getByText('A semantic version, e.g. 1.0.0.')).toBeVisible();
  await expect(page.getByText(/^Left empty, the server uses/)).toHaveCount(0);
});

test('a YAML that takes the request over 10 MB is pointed out on its service', async ({ page }) => {
  const editor = await manualService(page, uniqueName('e2e-big'), 'big');
  await expect(page.getByText(/^Request size: \d+ (B|KB) of 10 MB$/)).toBeVisible();
  await pasteLarge(editor, 10.2);

  await expect(page.getByText(/^Request size: 10\.\d MB of 10 MB$/)).toBeVisible();
  // The message is on the service: above its editor, and the editor's description.
  await expect(editor).toHaveAccessibleDescription(
    /The create request would be 10\.\d MB, over the 10 MB limit, and this service’s YAML is 10\.\d MB of it: make it smaller/,
  );
  await expect(page.getByText(/^YAML 10\.\d MB$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await expect(page.getByText(/Cannot continue yet: .*over the 10 MB limit/)).toBeVisible();
});

test('请求大小以中文显示，未超限时不报错', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('zrc.locale', 'zh-CN'));
  await page.goto('/projects/yaml-demo/releases/new');
  await page.getByLabel(/版本名称$/).fill(uniqueName('e2e-zh-size'));
  await page.getByRole('radiogroup', { name: '来源' }).getByText('手动', { exact: true }).click();
  await page.getByRole('button', { name: '下一步', exact: true }).click();
  await page.getByRole('button', { name: '手动添加服务' }).click();
  await page.getByLabel('服务名称').fill('big');
  await pasteLarge(page.getByRole('textbox', { name: 'big 的 YAML' }), 1.2);
  await expect(page.getByText(/^请求大小：1\.\d MB \/ 10 MB$/)).toBeVisible();
  await expect(
    page.getByText('一个版本通过一个请求创建，请求最多 10 MB，其中大部分是各服务的 YAML。'),
  ).toBeVisible();
  await expect(page.getByText(/^YAML 1\.\d MB$/)).toBeVisible();
  // The worker's check arrives: the step may go on.
  await expect(page.getByRole('button', { name: '下一步', exact: true })).toBeEnabled({ timeout: 30_000 });
});

test('a change of source or type that would drop services written by hand asks first, and Keep keeps them', async ({
  page,
}) => {
  const name = uniqueName('e2e-keep');
  const editor = await manualService(page, name, 'by-hand');
  await paste(editor, DEPLOYMENT);
  await expect(page.getByText('2 images', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page).toHaveURL(/step=basics/);

  const source = page.getByRole('radiogroup', { name: 'Source' });
  const ask = page.getByRole('dialog', { name: 'Remove the services you have?' });
  await source.getByText('From environment', { exact: true }).click();
  await expect(ask).toContainText('Switching removes the 1 service you have');
  await ask.getByRole('button', { name: 'Keep my services' }).click();
  await expect(page.getByRole('radio', { name: 'Manual' })).toBeChecked();
  await page
    .getByRole('radiogroup', { name: 'Version type' })
    .getByText('Helm chart', { exact: true })
    .click();
  await ask.getByRole('button', { name: 'Keep my services' }).click();
  await expect(page.getByRole('radio', { name: 'K8s YAML' })).toBeChecked();

  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'YAML of by-hand' })).toContainText(
    'harbor.demo.koderover.com/mall/web',
  );

  // Agreed to: switched, and the services are gone.
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await source.getByText('From a version', { exact: true }).click();
  await ask.getByRole('button', { name: 'Switch and remove' }).click();
  await expect(page.getByRole('radio', { name: 'From a version' })).toBeChecked();
  await source.getByText('Manual', { exact: true }).click();
  await expect(ask).toHaveCount(0);
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(page.getByText('No services yet.')).toBeVisible();
});

test('Tab indents in the YAML editor, Esc then Tab leaves it, and the hint under it says so', async ({
  page,
}) => {
  const editor = await manualService(page, uniqueName('e2e-keys'), 'keys');
  await expect(
    page.getByText('Tab indents. To leave the editor with the keyboard, press Esc, then Tab.'),
  ).toBeVisible();
  await editor.click();
  await page.keyboard.press('Tab');
  await expect(editor).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
});
