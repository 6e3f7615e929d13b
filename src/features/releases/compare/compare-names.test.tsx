// @vitest-environment jsdom
/**
 * The comparison page, its base picker and its compared-version picker each have a name of their own
 * in every language: a screen-reader user (or anyone reading the page) can tell the page from a picker.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { routePatterns } from '../../../lib/paths';
import { fakeServer, json, listItem, renderRoutes } from '../testing/render-page';
import { ComparePage } from './compare-page';
import { compareMessages } from './messages';

afterEach(cleanup);

describe('the comparison page’s names', { timeout: 40_000 }, () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`${locale}: the title and the two pickers are named apart`, async () => {
      fakeServer(() => json({ list: [listItem()], total: 1 }));
      const words = compareMessages[locale];
      renderRoutes(
        [{ path: routePatterns.compare, element: <ComparePage /> }],
        '/projects/shop/compare',
        locale,
      );
      const title = await screen.findByRole('heading', { level: 1 });
      expect(title.textContent).toBe(words.title);
      expect(screen.getAllByRole('combobox', { name: words.base })).toHaveLength(1);
      expect(screen.getAllByRole('combobox', { name: words.head })).toHaveLength(1);
      // The title is not named like a picker (nor a picker like the title).
      expect(screen.queryAllByRole('heading', { name: words.head })).toHaveLength(0);
      expect(screen.queryAllByRole('heading', { name: words.base })).toHaveLength(0);
      expect(screen.queryAllByRole('combobox', { name: words.title })).toHaveLength(0);
    });
  }
});
