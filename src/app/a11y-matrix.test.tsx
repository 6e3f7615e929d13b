// @vitest-environment jsdom
/**
 * Accessibility of the version pages in every language with every theme: axe (WCAG 2.x A/AA and best
 * practices, all but colour contrast; see src/test/axe.ts) finds no serious or critical violation on the
 * list, the delete dialog, the detail with its YAML open and the comparison with its diff open.
 * Colour contrast needs a real browser: e2e/quality/a11y.spec.ts checks it on every page in both themes.
 */
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, it, vi } from 'vitest';
import { routePatterns } from '../lib/paths';
import { expectNoSeriousViolations, MATRIX } from '../test/axe';
import { themed } from './testing/themed';
import { ComparePage } from '../features/releases/compare/compare-page';
import { compareMessages } from '../features/releases/compare/messages';
import { detailMessages } from '../features/releases/detail/messages';
import { sharedMessages } from '../features/releases/shared/messages';
import {
  fakeServer,
  json,
  listItem,
  realDetail,
  registries,
  renderPage,
  renderRoutes,
} from '../features/releases/testing/render-page';

// antd in jsdom on a busy machine: a page and three axe passes take many seconds.
vi.setConfig({ testTimeout: 120_000 });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

const BASE = '/openapi/delivery/releases';

/** Real (v4.0–v5.0) Zadig routes: the list, and a detail by name (`/detail?versionName=`). */
function zadig() {
  return fakeServer((r) => {
    if (r.url.pathname === '/openapi/system/registry') return json(registries);
    if (r.method === 'GET' && r.url.pathname === BASE) {
      return json({
        list: [
          listItem({ id: 'a', version_name: 'v7.0.0', status: 'failed', labels: ['GA'] }),
          listItem({ id: 'b', version_name: 'v6.0.0', status: 'success' }),
          listItem({ id: 'c', version_name: 'v5.0.0', status: 'creating' }),
        ],
        total: 3,
      });
    }
    if (r.method === 'GET' && r.url.pathname === `${BASE}/detail`) {
      const name = r.url.searchParams.get('versionName')!;
      const yaml = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: service1\n  labels:\n    v: ${name}\n`;
      const detail = realDetail({ version: name });
      const [service] = detail.services;
      return json({ ...detail, services: [{ ...service!, yaml_content: yaml }] });
    }
    return undefined;
  });
}

const compareRoutes = [{ path: routePatterns.compare, element: <ComparePage /> }];

for (const [locale, theme] of MATRIX) {
  describe(`${locale}, ${theme} theme`, () => {
    const where = `(${locale}, ${theme})`;

    it('the version list and its delete dialog', async () => {
      zadig();
      renderPage('/projects/yaml/releases', { locale, antd: themed(theme) });
      await screen.findByRole('link', { name: 'v7.0.0' });
      await expectNoSeriousViolations(`list ${where}`);

      const remove = sharedMessages[locale]['delete.label'].replace('{name}', 'v7.0.0');
      await userEvent.click(screen.getByRole('button', { name: remove }));
      const dialog = await screen.findByRole('dialog');
      await within(dialog).findByRole('button', { name: /Delete|删\s?除/ });
      await expectNoSeriousViolations(`delete dialog ${where}`);
    });

    it('the detail of a failed version, with its YAML open', async () => {
      zadig();
      renderPage('/projects/yaml/releases/a?name=v7.0.0', { locale, antd: themed(theme) });
      await screen.findByRole('heading', { name: 'v7.0.0', level: 1 });
      await expectNoSeriousViolations(`detail ${where}`);

      const show = detailMessages[locale].showYaml;
      await userEvent.click((await screen.findAllByRole('button', { name: new RegExp(show) }))[0]!);
      await screen.findByRole('textbox');
      await expectNoSeriousViolations(`detail with YAML ${where}`);
    });

    it('the comparison, with a diff open', async () => {
      zadig();
      renderRoutes(compareRoutes, '/projects/yaml/compare?base=v6.0.0&head=v7.0.0', locale, themed(theme));
      const show = `${compareMessages[locale].showDiff}`;
      const button = await screen.findByRole('button', { name: new RegExp(`^${show}`) });
      await expectNoSeriousViolations(`comparison ${where}`);
      await userEvent.click(button);
      await screen.findAllByRole('textbox');
      await expectNoSeriousViolations(`comparison with its diff ${where}`);
    });
  });
}
