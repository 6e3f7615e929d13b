// `npm run build:server`: the server (server/main.ts and the src/ modules it shares with the app)
// compiled to one ES module, build/server/main.js, so that it runs on plain Node without tsx.
// npm packages stay external: the image installs the production dependencies beside it.
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outfile = resolve(root, process.argv[2] ?? 'build/server/main.js');

await build({
  entryPoints: [resolve(root, 'server/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
});
console.log(`server built: ${outfile}`);
