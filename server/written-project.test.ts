/**
 * The project of a write the proxy forwards, read where Zadig reads it
 * (pkg/microservice/aslan/core/delivery/handler/openapi.go: create binds the JSON body, whose project is
 * `project_key` in service/openapi.go `OpenAPICreateK8SDeliveryVersionV2Request`; retry and delete read
 * `c.Query("projectKey")`).
 */
import { describe, expect, it } from 'vitest';
import { writtenProject } from './written-project';

const body = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('writtenProject', () => {
  it("reads a create's project from the body's project_key", () => {
    expect(writtenProject('POST', '/openapi/delivery/releases/k8s', body({ project_key: 'shop' }))).toBe(
      'shop',
    );
    expect(writtenProject('POST', '/openapi/delivery/releases/helm', body({ project_key: 'chart' }))).toBe(
      'chart',
    );
    // the query is not where Zadig reads it for a create
    expect(writtenProject('POST', '/openapi/delivery/releases/k8s?projectKey=x', body({}))).toBeNull();
    expect(writtenProject('POST', '/openapi/delivery/releases/k8s', Buffer.from('{not json'))).toBeNull();
  });

  it("reads a retry's and a delete's project from the query", () => {
    expect(writtenProject('POST', '/openapi/delivery/releases/retry?id=1&projectKey=shop', body({}))).toBe(
      'shop',
    );
    expect(writtenProject('DELETE', '/openapi/delivery/releases/abc?projectKey=a%2Fb')).toBe('a/b');
    expect(writtenProject('DELETE', '/openapi/delivery/releases/abc')).toBeNull();
  });

  it('names no project for reads and for calls outside the console table', () => {
    expect(writtenProject('GET', '/openapi/delivery/releases?projectKey=shop')).toBeNull();
    expect(writtenProject('POST', '/openapi/projects/project?projectKey=shop')).toBeNull();
  });
});
