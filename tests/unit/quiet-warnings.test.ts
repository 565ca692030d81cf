import { describe, expect, it } from 'vitest';
import { isHeadInjectWarning } from '../../src/integrations/quiet-warnings.ts';

describe('the build output filter', () => {
  it('drops only the bundler warning about Astro’s head-inject directive in MDX modules', () => {
    const headInject = 'The semantics of the module level directive "use astro:head-inject" in "content/cam-nang/phan-1.mdx?astroPropagatedAssets" may not be preserved when bundling.';
    expect(isHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: headInject })).toBe(true);
    expect(isHeadInjectWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "x.tsx" may not be preserved when bundling.' })).toBe(false);
    expect(isHeadInjectWarning({ code: 'CIRCULAR_DEPENDENCY', message: headInject })).toBe(false);
  });
});
