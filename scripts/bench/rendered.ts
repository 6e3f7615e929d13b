/**
 * What rendering the list on the server could give at most: the list as our app renders it, saved as
 * static HTML (its stylesheet and the theme's inline styles kept, every script removed), then loaded
 * cold and warm like the other pages. Its first row shows at its first contentful paint (the whole
 * page arrives at once; the stylesheet blocks the paint). A server-rendered page would also need the
 * server's render time and, to be usable, the same script the app runs today (hydration).
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { freshPage, networkQuiet, seenAt } from './browser';
import { median } from './stats';

export async function saveRenderedPage(
  browser: Browser,
  base: string,
  path: string,
  text: string,
  file: string,
): Promise<void> {
  const { context, page } = await freshPage(browser, base, [text]);
  await page.goto(path);
  await seenAt(page, text);
  await networkQuiet(page);
  const html = await page.evaluate(() => {
    const root = document.documentElement.cloneNode(true) as HTMLElement;
    root.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
    return `<!doctype html>\n${root.outerHTML}`;
  });
  writeFileSync(file, html);
  await context.close();
}

async function firstPaint(browser: Browser, base: string, path: string, runs: number) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await freshPage(browser, base, []);
    await page.close();
    for (const into of [cold, warm]) {
      const tab = await context.newPage();
      await tab.goto(path);
      const handle = await tab.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        undefined,
        { polling: 50 },
      );
      into.push((await handle.jsonValue()) as number);
      await tab.close();
    }
    await context.close();
  }
  const figure = (all: number[]) => ({ ms: median(all), all: all.map(Math.round) });
  return { cold: figure(cold), warm: figure(warm) };
}

export type RenderedFigures = Awaited<ReturnType<typeof firstPaint>>;
export const measureRendered = firstPaint;
