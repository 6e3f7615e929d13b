/**
 * axe-core in the component-test DOM (jsdom): the same WCAG 2.x A/AA and best-practice rules the browser
 * specs run (e2e/quality/support.ts), except colour contrast, which needs a layout and real colours that
 * jsdom does not compute. Contrast is checked in the browser specs, in each theme (the themes' colours
 * differ: src/app/accessible-tokens.ts).
 */
import axe from 'axe-core';
import { expect } from 'vitest';

export const THEMES = ['light', 'dark'] as const;
export const LOCALES = ['en-US', 'zh-CN'] as const;
/** Every language with every theme: the matrix the component tests walk. */
export const MATRIX = LOCALES.flatMap((locale) => THEMES.map((theme) => [locale, theme] as const));

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Fails on serious or critical violations in `root` (the whole document by default); a whole page also
 * needs one main heading and headings that do not skip levels (as in the browser specs).
 */
export async function expectNoSeriousViolations(what: string, root?: Element): Promise<void> {
  const results = await axe.run(root ?? document, {
    runOnly: { type: 'tag', values: TAGS },
    rules: {
      'color-contrast': { enabled: false },
      'color-contrast-enhanced': { enabled: false },
      // The page's <title> comes from index.html, which a component test does not load; the browser
      // specs check it.
      'document-title': { enabled: false },
    },
    resultTypes: ['violations'],
  });
  const outline = root ? [] : ['page-has-heading-one', 'heading-order'];
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical' || outline.includes(v.id),
  );
  const report = serious
    .map(
      (v) =>
        `[${v.impact}] ${v.id}: ${v.help}\n` +
        v.nodes
          .slice(0, 8)
          .map((n) => `    ${n.target.join(' ')}  ${n.html.slice(0, 140)}`)
          .join('\n'),
    )
    .join('\n');
  expect(serious.length, `${what}: serious/critical accessibility violations\n${report}`).toBe(0);
}
