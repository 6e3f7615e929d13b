/**
 * The built app for scripts that measure or picture it: the directory named by `given` (an env
 * variable), else a fresh `vite build` into `outDir`, so a stale dist/ is never what gets measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** `sourceMaps`: hidden maps beside the scripts (no reference in them), for profiles to name modules. */
export function freshBuild(given: string | undefined, outDir: () => string, sourceMaps = false): string {
  if (given) {
    if (!existsSync(join(given, 'index.html'))) throw new Error(`${given} holds no built app (index.html)`);
    return given;
  }
  const out = outDir();
  console.log(`building the app into ${out} …`);
  const args = [
    'vite',
    'build',
    '--outDir',
    out,
    '--emptyOutDir',
    ...(sourceMaps ? ['--sourcemap', 'hidden'] : []),
  ];
  const built = spawnSync('npx', args, { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('vite build failed');
  return out;
}
