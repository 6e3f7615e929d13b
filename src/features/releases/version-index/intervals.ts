/** How often the version index is refreshed while the list shows it (ms); paused while hidden. */

/** A version is in flight: Zadig's own pace (its workers poll every 5 s). */
export const INDEX_LIVE_INTERVAL = 5_000;
/** Nothing in flight: new or deleted versions still show within this long. */
export const INDEX_IDLE_INTERVAL = 10_000;
