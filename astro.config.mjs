// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { siteConfig } from './src/site.config.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

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
  integrations: [mdx(), preact(), pagefindIndex()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        // No connect-src here: default-src covers it, and a page's insertDirective("connect-src 'none'")
        // would be merged into a global one ("'self' 'none'"), where browsers ignore 'none'.
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
