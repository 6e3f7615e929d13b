/**
 * So that no browser test waits for a real poll interval (src/features/releases/live-intervals.ts): the
 * page's timers run on Playwright's clock, which flows by itself as usual, and once what the page should
 * show is true on the server, `nextRead` moves the clock on by up to a whole interval, which fires the
 * page's due read at once. The page's own pace still runs beside it, so a test is never slower than before.
 */
import type { Locator, Page } from '@playwright/test';
import { IDLE_INTERVAL } from '../src/features/releases/live-intervals';

/** Puts the page's timers on the test's clock; before the page's first navigation. */
export async function installClock(page: Page): Promise<void> {
  await page.clock.install();
}

/**
 * The page's next periodic read happens now: the clock moves `ms` on (the longest interval by default:
 * a page at rest) in steps of a second, firing the timers due in each step once, and stops as soon as
 * `until` shows (the page may have read it by itself meanwhile). Call it once the server has what the
 * page should show. Short steps and the early stop keep a notice that has just opened on screen: its
 * own timer loses at most one step.
 */
export async function nextRead(page: Page, until: Locator, ms: number = IDLE_INTERVAL): Promise<void> {
  for (let moved = 0; moved < ms; moved += STEP_MS) {
    if (await until.isVisible()) return;
    await page.clock.fastForward(Math.min(STEP_MS, ms - moved));
  }
}

const STEP_MS = 1_000;
