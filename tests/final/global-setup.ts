import type { TestProject } from 'vitest/node';
import { projectDist } from '../../support/build.ts';
import { treeDigest } from '../../support/tree-digest.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The project's dist/ as the run found it (treeDigest), before any test ran. */
    distBefore: string;
  }
}

// Global setups all run before the first test file, so this is dist/ as `npm test` found it.
export default function setup(project: TestProject) {
  project.provide('distBefore', treeDigest(projectDist));
}
