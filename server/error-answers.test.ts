import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test/helpers';

/**
 * An error the server did not expect is logged in full and answered without its internal message:
 * a database error's text names tables and files, and is no business of a browser's.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.destroy();
});

describe('an unexpected error', () => {
  it('answers 500 with a generic description, never the internal message', async () => {
    // Break the sandbox's database under the running server, as a corrupted file would.
    const db = new Database(join(server.dataDir, 'sandbox.db'));
    db.exec('DROP TABLE service_templates');
    db.close();

    const { status, body } = await server.json('/openapi/service/yaml/services?projectKey=yaml-demo');
    expect(status).toBe(500);
    expect(body.code).toBe(500);
    expect(JSON.stringify(body)).not.toMatch(/service_templates|no such table|sqlite/i);
    expect(body.description).toMatch(/unexpected error/i);
  });
});
