/**
 * The embedded sandbox as a Fastify plugin that owns what it opens: the database under `dataDir`
 * (demo data seeded into an empty one), the version store, the reference data and the image-copy
 * worker. The worker starts when the app is ready; in the app's `onClose` (after the HTTP server has
 * closed and requests in flight have finished) it stops and the database closes. The routes
 * (`routes/`) answer `/openapi` and `/sandbox` with JSON compressed when the client accepts it. The
 * opened parts are the app's `sandbox` decoration (the console's versions API reads through them).
 */
import compress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { openDatabase } from './db';
import { Reference } from './reference';
import { sandboxRoutes, type SandboxDeps } from './routes';
import { seedDemoData } from './seed';
import { ReleaseStore } from './store';
import { Worker } from './worker';

declare module 'fastify' {
  interface FastifyInstance {
    /** The sandbox's database, store, reference data and worker (sandbox mode only). */
    sandbox?: SandboxDeps;
  }
}

export interface SandboxOptions {
  dataDir: string;
  /** Seed the demo data into an empty database (default true). */
  seed?: boolean | undefined;
  /** How long each image copy takes. */
  pushMs: number;
  /** When set, every `/openapi` request needs `Authorization: Bearer <token>`. */
  sandboxToken?: string | undefined;
  /** Where the seeding and the worker's lines go (default: the app's logger at info). */
  log?: ((line: string) => void) | undefined;
}

async function sandbox(app: FastifyInstance, options: SandboxOptions): Promise<void> {
  const log = options.log ?? ((line: string) => app.log.info(line));
  const db = openDatabase(options.dataDir);
  const store = new ReleaseStore(db);
  const reference = new Reference(db);
  const worker = new Worker(db, { pushMs: options.pushMs, log, changes: store.changes });
  app.addHook('onReady', async () => worker.start());
  app.addHook('onClose', async () => {
    worker.stop();
    db.close();
  });
  if (options.seed !== false && seedDemoData(db)) log(`sandbox: seeded demo data into ${options.dataDir}`);
  const deps: SandboxDeps = { db, store, reference, worker };
  app.decorate('sandbox', deps);

  await app.register(async (scope) => {
    // JSON answers (a 200-service version's detail is 3.8 MB) compressed when the client accepts it.
    await scope.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
    await scope.register(sandboxRoutes, { deps, sandboxToken: options.sandboxToken });
  });
}

export const sandboxPlugin = fp(sandbox, { name: 'sandbox', fastify: '5.x' });
