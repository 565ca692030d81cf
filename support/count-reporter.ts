import type { Reporter, TestModule } from 'vitest/node';

export interface CountReporterOptions {
  /** Lines printed before the count: suites left out of this run and why. */
  notices?: string[];
}

/** Ends the run with one plain "tests: N passed, N failed, N skipped" line that CI tools can read. */
export default class CountReporter implements Reporter {
  private readonly notices: string[];

  constructor(options: CountReporterOptions = {}) {
    this.notices = options.notices ?? [];
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed += 1;
    }
    for (const notice of this.notices) process.stdout.write(`\n${notice}`);
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
