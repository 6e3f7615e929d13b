import { defineConfig } from 'vitest/config';

// `npm run test:image`: builds the image (npm run image) and checks it in podman. Needs root (or rootless
// podman), buildah, podman and runc; see docs/deploy.md. Not part of `vitest run` (the unit tests).
export default defineConfig({
  test: {
    include: ['scripts/image/*.check.ts'],
    environment: 'node',
    // The image build (app, server, packages, root file system) takes minutes on a busy 2-core machine.
    hookTimeout: 20 * 60_000,
    testTimeout: 3 * 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
