import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress.mjs';

const apiTarget = process.env.VITE_API_TARGET ?? 'http://localhost:8080';

/**
 * The version list is where almost every visit lands (`/` opens the last project's list): its code is
 * fetched beside the entry's (`modulepreload`), not after the entry has run and the router asked for it.
 */
const LIST_PAGE = 'src/features/releases/list/release-list-page.tsx';
const PRELOADED_ROUTES = [/src\/features\/releases\/list\/release-list-page\.tsx$/];

function preloadRoutes(): Plugin {
  return {
    name: 'preload-first-routes',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const already = new Set([entry.fileName, ...entry.imports]);
        const wanted: string[] = [];
        const visit = (fileName: string) => {
          if (already.has(fileName) || wanted.includes(fileName)) return;
          wanted.push(fileName);
          byName.get(fileName)?.imports.forEach(visit);
        };
        chunks
          .filter((c) => c.facadeModuleId && PRELOADED_ROUTES.some((r) => r.test(c.facadeModuleId!)))
          .forEach((c) => visit(c.fileName));
        return wanted.map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

/**
 * The first list page's request starts as the page is opened, not after the app's entry has run: a
 * script of its own (src/first-list/, a few hundred bytes with no imports), first in the page and
 * `async`, so it runs as soon as it arrives. Built as an entry of its own: hashed and cached for good.
 */
const FIRST_LIST_ENTRY = 'src/first-list/main.ts';

function firstListScript(): Plugin {
  const tag = (src: string) => ({
    tag: 'script',
    attrs: { type: 'module', async: true, src },
    injectTo: 'head-prepend' as const,
  });
  return {
    name: 'first-list-script',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [tag(`/${FIRST_LIST_ENTRY}`)]; // the dev server
        const chunk = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(FIRST_LIST_ENTRY),
        );
        if (!chunk) throw new Error(`${FIRST_LIST_ENTRY} was not built`);
        return [tag(`/${chunk.fileName}`)];
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), firstListScript(), preloadRoutes(), precompress()],
  build: {
    target: 'es2022',
    modulePreload: {
      // A lazy page's own style sheets load before it, as usual; its scripts are fetched by the page's
      // code itself, not by preload links. A browser that keeps a failed module fetch in its module map
      // (Chromium before 156 does) would otherwise remember every script the page needs as failed when
      // it is opened during an outage, and the page could not be fetched again without a reload (see
      // `retryingImport`, which fetches the page's code again under a fresh address).
      resolveDependencies: (_file, deps, { hostType }) =>
        hostType === 'js' ? deps.filter((dep) => dep.endsWith('.css')) : deps,
    },
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // The version list is an entry of its own (as well as a lazy page), so that its code counts as the
      // first view's below.
      input: { index: 'index.html', 'first-list': FIRST_LIST_ENTRY, 'list-page': LIST_PAGE },
      output: {
        // The first view (the app's entry and the version list) comes as one script, not the two dozen
        // chunks automatic splitting made of the modules it shares with other pages: a browser fetches at
        // most six files at a time from one host, and the rest, with the list's data, queued behind them
        // (the first row came ~300 ms later; docs/benchmark.md). The group holds only what the first view
        // imports statically; what other pages alone use is split as before. The first-list script
        // stays apart: it must run before everything else arrives.
        codeSplitting: {
          groups: [{ name: 'first-view', tags: ['$initial'], test: (id) => !id.includes('src/first-list/') }],
        },
      },
      treeshake: {
        // antd's inputs import one context from its form library, whose package does not say that its
        // modules have no side effects: without this, the whole form library and its validator would
        // load with the first page. (Modules whose exports are used are kept whole, as always.)
        moduleSideEffects: (id: string) =>
          !/node_modules[\\/]@rc-component[\\/](form|async-validator)[\\/]/.test(id),
      },
    },
  },
  server: {
    proxy: {
      '/openapi': apiTarget,
      '/api': apiTarget,
      '/sandbox': apiTarget,
    },
  },
});
