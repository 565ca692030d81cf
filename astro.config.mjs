// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { deployHeaders, unlistedPages } from './src/integrations/deploy-headers.ts';
import { precompress } from './src/integrations/precompress.ts';
import { standaloneScripts } from './src/integrations/standalone-script.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';
import { quietHeadInjectWarning } from './src/integrations/quiet-warnings.ts';

// Tests point CONTENT_DIR at a fixture to prove that bad content fails the build (src/content.config.ts reads it too).
const contentDir = process.env.CONTENT_DIR ?? './content';
// Pages marked not public (robots noindex: drafts, search, 404, print copies); filled by deployHeaders, read by sitemap.
const unlisted = unlistedPages();

export default defineConfig({
  site: siteConfig.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests and parallel work may build into another folder; default stays dist/.
  outDir: process.env.SITE_OUT_DIR ?? './dist',
  cacheDir: process.env.SITE_CACHE_DIR ?? './node_modules/.astro',
  // 'jsx' (the default) drops whitespace between inline elements on separate lines,
  // which glues Vietnamese syllables together on screen and in the search index.
  compressHTML: true,
  markdown: { syntaxHighlight: false },
  // `npm run cms`: Astro's dev toolbar (English) would cover the bottom of the editor's form.
  devToolbar: { enabled: process.env.SITE_LIVE_RELOAD !== 'off' },
  vite: {
    plugins: [quietHeadInjectWarning()],
    // `npm run cms` (scripts/cms.mjs) sets SITE_LIVE_RELOAD=off: a live reload would reload /admin/ under the editor,
    // mid-login or mid-edit (each save changes content/; the first visit of another page re-bundles dependencies).
    server: process.env.SITE_LIVE_RELOAD === 'off' ? { hmr: false } : {},
    // Preact, its hooks and its JSX runtime in one file: every island page needs all three, and
    // one gzip file costs less than three. (The self-check builds its script on its own: standaloneScripts.)
    build: { rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'preact', test: /node_modules[\\/]preact[\\/]/ }] } } } },
  },
  // Order matters in astro:build:done: standalone scripts are written first (the link check looks for them), then
  // links are checked, then headers (which also find unlisted pages), then the sitemap (which leaves those out), then
  // the search index, then the service worker (it lists every file, the index too), then gzip copies of every text file.
  integrations: [
    mdx(),
    // Babel (Preact's JSX transform) only where there is JSX: on .ts files it only parsed and reprinted them (docs/benchmarks.md).
    preact({ include: [/\.tsx$/] }),
    standaloneScripts({ 'tu-kiem-tra': 'src/islands/self-check/start.ts', 'register-worker': 'src/islands/offline/register.ts' }),
    contentGuard({ contentDir }),
    deployHeaders(unlisted),
    sitemap({ filter: (url) => !unlisted.has(new URL(url).pathname) }),
    pagefindIndex(),
    serviceWorker(),
    precompress(),
  ],
  // Every page's directives come from src/lib/security-policy.ts (BaseLayout applies its route's policy);
  // nothing is set here because Astro merges page directives into global ones ("'self' 'none'").
  security: { csp: true },
});
