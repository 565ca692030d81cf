import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index over the built site; any error Pagefind reports fails the build. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        failOn('createIndex', createErrors);
        if (!index) throw new Error('Pagefind: createIndex returned no index');
        const added = await index.addDirectory({ path: site });
        failOn('addDirectory', added.errors);
        if (added.page_count === 0) throw new Error('Pagefind: no page was indexed');
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        failOn('writeFiles', written.errors);
        logger.info(`Pagefind indexed ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}
