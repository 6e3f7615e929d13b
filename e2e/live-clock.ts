/**
 * So that no browser test waits for a real poll interval (src/features/releases/live-intervals.ts): the
 * page's timers run on Playwright's clock, which flows by itself as usual, and once what the page should
 * show is true on the server, `nextRead` moves the clock on by a whole interval, which fires the page's
 * due read at once. The page's own pace still runs beside it, so a test is never slower than before.
 */
import type { Page } from '@playwright/test';
import { IDLE_INTERVAL } from '../src/features/releases/live-intervals';

/** Puts the page's timers on the test's clock; before the page's first navigation. */
export async function installClock(page: Page): Promise<void> {
  await page.clock.install();
}

/**
 * The page's next periodic read happens now: the clock jumps `ms` on (the longest interval by default:
 * a page at rest), firing every timer due meanwhile once. Call it once the server has what the page
 * should show; notices already on screen may close with the jump.
 */
export async function nextRead(page: Page, ms: number = IDLE_INTERVAL): Promise<void> {
  await page.clock.fastForward(ms);
}
