import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { normaliseReleaseDetail, normaliseReleasePage, toMillis } from './normalise';

describe('normaliseReleasePage', () => {
  it('reads the real-server list (create_time) and the documented one (created_time)', () => {
    const page = normaliseReleasePage({
      list: [
        {
          id: 'a',
          version_name: 'v13',
          type: 'K8SYaml',
          source: 'manual',
          status: 'success',
          labels: [],
          description: 'd',
          created_by: 'patrick',
          create_time: 1713928977,
        },
        {
          id: 'b',
          version_name: 'v12',
          type: 'HelmChart',
          source: 'from_env',
          status: 'failed',
          created_time: 1713852676,
        },
      ],
      total: 12,
    });
    expect(page.total).toBe(12);
    expect(page.items[0]).toEqual({
      id: 'a',
      name: 'v13',
      type: 'K8SYaml',
      source: 'manual',
      status: 'success',
      labels: [],
      description: 'd',
      createdBy: 'patrick',
      createdAt: 1713928977000,
    });
    expect(page.items[1]).toMatchObject({
      labels: [],
      description: '',
      createdBy: '',
      createdAt: 1713852676000,
    });
  });

  it('keeps unknown statuses as they are', () => {
    const page = normaliseReleasePage({ list: [{ id: 'x', version_name: 'v', status: 'paused' }], total: 1 });
    expect(page.items[0]?.status).toBe('paused');
  });

  it('treats a null list as empty', () => {
    expect(normaliseReleasePage({ list: null, total: 0 })).toEqual({ items: [], total: 0 });
  });

  it('throws a typed error for a payload of the wrong shape', () => {
    expect(() => normaliseReleasePage({ list: 'nope', total: 1 })).toThrow(ApiError);
    try {
      normaliseReleasePage({ items: [] });
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).kind).toBe('invalid-response');
      expect((error as ApiError).detail).toContain('total');
    }
  });
});

describe('normaliseReleaseDetail', () => {
  const realServer = {
    version: 'v7.0.0',
    project_name: 'yaml',
    env_name: 'dev',
    production: false,
    type: 'K8SYaml',
    source: 'from_env',
    desc: 'release notes',
    labels: [],
    image_registry_id: 'reg1',
    chart_repo_name: '',
    services: [
      {
        service_name: 'service1',
        chart_name: '',
        original_chart_version: '',
        chart_version: '',
        chart_status: '',
        yaml_content: 'kind: Deployment\n',
        images: [
          {
            container_name: 'service1',
            image_name: 'service1',
            source_image: 'r.io/test/service1:1',
            source_image_tag: '1',
            target_image: 'r.io/test/service1:v2',
            target_image_tag: 'v2',
            image_path: null,
            push_image: true,
            status: 'passed',
            error: '',
          },
        ],
        error: '',
      },
    ],
    status: 'success',
    error: '',
    created_by: 'lilian',
    created_at: 1757493873,
    deleted_at: 0,
  };

  it('reads real-server names and fills the id it was asked for', () => {
    const detail = normaliseReleaseDetail(realServer, { id: '66287b', projectKey: 'yaml' });
    expect(detail).toMatchObject({
      id: '66287b',
      name: 'v7.0.0',
      projectKey: 'yaml',
      description: 'release notes',
      createdAt: 1757493873000,
      envName: 'dev',
      imageRegistryId: 'reg1',
    });
    expect(detail.services[0]?.images[0]).toMatchObject({
      sourceImage: 'r.io/test/service1:1',
      targetImageTag: 'v2',
      pushImage: true,
      status: 'passed',
      imagePath: null,
    });
  });

  it('reads documented names', () => {
    const detail = normaliseReleaseDetail({
      id: 'id1',
      version_name: 'v1',
      project_key: 'p',
      description: 'doc',
      created_time: 1700000000,
      status: 'creating',
      services: null,
    });
    expect(detail).toMatchObject({
      id: 'id1',
      name: 'v1',
      projectKey: 'p',
      description: 'doc',
      services: [],
    });
  });
});

describe('toMillis', () => {
  it('turns seconds into milliseconds and leaves milliseconds alone', () => {
    expect(toMillis(1700000000)).toBe(1700000000000);
    expect(toMillis(1700000000123)).toBe(1700000000123);
    expect(toMillis(0)).toBeNull();
    expect(toMillis(undefined)).toBeNull();
  });
});

describe('normaliseReleaseDetail: liberal in what it reads', () => {
  it('reads a 300-character values path and any job status Zadig copies into an image', () => {
    // Zadig stores any string in `image_path` and copies any job status into the image
    // (pkg/microservice/aslan/core/common/repository/models/delivery_version_v2.go;
    // pkg/microservice/aslan/config/consts.go lists skipped, pause, queued, blocked, ...).
    const longPath = `global.${'deeply.'.repeat(41)}image.repository`;
    expect(longPath.length).toBeGreaterThanOrEqual(300);
    const detail = normaliseReleaseDetail({
      version: 'v1',
      project_name: 'p',
      type: 'HelmChart',
      status: 'success',
      created_at: 1,
      services: [
        {
          service_name: 'api',
          images: [
            { container_name: 'api', image_path: { image: longPath, tag: 'image.tag' }, status: 'skipped' },
            { container_name: 'sidecar', image_path: null, status: 'wait_for_approval' },
          ],
        },
      ],
    });
    expect(detail.services[0]!.images[0]!.imagePath).toEqual({ image: longPath, tag: 'image.tag' });
    expect(detail.services[0]!.images.map((i) => i.status)).toEqual(['skipped', 'wait_for_approval']);
  });
});
