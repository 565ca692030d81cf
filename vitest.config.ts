import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { projectDist } from './support/build.ts';
import { installSuiteChoice, nginxSuiteChoice } from './support/optional-suites.ts';
import { treeDigest } from './support/tree-digest.ts';

// Without nginx the deploy suite is left out, without the Chromium browser the install suite (and the run says so);
// REQUIRE_NGINX=1 and REQUIRE_CHROMIUM_BROWSER=1 (CI) make a missing one fail.
const optional = [nginxSuiteChoice(), installSuiteChoice()];
const notices = optional.flatMap((choice) => (choice.notice ? [choice.notice] : []));
// Two files at a time even on two cores (Vitest's default would be one): a test file waits on builds, servers and
// pages as much as it computes (docs/benchmarks.md, "Test suite"). Projects that run side by side share one value.
const workers = Math.max(2, availableParallelism() - 1);
// dist/ as `npm test` found it: taken when the configuration loads, before any global setup or test could write.
const distBefore = treeDigest(projectDist);

// Order of the run (sequence.groupOrder; 0 is avoided: Vitest runs single-worker isolated projects of group 0 after
// every numbered group): unit, component and build files first, while the browser tests' global
// setup builds their site in the background; then the browser files, two at a time, sharing that build and one
// Chromium per worker; last, the check that the project's dist/ is as the run found it.
export default defineConfig({
  test: {
    reporters: ['default', ['./support/count-reporter.ts', { notices }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure functions over their inputs: one worker runs every file, without a fresh module graph per file
          // (~1 s saved per file). A test that mocks modules (vi.mock) would leak into the next file: keep such a test out.
          isolate: false,
          unstubGlobals: true,
          unstubEnvs: true,
          maxWorkers: workers,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          // Each file builds into its own folders, so files may run side by side where there are cores for it.
          maxWorkers: workers,
          sequence: { groupOrder: 1 },
        },
      },
      {
        plugins: [preact()],
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          maxWorkers: workers,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          exclude: optional.flatMap((choice) => choice.exclude),
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          setupFiles: ['tests/browser/wait-for-site.ts'],
          // Two files at a time, each worker with its own Chromium (a file waits on its pages, servers and builds as
          // much as it computes). The files drive pages and share no module state, so a worker runs its files
          // without a fresh module graph each (no vi.mock here either).
          fileParallelism: true,
          maxWorkers: workers,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 2 },
        },
      },
      {
        test: {
          name: 'final',
          include: ['tests/final/**/*.test.ts'],
          environment: 'node',
          provide: { distBefore },
          maxWorkers: 1,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
