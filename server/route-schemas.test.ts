// The sandbox's route schemas (server/route-schemas.ts) against a real server: what a 400 says, and
// how Zadig's handlers read a request (koderover/zadig pkg/microservice/aslan/core/delivery/handler/openapi.go).
import { describe, expect, it } from 'vitest';
import { detailByName, k8sRequest, serverForTheseTests } from './test/helpers';

const server = serverForTheseTests();
const RELEASES = '/openapi/delivery/releases';
const badRequest = (description: string) => ({ code: 400, message: 'Bad Request', description });

describe('what Zadig reads', () => {
  it('reads a create body as JSON whatever its Content-Type (gin ShouldBindJSON, handler/openapi.go)', async () => {
    const res = await server.json(`${RELEASES}/k8s`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify(k8sRequest({ version_name: 'v-plain-text' })),
    });
    expect(res).toEqual({ status: 200, body: { message: 'success' } });
    expect((await detailByName(server, 'yaml-demo', 'v-plain-text')).status).toBe(200);
  });

  it('needs pageNum and pageSize on the list: 400 Bad Request (binding:"required", handler/openapi.go; ErrInvalidParam, pkg/tool/errors/http_errors.go)', async () => {
    const res = await server.json(`${RELEASES}?projectKey=yaml-demo&pageSize=20`);
    expect(res).toEqual({ status: 400, body: badRequest('pageNum: is required') });
  });

  it("drops a DELETE's body (Zadig's delete reads only the id and projectKey, handler/openapi.go)", async () => {
    await server.json(`${RELEASES}/k8s`, {
      method: 'POST',
      json: k8sRequest({ version_name: 'v-del-body' }),
    });
    const { body } = await detailByName(server, 'yaml-demo', 'v-del-body');
    const res = await server.json(`${RELEASES}/${body.id}?projectKey=yaml-demo`, {
      method: 'DELETE',
      headers: { 'content-type': 'application/json' },
      body: '{ not json',
    });
    expect(res).toEqual({ status: 200, body: { message: 'success' } });
  });
});

describe('what a 400 says', () => {
  it.each([
    [
      'a repeated parameter',
      `${RELEASES}?projectKey=a&projectKey=b&pageNum=1&pageSize=2`,
      'projectKey: must be given once (it was repeated)',
    ],
    [
      'a number that is not one',
      `${RELEASES}?projectKey=yaml-demo&pageNum=1&pageSize=abc`,
      'pageSize: must be a number',
    ],
    ['a page size too large', '/openapi/projects/project?pageSize=5000', 'pageSize: must be at most 1000'],
    [
      'missing parameters',
      '/openapi/environments/service/yaml?projectKey=yaml-demo',
      'envName: is required; serviceName: is required',
    ],
  ])('%s', async (_what, path, description) => {
    expect(await server.json(path)).toEqual({ status: 400, body: badRequest(description) });
  });

  it('names each bad field of a body with its path and the type to send', async () => {
    const request = k8sRequest({ version_name: undefined, services: [{ service_name: 5, images: [] }] });
    const res = await server.json(`${RELEASES}/k8s`, { method: 'POST', json: request });
    expect(res.status).toBe(400);
    expect(res.body.description).toContain('version_name: is required');
    expect(res.body.description).toContain('services[0].service_name: must be a string');
  });

  it('says a body that is not an object must be a JSON object', async () => {
    for (const body of ['[1]', 'null', '"text"', '']) {
      const res = await server.json(`${RELEASES}/helm`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect(res, body).toEqual({ status: 400, body: badRequest('body: must be a JSON object') });
    }
  });

  it("answers the console's versions API the same way", async () => {
    const res = await server.json('/api/projects/yaml-demo/versions?size=500');
    expect(res).toEqual({
      status: 400,
      body: badRequest('size: must be a whole number from 1 to 100; send e.g. size=20'),
    });
  });
});
