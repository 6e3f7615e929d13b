import { join, resolve } from 'node:path';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';
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
 * script of its own (src/first-list/, a few hundred bytes with no imports), inlined first in the page's
 * head, so that it runs as the page is parsed. As a file of its own, even `async`, it was fetched beside
 * the app's scripts and ran only once they had arrived. The server allows it by its hash (the page's
 * Content-Security-Policy, server/security-headers.ts); the dev server loads it as a module.
 */
const FIRST_LIST_ENTRY = 'src/first-list/main.ts';

function firstListScript(): Plugin {
  return {
    name: 'first-list-script',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) {
          return [
            {
              tag: 'script',
              attrs: { type: 'module', src: `/${FIRST_LIST_ENTRY}` },
              injectTo: 'head-prepend' as const,
            },
          ];
        }
        const chunk = Object.values(bundle).find(
          (c) => c.type === 'chunk' && c.isEntry && c.facadeModuleId?.endsWith(FIRST_LIST_ENTRY),
        );
        if (!chunk || chunk.type !== 'chunk') throw new Error(`${FIRST_LIST_ENTRY} was not built`);
        if (chunk.imports.length > 0 || chunk.exports.length > 0 || /<\/script/i.test(chunk.code))
          throw new Error(`${FIRST_LIST_ENTRY} must import and export nothing to be inlined`);
        delete bundle[chunk.fileName];
        // A classic script in a function of its own (its names stay out of the page's globals), right
        // after the character set (which must come within the page's first 1,024 bytes) and before the
        // style sheet (a style sheet still loading holds back the inline scripts after it).
        const charset = '<meta charset="UTF-8" />';
        if (!html.includes(charset)) throw new Error(`index.html must declare ${charset}`);
        return html.replace(charset, `${charset}\n    <script>(()=>{${chunk.code.trim()}})();</script>`);
      },
    },
  };
}

/**
 * The list's renderer (src/server-render/), built for Node with the app, into `.server-render/` in the
 * same output directory: the server renders a list's first page into the page it sends
 * (server/page-render.ts) and never serves that directory (a hidden one). Everything is bundled in: the
 * server's image holds no browser packages.
 */
export const SERVER_RENDER_DIR = '.server-render';
export function serverRenderConfig(outDir: string): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    ssr: { noExternal: true },
    build: {
      ssr: 'src/server-render/render-list.tsx',
      outDir: join(outDir, SERVER_RENDER_DIR),
      emptyOutDir: true,
      target: 'node20',
      sourcemap: false,
    },
  };
}

function serverRenderer(): Plugin {
  let outDir = 'dist';
  return {
    name: 'server-renderer',
    apply: (config, { command }) => command === 'build' && !config.build?.ssr,
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build(serverRenderConfig(outDir));
    },
  };
}

export default defineConfig({
  plugins: [react(), firstListScript(), preloadRoutes(), serverRenderer(), precompress()],
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
