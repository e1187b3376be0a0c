import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

/**
 * Ends the run with `N passed, N failed, N skipped` alone on a line (what CI reads; Playwright's
 * line reporter words its summary differently). A run that failed before or around the tests
 * (global setup, a crashed worker) counts as at least one failure.
 */
export default class SummaryReporter implements Reporter {
  private suite: Suite | undefined;
  private status: FullResult['status'] = 'passed';

  onBegin(_config: unknown, suite: Suite): void {
    this.suite = suite;
  }

  onEnd(result: FullResult): void {
    this.status = result.status;
  }

  printsToStdio(): boolean {
    return true;
  }

  /** After every reporter's onEnd (the HTML reporter's hint included), so the line comes last. */
  async onExit(): Promise<void> {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of this.suite?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'skipped') counts.skipped += 1;
      else if (outcome === 'unexpected') counts.failed += 1;
      else counts.passed += 1;
    }
    if (counts.failed === 0 && this.status !== 'passed') counts.failed = 1;
    console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
