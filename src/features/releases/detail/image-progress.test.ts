import { describe, expect, it } from 'vitest';
import type { ReleaseImage, ReleaseService } from '../../../api/model';
import { imageProgress, withTag } from './image-progress';

const image = (status: string, pushImage = true): ReleaseImage => ({
  containerName: 'c',
  imageName: 'i',
  sourceImage: 'r/i:1',
  sourceImageTag: '1',
  targetImage: 'r/i:2',
  targetImageTag: '2',
  imagePath: null,
  pushImage,
  status,
  error: '',
});
const service = (images: ReleaseImage[]): ReleaseService => ({
  serviceName: 's',
  chartName: '',
  chartVersion: '',
  chartStatus: '',
  yamlContent: '',
  error: '',
  images,
});

describe('imageProgress', () => {
  it('counts pushed images out of those to push, across services', () => {
    const p = imageProgress([
      service([image('passed'), image('running')]),
      service([image('failed'), image('', false), image('')]),
    ]);
    expect(p.total).toBe(4);
    expect(p.pushed).toBe(1);
    expect(p.byStatus).toEqual({ passed: 1, running: 1, failed: 1, 'not-pushed': 1, '': 1 });
  });

  it('is empty for a version without images', () => {
    expect(imageProgress([])).toEqual({
      total: 0,
      pushed: 0,
      groups: { active: 0, done: 0, failed: 0, other: 0 },
      byStatus: {},
    });
  });

  it('groups any job status Zadig copies into an image (pkg/microservice/aslan/config/consts.go)', () => {
    const p = imageProgress([
      service(
        ['queued', 'pause', 'wait_for_approval', 'skipped', 'passed', 'reject', 'brand_new'].map((s) =>
          image(s),
        ),
      ),
    ]);
    expect(p.groups).toEqual({ active: 3, done: 2, failed: 1, other: 1 });
    expect(p.pushed).toBe(1);
  });
});

describe('withTag', () => {
  it('adds the tag only when missing', () => {
    expect(withTag('reg/app:v2', 'v2')).toBe('reg/app:v2');
    expect(withTag('reg/app', 'v2')).toBe('reg/app:v2');
    expect(withTag('reg/app@sha256:abc', 'v2')).toBe('reg/app@sha256:abc');
    expect(withTag('reg/app', '')).toBe('reg/app');
  });
});
