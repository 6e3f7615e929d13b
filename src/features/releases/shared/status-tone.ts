/**
 * The one colour rule for every status badge, bar and marker: a version's status (creating, retrying,
 * success, failed) and an image push's status (any image-distribution job status) are both put in one
 * of four tones, and each tone has one colour. The list, the detail page, the progress bar and the
 * compare page all ask this module, so the same status never shows in two colours.
 *
 * Image push statuses: Zadig copies the image-distribution job's status into each image, and a job can
 * be in any of the statuses in pkg/microservice/aslan/config/consts.go (`Status*` and
 * `QueueItemPending`), not only the ones a push usually goes through. Each is put in one of the four
 * groups for display and progress figures; a status no Zadig release knows is `other`, shown in words.
 */
import { isActiveStatus } from '../../../api/model';

export type StatusTone = 'active' | 'done' | 'failed' | 'other';

const GROUP_OF: Record<string, StatusTone> = {
  '': 'active', // not started yet (an image to push)
  created: 'active',
  prepare: 'active',
  waiting: 'active',
  running: 'active',
  queued: 'active',
  pending: 'active',
  blocked: 'active',
  pause: 'active',
  notRun: 'active',
  wait_for_approval: 'active',
  wait_for_manual_error_handling: 'active',
  debug_before: 'active',
  debug_after: 'active',
  passed: 'done',
  distributed: 'done',
  skipped: 'done',
  unstable: 'done',
  failed: 'failed',
  timeout: 'failed',
  cancelled: 'failed',
  reject: 'failed',
  disabled: 'other',
  changed: 'other',
};

export function imageStatusGroup(status: string): StatusTone {
  return Object.hasOwn(GROUP_OF, status) ? GROUP_OF[status]! : 'other';
}

export function isKnownImageStatus(status: string): boolean {
  return status !== '' && Object.hasOwn(GROUP_OF, status);
}

/**
 * A status no catalogue has, made readable: `wait_for_something` → "Wait for something",
 * `notRun` → "Not run"; at most 60 characters.
 */
export function readableStatus(status: string): string {
  const words = status
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-.]+/g, ' ')
    .trim()
    .toLowerCase();
  if (!words) return status;
  const text = words.charAt(0).toUpperCase() + words.slice(1);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** antd preset colours (Tag `color`), one per tone. */
export const TONE_COLOUR: Record<StatusTone, 'processing' | 'success' | 'error' | 'default'> = {
  active: 'processing',
  done: 'success',
  failed: 'error',
  other: 'default',
};

/** The tone of a version's or an image's status ('' has none: callers say "not started" in words). */
export function statusTone(status: string): StatusTone {
  if (status === '') return 'other';
  if (isActiveStatus(status)) return 'active';
  if (status === 'success') return 'done';
  return imageStatusGroup(status);
}

export function statusColour(status: string): (typeof TONE_COLOUR)[StatusTone] {
  return TONE_COLOUR[statusTone(status)];
}

/** The progress bar's state for a version: red when it failed, moving while it runs (same tones). */
export function progressState(
  versionStatus: string,
  percent: number,
): 'exception' | 'active' | 'success' | 'normal' {
  const tone = statusTone(versionStatus);
  if (tone === 'failed') return 'exception';
  if (tone === 'active') return 'active';
  return percent === 100 ? 'success' : 'normal';
}
