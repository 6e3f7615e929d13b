// The sandbox worker across a version's life: deleted while creating, restarts, and the demo data.
import { describe, expect, it } from 'vitest';
import {
  detailByName,
  HOST,
  k8sRequest,
  startTestServer,
  waitFor,
  waitForStatus,
  type TestServer,
} from './test/helpers';

describe('delete while creating', () => {
  it('stops the copies; nothing brings the version back', async () => {
    const slow = await startTestServer({ pushMs: 400 });
    try {
      const target = `${HOST}/user-service:v6.0.0-deleted`;
      const req = k8sRequest({
        version_name: 'v6.0.0',
        services: [
          {
            service_name: 'user-service',
            images: [
              {
                ...k8sRequest().services[0]!.images[0]!,
                target_image: target,
                target_image_tag: 'v6.0.0-deleted',
              },
            ],
          },
        ],
      });
      expect((await slow.json('/openapi/delivery/releases/k8s', { method: 'POST', json: req })).status).toBe(
        200,
      );
      const running = await waitFor(
        () => detailByName(slow, 'yaml-demo', 'v6.0.0'),
        (r) => r.body.services[0].images[0].status === 'running',
      );
      expect(running.body.status).toBe('creating');
      const del = await slow.json(`/openapi/delivery/releases/${running.body.id}?projectKey=yaml-demo`, {
        method: 'DELETE',
      });
      expect(del.body).toEqual({ message: 'success' });
      await new Promise((r) => setTimeout(r, 700));
      expect((await detailByName(slow, 'yaml-demo', 'v6.0.0')).status).toBe(404);
      expect((await slow.json('/sandbox/images')).body.images).not.toContain(target);
      const names = (
        await slow.json('/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=100')
      ).body.list.map((i: { version_name: string }) => i.version_name);
      expect(names).not.toContain('v6.0.0');
      // and after a restart
      await slow.stop();
      const again = await startTestServer({ pushMs: 50, dataDir: slow.dataDir, staticDir: slow.staticDir });
      try {
        await new Promise((r) => setTimeout(r, 200));
        expect((await detailByName(again, 'yaml-demo', 'v6.0.0')).status).toBe(404);
      } finally {
        await again.stop();
      }
    } finally {
      await slow.destroy();
    }
  });
});

describe('persistence and demo data', () => {
  it('keeps versions across a restart, and the seeded creating version finishes', async () => {
    const first = await startTestServer({ pushMs: 50 });
    const creating = (await detailByName(first, 'yaml-demo', 'v1.11.0')).body;
    expect(['creating', 'success']).toContain(creating.status);
    const finished = await waitForStatus(first, 'yaml-demo', 'v1.11.0', ['success', 'failed']);
    expect(finished.status).toBe('success');
    expect((await waitForStatus(first, 'helm-demo', 'v2.8.1', ['success', 'failed'])).status).toBe('success');
    expect(
      (
        await first.json('/openapi/delivery/releases/k8s', {
          method: 'POST',
          json: k8sRequest({ version_name: 'v-persist' }),
        })
      ).status,
    ).toBe(200);
    const before = await waitForStatus(first, 'yaml-demo', 'v-persist', ['success']);
    const listBefore = (
      await first.json('/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=100')
    ).body;
    await first.stop();
    const second = await startTestServer({ pushMs: 50, dataDir: first.dataDir, staticDir: first.staticDir });
    try {
      expect((await detailByName(second, 'yaml-demo', 'v-persist')).body).toEqual(before);
      expect(
        (await second.json('/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=100')).body,
      ).toEqual(listBefore);
    } finally {
      await second.destroy();
    }
  });

  it('demo data: every status, both languages, and a failed version that can be retried to success', async () => {
    // slow copies first, so the seeded in-flight versions are still in flight when listed
    const slow = await startTestServer({ pushMs: 60_000 });
    let fresh: TestServer = slow;
    try {
      const statuses = new Set<string>();
      let total = 0;
      for (const key of ['yaml-demo', 'helm-demo']) {
        const { body } = await fresh.json(
          `/openapi/delivery/releases?projectKey=${key}&pageNum=1&pageSize=100`,
        );
        total += body.total;
        for (const i of body.list) statuses.add(i.status);
        expect(body.list.some((i: { description: string }) => /[\u4e00-\u9fff]/.test(i.description))).toBe(
          true,
        );
        expect(body.list.some((i: { description: string }) => /^[\x20-\x7e]+$/.test(i.description))).toBe(
          true,
        );
      }
      expect(total).toBeGreaterThanOrEqual(25);
      expect([...statuses].sort()).toEqual(['creating', 'failed', 'retrying', 'success']);
      await slow.stop();
      fresh = await startTestServer({ pushMs: 30, dataDir: slow.dataDir, staticDir: slow.staticDir });
      const failed = (await detailByName(fresh, 'yaml-demo', 'v1.9.1')).body;
      expect(failed.status).toBe('failed');
      const missing = failed.services
        .flatMap((s: { images: Array<{ status: string; source_image: string }> }) => s.images)
        .find((i: { status: string }) => i.status === 'failed').source_image;
      expect(failed.error).toContain(missing);
      expect((await fresh.json('/sandbox/images')).body.images).not.toContain(missing);
      await fresh.json('/sandbox/images', { method: 'POST', json: { image: missing } });
      await fresh.json(`/openapi/delivery/releases/retry?id=${failed.id}&projectKey=yaml-demo`, {
        method: 'POST',
      });
      expect((await waitForStatus(fresh, 'yaml-demo', 'v1.9.1', ['success', 'failed'])).status).toBe(
        'success',
      );
      // catalog: env images and successful targets
      const images = new Set((await fresh.json('/sandbox/images')).body.images as string[]);
      for (const key of ['yaml-demo', 'helm-demo']) {
        const envs = [
          ...(await fresh.json(`/openapi/environments?projectKey=${key}`)).body,
          ...(await fresh.json(`/openapi/environments/production?projectKey=${key}`)).body,
        ];
        expect(envs.length).toBeGreaterThanOrEqual(2);
        expect(envs.filter((e: { production: boolean }) => e.production)).toHaveLength(1);
        for (const e of envs) {
          const d = (await fresh.json(`/openapi/environments/${e.env_key}?projectKey=${key}`)).body;
          expect(d.services.length).toBeGreaterThanOrEqual(3);
          for (const s of d.services) for (const c of s.containers) expect(images.has(c.image)).toBe(true);
        }
        for (const t of (await fresh.json(`/openapi/service/yaml/services?projectKey=${key}`)).body) {
          for (const c of t.containers) expect(images.has(c.image)).toBe(true);
        }
      }
      const ok = (await detailByName(fresh, 'helm-demo', 'v2.4.0')).body;
      for (const s of ok.services) for (const i of s.images) expect(images.has(i.target_image)).toBe(true);
    } finally {
      await fresh.destroy();
      await slow.destroy();
    }
  });
});
