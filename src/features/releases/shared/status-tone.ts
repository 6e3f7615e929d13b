/**
 * The one colour rule for every status badge, bar and marker: a version's status (creating, retrying,
 * success, failed) and an image push's status (any image-distribution job status) are both put in one
 * of four tones, and each tone has one colour. The list, the detail page, the progress bar and the
 * compare page all ask this module, so the same status never shows in two colours.
 */
import { isActiveStatus } from '../../../api/model';
import { imageStatusGroup, type ImageStatusGroup } from './image-status';

export type StatusTone = ImageStatusGroup;

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
