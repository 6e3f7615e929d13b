import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test/setup.ts'],
    // Generous: on a busy machine (load 15+ on two cores) a page render in jsdom or a server start
    // takes many times what it takes on a quiet one.
    testTimeout: 60_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Most files
    // wait on jsdom renders and local servers, so two keep both cores busy (unit wall time ~360 s → see
    // the README's Scripts section).
    maxWorkers: 2,
  },
});
