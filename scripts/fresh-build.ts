/**
 * The built app for scripts that measure or picture it: the directory named by `given` (an env
 * variable), else a fresh `vite build` into `outDir`, so a stale dist/ is never what gets measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export function freshBuild(given: string | undefined, outDir: () => string): string {
  if (given) {
    if (!existsSync(join(given, 'index.html'))) throw new Error(`${given} holds no built app (index.html)`);
    return given;
  }
  const out = outDir();
  console.log(`building the app into ${out} …`);
  const built = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
  return out;
}
