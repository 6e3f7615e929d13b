/**
 * In-page breakdown of one load, from the page's own performance entries (all from navigation start):
 * when the last script needed before the first row was received, when the list's request started and
 * its answer was received, and when the first row's text was in the DOM (the MutationObserver of
 * `browser.ts`). Taken for our page and the floor alike.
 */
import type { Page } from '@playwright/test';
import { median } from './stats';

export interface Breakdown {
  /** The last script (`.js`) received before the first row showed. */
  lastScriptMs: number | null;
  /** The data request started … */
  apiStartMs: number | null;
  /** … and its answer was received in full. */
  apiEndMs: number | null;
  /** The first row's text in the DOM and visible. */
  rowMs: number;
  /** … in the app's own page, which can be used (later than `rowMs` on a page the server rendered). */
  appRowMs: number;
}

export async function breakdownOf(
  page: Page,
  apiPath: string,
  rowMs: number,
  appRowMs: number,
): Promise<Breakdown> {
  const found = await page.evaluate(
    ({ prefix, until }) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const scripts = entries.filter(
        (e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= until,
      );
      // A list the server rendered into the page came with the page: its "request" is the page's own.
      const api =
        entries.find((e) => new URL(e.name).pathname.startsWith(prefix) && e.startTime < until) ??
        (document.querySelector('[data-server-render]') || document.getElementById('zrc-first-list')
          ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          : undefined);
      return {
        lastScriptMs: scripts.length ? Math.max(...scripts.map((e) => e.responseEnd)) : null,
        apiStartMs: api ? api.startTime : null,
        apiEndMs: api ? api.responseEnd : null,
      };
    },
    { prefix: apiPath, until: rowMs },
  );
  return { ...found, rowMs, appRowMs };
}

const med = (values: Array<number | null>) => {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? median(known) : Number.NaN;
};

/** Median of each step over the visits. */
export function medianBreakdown(all: Breakdown[]): Breakdown {
  return {
    lastScriptMs: med(all.map((b) => b.lastScriptMs)),
    apiStartMs: med(all.map((b) => b.apiStartMs)),
    apiEndMs: med(all.map((b) => b.apiEndMs)),
    rowMs: med(all.map((b) => b.rowMs)),
    appRowMs: med(all.map((b) => b.appRowMs)),
  };
}

const ms = (n: number | null) => (n === null || Number.isNaN(n) ? '–' : `${Math.round(n)} ms`);

/** Table rows: each step for ours and the floor, cold and warm; the last, answer → first row. */
export function breakdownRows(
  what: string,
  ours: { cold: Breakdown; warm: Breakdown },
  floor: { cold: Breakdown; warm: Breakdown },
): Array<[string, string, string, string]> {
  const pair = (b: { cold: Breakdown; warm: Breakdown }, step: (x: Breakdown) => number | null) =>
    `${ms(step(b.cold))} / ${ms(step(b.warm))}`;
  const steps: Array<[string, (b: Breakdown) => number | null]> = [
    ['last script received', (b) => b.lastScriptMs],
    ['list request starts (the page’s own, when the list came in it)', (b) => b.apiStartMs],
    ['list answer received', (b) => b.apiEndMs],
    ['first row in the DOM', (b) => b.rowMs],
    ['answer received → first row (ms after the answer)', (b) => b.rowMs - (b.apiEndMs ?? Number.NaN)],
    ['first row of the app itself, usable', (b) => b.appRowMs],
  ];
  return steps.map(([label, step]) => [
    `${what}, in the page, cold / warm: ${label}`,
    pair(ours, step),
    pair(floor, step),
    '',
  ]);
}
