// The sandbox plugin owns what it opens: database, store and worker open when it loads, the worker
// starts when the app is ready, and both stop and close in the app's onClose.
import { rmSync } from 'node:fs';
import Fastify from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { tempDir, waitFor } from '../test/helpers';
import { sandboxPlugin } from './plugin';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function sandboxApp() {
  const dataDir = tempDir('plugin');
  dirs.push(dataDir);
  const app = Fastify();
  await app.register(sandboxPlugin, { dataDir, pushMs: 20 });
  return app;
}

it('opens and seeds its database, runs the worker once ready, and closes both in onClose', async () => {
  const app = await sandboxApp();
  const sandbox = app.sandbox!;
  expect(sandbox.db.open).toBe(true);
  const inFlight = () =>
    sandbox.db
      .prepare("SELECT COUNT(*) AS n FROM releases WHERE status IN ('creating', 'retrying')")
      .get() as {
      n: number;
    };
  expect(inFlight().n).toBeGreaterThan(0); // the demo data has versions in flight
  await app.ready();
  await waitFor(
    async () => inFlight().n,
    (n) => n === 0,
  ); // the worker finished them
  await app.close();
  expect(sandbox.db.open).toBe(false);
  sandbox.worker.kick(); // a stopped worker does not touch the closed database
});

it('answers its routes through app.inject, with no server listening', async () => {
  const app = await sandboxApp();
  const res = await app.inject('/openapi/projects/project');
  expect(res.statusCode).toBe(200);
  expect(res.json().projects.map((p: { project_key: string }) => p.project_key)).toContain('yaml-demo');
  await app.close();
});
