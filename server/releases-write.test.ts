// Deleting and retrying versions on the sandbox, and its optional token (SANDBOX_TOKEN).
import { describe, expect, it } from 'vitest';
import { detailByName, k8sRequest, serverForTheseTests, startTestServer } from './test/helpers';

const server = serverForTheseTests();

describe('delete', () => {
  it('needs projectKey, deletes, and answers success for unknown ids', async () => {
    const create = await server.json('/openapi/delivery/releases/k8s', {
      method: 'POST',
      json: k8sRequest({ version_name: 'v-to-delete' }),
    });
    expect(create).toEqual({ status: 200, body: { message: 'success' } });
    const { body } = await detailByName(server, 'yaml-demo', 'v-to-delete');
    const noKey = await server.json(`/openapi/delivery/releases/${body.id}`, { method: 'DELETE' });
    expect(noKey.status).toBe(400);
    expect(noKey.body.description).toBe('projectKey: is required');
    // another project's key deletes nothing, and says so
    const mismatched = await server.json(`/openapi/delivery/releases/${body.id}?projectKey=helm-demo`, {
      method: 'DELETE',
    });
    expect(mismatched.status).toBe(404);
    expect(mismatched.body).toMatchObject({ code: 6563, message: 'version not found' });
    expect(mismatched.body.description).toContain('helm-demo');
    expect((await server.json(`/openapi/delivery/releases/${body.id}`)).status).toBe(200);
    const del = await server.json(`/openapi/delivery/releases/${body.id}?projectKey=yaml-demo`, {
      method: 'DELETE',
    });
    expect(del).toEqual({ status: 200, body: { message: 'success' } });
    expect((await server.json(`/openapi/delivery/releases/${body.id}`)).status).toBe(404);
    const again = await server.json(`/openapi/delivery/releases/${body.id}?projectKey=yaml-demo`, {
      method: 'DELETE',
    });
    expect(again).toEqual({ status: 200, body: { message: 'success' } });
    // the name is free again
    const recreate = await server.json('/openapi/delivery/releases/k8s', {
      method: 'POST',
      json: k8sRequest({ version_name: 'v-to-delete' }),
    });
    expect(recreate.status).toBe(200);
  });
});

describe('retry validation', () => {
  it('needs id and projectKey (body or query) and a failed version', async () => {
    const none = await server.json('/openapi/delivery/releases/retry', { method: 'POST' });
    expect(none.status).toBe(400);
    expect(none.body.description).toContain('id: is required');
    expect(none.body.description).toContain('projectKey: is required');
    const unknown = await server.json('/openapi/delivery/releases/retry?id=nope&projectKey=yaml-demo', {
      method: 'POST',
    });
    expect(unknown.status).toBe(404);
    const ok = await detailByName(server, 'yaml-demo', 'v1.4.0');
    const notFailed = await server.json(
      `/openapi/delivery/releases/retry?id=${ok.body.id}&projectKey=yaml-demo`,
      {
        method: 'POST',
      },
    );
    expect(notFailed.status).toBe(400);
    expect(notFailed.body).toMatchObject({
      type: 'error',
      code: 6560,
      message: "can't reCreate version with status:success",
    });
  });
});

describe('token', () => {
  it('SANDBOX_TOKEN makes every /openapi request need the bearer token (401, empty body)', async () => {
    const guarded = await startTestServer({ sandboxToken: 's3cret' });
    try {
      for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: 's3cret' }] as Array<
        Record<string, string>
      >) {
        const r = await guarded.request(
          '/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=1',
          { headers },
        );
        expect(r.status).toBe(401);
        expect(await r.text()).toBe('');
      }
      const post = await guarded.request('/openapi/delivery/releases/k8s', {
        method: 'POST',
        json: k8sRequest(),
      });
      expect(post.status).toBe(401);
      expect(await post.text()).toBe('');
      const ok = await guarded.request(
        '/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=1',
        {
          headers: { authorization: 'Bearer s3cret' },
        },
      );
      expect(ok.status).toBe(200);
      // the app and health need no token
      expect((await guarded.request('/api/health')).status).toBe(200);
      expect((await guarded.request('/')).status).toBe(200);
    } finally {
      await guarded.destroy();
    }
  });
});
