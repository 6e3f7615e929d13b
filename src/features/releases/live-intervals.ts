/**
 * How often what is live is read again (ms), paused while the tab is hidden. Zadig's own workers look
 * at a version in flight every 5 s: the console asks no more often than that.
 */

/** A version's detail while it is in flight. */
export const LIVE_DETAIL_INTERVAL = 5_000;
/** A list page that shows a version in flight. */
export const LIVE_LIST_INTERVAL = 5_000;
/** The version index while a version of the project is in flight. */
export const INDEX_LIVE_INTERVAL = 5_000;
/** The version index otherwise: new or deleted versions still show within this long. */
export const INDEX_IDLE_INTERVAL = 10_000;
/**
 * A version at rest (list page, detail) is read again now and then, so that one deleted or changed
 * elsewhere is noticed without a reload. A list page reads either its page (no filter) or the version
 * index (a filter), never both: the two intervals never add up.
 */
export const IDLE_INTERVAL = 10_000;
