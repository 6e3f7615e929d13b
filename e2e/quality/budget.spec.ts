/**
 * JS budget: the JavaScript a browser downloads on a first visit to the version list, gzipped, is at
 * most 300 KB; the code editor, the diff view, the wizard and the answer validator (zod) are not among
 * it (they load when used). The chunk list is printed on every run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';

const BUDGET_KB = 300;
const LIST = '/projects/yaml-demo/releases';
const STATIC_DIR = process.env.E2E_STATIC_DIR ?? 'dist';

/** What identifies each thing that must load only when used, in a chunk's name or text. */
const LAZY = [
  // CodeMirror's own theme class names survive minification.
  { what: 'code editor (CodeMirror)', text: /cm-content|cm-gutters/ },
  { what: 'diff view (@codemirror/merge)', text: /cm-mergeView|cm-deletedChunk/ },
  { what: 'wizard', name: /create-release|wizard/i },
  // zod's own error class names survive minification.
  { what: 'answer validator (zod)', text: /\$ZodType|ZodError/ },
] as const;

interface Chunk {
  name: string;
  raw: number;
  gzip: number;
  wire: number;
  text: string;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

test('first visit to the version list stays within the JS budget and loads no editor, diff, wizard or validator', async ({
  page,
}) => {
  const pending: Promise<Chunk | null>[] = [];
  page.on('response', (response: Response) => {
    const type = response.headers()['content-type'] ?? '';
    const url = new URL(response.url());
    if (!/javascript/.test(type) && !url.pathname.endsWith('.js')) return;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => null);
        if (!body) return null;
        const sizes = await response.request().sizes();
        return {
          name: url.pathname,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
          wire: sizes.responseBodySize,
          text: body.toString('utf8'),
        };
      })(),
    );
  });

  // The project's event stream stays open while the list is shown, so the network would never be idle:
  // here it answers once and ends (the page then polls), which loads the same code.
  await page.route('**/version-events', (route) =>
    route.fulfill({ status: 200, contentType: 'text/event-stream', body: ': closed\n\n' }),
  );
  await page.goto(LIST);
  // The list is shown: its first row (or its empty state) is there.
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toBeVisible();
  await page.waitForLoadState('networkidle');

  const chunks = (await Promise.all(pending)).filter((c): c is Chunk => c !== null);
  chunks.sort((a, b) => b.gzip - a.gzip);
  const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
  const lines = [
    `JS on first visit to ${LIST} (KB)`,
    `${'raw'.padStart(7)} ${'gzip-9'.padStart(7)} ${'wire'.padStart(7)}  chunk`,
    ...chunks.map((c) => `${kb(c.raw)} ${kb(c.gzip)} ${kb(c.wire)}  ${c.name}`),
    `${kb(chunks.reduce((s, c) => s + c.raw, 0))} ${kb(total)} ${kb(chunks.reduce((s, c) => s + c.wire, 0))}  total (budget ${BUDGET_KB})`,
  ];
  console.log(lines.join('\n'));
  test.info().annotations.push({ type: 'js-gzip-kb', description: (total / 1024).toFixed(1) });

  expect(chunks.length).toBeGreaterThan(0);
  expect(total / 1024, `first-visit JS, gzipped KB:\n${lines.join('\n')}`).toBeLessThanOrEqual(BUDGET_KB);

  // Each lazy thing exists in the build (so the check below can fail) and was not loaded.
  const built = readdirSync(join(STATIC_DIR, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: `/assets/${f}`, text: readFileSync(join(STATIC_DIR, 'assets', f), 'utf8') }));
  for (const lazy of LAZY) {
    const matches = (c: { name: string; text: string }) =>
      'name' in lazy ? lazy.name.test(c.name) : lazy.text.test(c.text);
    expect(built.filter(matches).length, `${lazy.what} is in the build`).toBeGreaterThan(0);
    const loaded = chunks.filter(matches).map((c) => c.name);
    expect(loaded, `${lazy.what} must not load on the list`).toEqual([]);
  }
});
