import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

/** A page imports `standalone-script:<name>` for the address of that script (see src/env.d.ts). */
const PREFIX = 'standalone-script:';

interface BuiltScript {
  /** Inside the site: "_astro/self-check.3f9a1c2b.js". */
  file: string;
  code: string;
}

/**
 * Builds a page script on its own: one file holding everything it imports, Preact included, instead of the chunks
 * it would share with the other island pages. For a page that must load little JavaScript, one gzip file is
 * smaller than the same code split into several (the self-check: 14.1 against 15.0 KB, docs/benchmarks.md).
 * `scripts` maps a name to its entry, relative to the project root. In `astro dev` the page gets the entry's own
 * address, which Vite serves as usual; in a build the file is named by its content, so it can be cached for good.
 */
export function standaloneScripts(scripts: Record<string, string>): AstroIntegration {
  let root = '';
  let command = 'build';
  let assetsDir = '_astro';
  let base = '/';
  const built = new Map<string, Promise<BuiltScript>>();

  const build = (name: string, entry: string): Promise<BuiltScript> => {
    let script = built.get(name);
    if (!script) {
      script = (async () => {
        const bundle = await rolldown({
          input: join(root, entry),
          cwd: root,
          platform: 'browser',
          transform: { define: { 'process.env.NODE_ENV': '"production"' } },
        });
        // Named by its content, as Vite names the other scripts.
        const { output } = await bundle.generate({ format: 'esm', minify: true, entryFileNames: posix.join(assetsDir, `${name}.[hash].js`) });
        await bundle.close();
        if (output.length !== 1) throw new Error(`standalone script ${entry} must be one file, not ${output.length} (no dynamic import)`);
        return { file: output[0].fileName, code: output[0].code };
      })();
      built.set(name, script);
    }
    return script;
  };

  return {
    name: 'site:standalone-scripts',
    hooks: {
      'astro:config:setup': ({ config, command: current, updateConfig }) => {
        root = fileURLToPath(config.root);
        command = current;
        assetsDir = config.build.assets;
        base = config.base;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'site:standalone-scripts',
                // Filters let the bundler skip calling into JavaScript for every other module of the site.
                resolveId: { filter: { id: /^standalone-script:/ }, handler: (id: string) => (id.startsWith(PREFIX) ? `\0${id}` : undefined) },
                load: {
                  filter: { id: /^\0standalone-script:/ },
                  async handler(id: string) {
                    if (!id.startsWith(`\0${PREFIX}`)) return undefined;
                    const name = id.slice(PREFIX.length + 1);
                    const entry = scripts[name];
                    if (!entry) throw new Error(`No standalone script named "${name}" (known: ${Object.keys(scripts).join(', ')})`);
                    const path = command === 'dev' ? entry : (await build(name, entry)).file;
                    return `export default ${JSON.stringify(posix.join(base, path))};`;
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const script of built.values()) {
          const { file, code } = await script;
          const target = join(fileURLToPath(dir), file);
          await mkdir(dirname(target), { recursive: true });
          await writeFile(target, code);
          logger.info(`${file} written (${code.length} bytes)`);
        }
      },
    },
  };
}
