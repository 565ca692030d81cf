// Runs after every other project (vitest.config.ts, sequence.groupOrder): what `npm run build` published stays as it was.
import { expect, inject, it } from 'vitest';
import { projectDist } from '../../support/build.ts';
import { treeDigest } from '../../support/tree-digest.ts';

it("leaves the project's dist/ byte for byte as the run found it (or still absent)", () => {
  expect(treeDigest(projectDist)).toBe(inject('distBefore'));
});
