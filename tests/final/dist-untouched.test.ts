// Runs after every other project (vitest.config.ts, sequence.groupOrder): what `npm run build` published stays as it was.
import { expect, inject, it } from 'vitest';
import { projectDist } from '../../support/build.ts';
import { treeDigest } from '../../support/tree-digest.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The project's dist/ as the run found it (treeDigest), taken when vitest.config.ts loads. */
    distBefore: string;
  }
}

it("leaves the project's dist/ byte for byte as the run found it (or still absent)", () => {
  expect(inject('distBefore')).toMatch(/^(absent|\d+ files, sha256 [0-9a-f]{64})$/);
  expect(treeDigest(projectDist)).toBe(inject('distBefore'));
});
