/**
 * Podman helpers for the image checks (scripts/image/image.check.ts): run a command and fail with its
 * output, find a free host port in 18080-18099, wait for /api/health, and clean up.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
/** CI's podman settings (also written to /etc/containers/containers.conf by .ci/run). */
const CONTAINERS_CONF = resolve(ROOT, 'scripts/image/containers.conf');

export interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function run(cmd: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Result {
  const started = Date.now();
  const out = spawnSync(cmd, args, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTAINERS_CONF, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.error) throw new Error(`${cmd} could not be started: ${out.error.message}`);
  return { status: out.status, stdout: out.stdout, stderr: out.stderr, ms: Date.now() - started };
}

/** Runs `podman <args>`; throws with podman's own message when it fails. */
export function podman(...args: string[]): string {
  const out = run('podman', args);
  if (out.status !== 0) throw new Error(`podman ${args.join(' ')} failed (${out.status}):\n${out.stderr}`);
  return out.stdout.trim();
}

export function logs(name: string): string {
  const out = run('podman', ['logs', '--tail', '40', name]);
  return `${out.stdout}${out.stderr}`;
}

/** A host port in the range this project may publish on that nothing listens on now. */
export async function freePort(from = 18080, to = 18099): Promise<number> {
  for (let port = from; port <= to; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port in ${from}-${to} to publish the container on`);
}

/** Waits until GET /api/health answers 200; fails at once, with the log, if the container has stopped. */
export async function waitHealthy(name: string, url: string, timeoutMs = 60_000): Promise<unknown> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return await res.json();
    } catch {
      // not listening yet
    }
    const state = podman('inspect', '--format', '{{.State.Status}} {{.State.ExitCode}}', name);
    if (!state.startsWith('running'))
      throw new Error(`the container stopped (${state}) before /api/health answered:\n${logs(name)}`);
    if (Date.now() > deadline)
      throw new Error(`/api/health did not answer within ${timeoutMs} ms:\n${logs(name)}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

export function removeQuietly(container: string, volume: string): void {
  run('podman', ['rm', '--force', '--volumes', '--time', '0', container]);
  run('podman', ['volume', 'rm', '--force', volume]);
}
