import type { ReleaseService } from '../../../api/model';
import { imageStatusGroup, type StatusTone } from '../shared/status-tone';

export interface ImageProgress {
  /** Images that are to be pushed. */
  total: number;
  /** Of those, pushed successfully. */
  pushed: number;
  /** Of those, how many are in each group (in progress, done, failed, other). */
  groups: Record<StatusTone, number>;
  /** Count per image status ('' = not started; images not to be pushed are counted as 'not-pushed'). */
  byStatus: Record<string, number>;
}

/** "x of N images pushed", the count per group and per status, over every service of a version. */
export function imageProgress(services: readonly ReleaseService[]): ImageProgress {
  const byStatus: Record<string, number> = {};
  const groups: Record<StatusTone, number> = { active: 0, done: 0, failed: 0, other: 0 };
  let total = 0;
  let pushed = 0;
  for (const service of services) {
    for (const image of service.images) {
      const key = image.pushImage ? image.status : image.status || 'not-pushed';
      byStatus[key] = (byStatus[key] ?? 0) + 1;
      if (!image.pushImage) continue;
      total++;
      groups[imageStatusGroup(image.status)]++;
      if (image.status === 'passed' || image.status === 'distributed') pushed++;
    }
  }
  return { total, pushed, groups, byStatus };
}

/** `image:tag` unless the image reference already ends with that tag. */
export function withTag(image: string, tag: string): string {
  if (!tag || image.endsWith(`:${tag}`) || image.includes('@')) return image;
  return `${image}:${tag}`;
}
