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
  },
});
