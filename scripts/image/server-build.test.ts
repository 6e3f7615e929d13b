/**
 * The compiled server (`npm run build:server`, what the image runs): it needs only the production
 * `dependencies` (the image installs nothing else), and it starts on plain Node, without tsx.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
const packageName = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

describe('the compiled server', () => {
  it('imports only packages listed in dependencies', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'server/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const imported = new Set(
      Object.values(result.metafile.outputs)
        .flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path))
        .filter((p) => !p.startsWith('node:') && !builtinModules.includes(p))
        .map(packageName),
    );
    expect([...imported].sort()).toContain('fastify');
    for (const name of imported)
      expect(Object.keys(pkg.dependencies), `${name} is imported by the server`).toContain(name);
    for (const browserOnly of ['react', 'antd', '@codemirror/view', 'tsx'])
      expect(Object.keys(pkg.dependencies), `${browserOnly} belongs in devDependencies`).not.toContain(
        browserOnly,
      );
  });

  it('starts on plain Node from build/, answers /api/health and exits 0 on SIGTERM', async () => {
    // Inside the checkout, so that its npm packages resolve from node_modules as they do in the image.
    mkdirSync(join(ROOT, 'build'), { recursive: true });
    const dir = mkdtempSync(join(ROOT, 'build', 'test-'));
    const out = join(dir, 'main.js');
    const built = spawn(process.execPath, ['scripts/image/build-server.mjs', out], { cwd: ROOT });
    expect(await new Promise((done) => built.on('exit', done))).toBe(0);
    const child = spawn(process.execPath, [out], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(dir, 'data') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', done));
    try {
      const url = await new Promise<string>((done, fail) => {
        let text = '';
        child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          const match = /listening on (http:\/\/\S+)/.exec(text);
          if (match) done(match[1]!);
        });
        child.on('exit', (code) => fail(new Error(`exited (${code}) before listening: ${text}`)));
      });
      expect(await (await fetch(`${url}/api/health`)).json()).toMatchObject({ mode: 'sandbox' });
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
