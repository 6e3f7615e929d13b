/**
 * Image push statuses. Zadig copies the image-distribution job's status into each image, and a job can
 * be in any of the statuses in pkg/microservice/aslan/config/consts.go (`Status*` and
 * `QueueItemPending`), not only the ones a push usually goes through. Each is put in one of four groups
 * for display and progress figures; a status no Zadig release knows is `other`, shown in words.
 */
export type ImageStatusGroup = 'active' | 'done' | 'failed' | 'other';

const GROUP_OF: Record<string, ImageStatusGroup> = {
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

export function imageStatusGroup(status: string): ImageStatusGroup {
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
