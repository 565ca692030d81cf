import type { Plugin } from 'vite';

interface BundlerWarning {
  code?: string;
  message: string;
}

/** The one known-harmless bundler warning `npm run build` would print once per MDX file. */
export function isHeadInjectWarning(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/**
 * @astrojs/mdx marks each MDX module "use astro:head-inject" for Astro's own head propagation, and the bundler
 * warns, once per MDX file, that it may not keep the directive. Astro reads the directive before bundling, so the
 * warning is known-harmless: this one message is dropped in every build environment; every other warning shows.
 */
export function quietHeadInjectWarning(): Plugin {
  const onwarn = (warning: BundlerWarning, warn: (warning: BundlerWarning) => void) => {
    if (!isHeadInjectWarning(warning)) warn(warning);
  };
  return { name: 'site:quiet-head-inject-warning', configEnvironment: () => ({ build: { rolldownOptions: { onwarn } } }) };
}
