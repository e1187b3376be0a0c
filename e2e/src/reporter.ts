import { writeFileSync } from 'node:fs';

/** What the runner's events carry that this reporter reads (node:test, Node 20+). */
interface TestEvent {
  type: string;
  data: {
    name?: string;
    file?: string;
    nesting?: number;
    skip?: string | boolean;
    todo?: string | boolean;
    details?: { type?: string; error?: { message?: string; cause?: unknown } };
  };
}

/**
 * A node:test reporter that counts scenarios (tests, not suites) and writes the counts to the
 * file named by E2E_RESULTS_FILE; `run.ts` prints the summary line after stopping the server.
 */
export default async function* countingReporter(source: AsyncIterable<TestEvent>): AsyncGenerator<string> {
  const counts = { passed: 0, failed: 0, skipped: 0, failures: [] as string[], skips: [] as string[] };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite') continue;
    const name = data.name ?? '?';
    if (data.skip !== undefined && data.skip !== false) {
      counts.skipped += 1;
      counts.skips.push(`${name}${typeof data.skip === 'string' ? `: ${data.skip}` : ''}`);
    } else if (event.type === 'test:pass') {
      counts.passed += 1;
    } else {
      counts.failed += 1;
      counts.failures.push(name);
    }
  }
  const file = process.env.E2E_RESULTS_FILE;
  if (file) writeFileSync(file, JSON.stringify(counts, null, 2));
  yield '';
}
