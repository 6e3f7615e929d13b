/** The versions API's detail by name, and who may read: unknown projects, the sandbox token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseReleaseDetail } from '../../src/api/normalise';
import { startTestServer, type TestServer } from '../test/helpers';
import { addProject } from './test-data';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  addProject(server, 'filters');
});
afterAll(async () => {
  await server.destroy();
});

const detailPath = (project: string, name: string) =>
  `/api/projects/${project}/versions/${encodeURIComponent(name)}`;

describe('GET /api/projects/:project/versions/:name', () => {
  it("answers the console's model of the version, as the browser would read Zadig's detail", async () => {
    const res = await server.app.inject(detailPath('yaml-demo', 'v1.0.0'));
    expect(res.statusCode).toBe(200);
    const zadig = await server.app.inject(
      '/openapi/delivery/releases/detail?projectKey=yaml-demo&versionName=v1.0.0',
    );
    expect(res.json()).toEqual(normaliseReleaseDetail(zadig.json()));
    expect(res.json()).toMatchObject({ name: 'v1.0.0', projectKey: 'yaml-demo', status: 'success' });
    expect(res.json().services.length).toBeGreaterThan(0);
  });

  it.each(['alpha/2', 'Alpha 1', 'Éclair', 'events'])('finds a version named %j', async (name) => {
    const res = await server.app.inject(detailPath('filters', name));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name, projectKey: 'filters', services: [] });
  });

  it("answers 404 in Zadig's shape for a name the project does not have", async () => {
    const res = await server.app.inject(detailPath('filters', 'alpha'));
    expect(res.statusCode).toBe(404);
    // the sandbox's own answer for an unknown version (server/sandbox/releases.ts, versionNotFound)
    expect(res.json()).toEqual({
      type: 'error',
      code: 6563,
      message: 'version not found',
      description: 'version alpha of project filters not found',
      extra: {},
    });
  });
});

describe('who may read', () => {
  it.each([
    '/api/projects/nowhere/versions',
    '/api/projects/nowhere/versions/v1.0.0',
    '/api/projects/nowhere/version-events',
  ])('%s → 404 for a project that does not exist', async (path) => {
    const res = await server.app.inject(path);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({
      code: 404,
      message: 'Not Found',
      description: 'project nowhere does not exist; pick one of GET /openapi/projects/project',
    });
  });
});

describe('with SANDBOX_TOKEN set', () => {
  let guarded: TestServer;
  beforeAll(async () => {
    guarded = await startTestServer({ sandboxToken: 'open-sesame' });
  });
  afterAll(async () => {
    await guarded.destroy();
  });

  it.each([
    '/api/projects/yaml-demo/versions',
    '/api/projects/yaml-demo/versions/v1.0.0',
    '/api/projects/yaml-demo/version-events',
    '/api/projects/nowhere/versions',
  ])('%s → 401 with an empty body without the token or with another', async (path) => {
    for (const headers of [{}, { authorization: 'Bearer open-sesam' }, { authorization: 'open-sesame' }]) {
      const res = await guarded.app.inject({ url: path, headers });
      expect(res.statusCode).toBe(401);
      expect(res.body).toBe('');
    }
  });

  it('answers a caller who sends the token, as the sandbox /openapi routes do', async () => {
    const headers = { authorization: 'Bearer open-sesame' };
    const list = await guarded.app.inject({ url: '/api/projects/yaml-demo/versions', headers });
    expect(list.statusCode).toBe(200);
    const detail = await guarded.app.inject({ url: '/api/projects/yaml-demo/versions/v1.0.0', headers });
    expect(detail.statusCode).toBe(200);
    const zadig = await guarded.app.inject({
      url: '/openapi/delivery/releases?projectKey=yaml-demo&pageNum=1&pageSize=20',
      headers,
    });
    expect(list.json().total).toBe(zadig.json().total);
  });
});
