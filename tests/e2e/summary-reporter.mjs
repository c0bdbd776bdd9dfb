// Playwright reporter that ends the run with the plain line "Playwright: N passed, N failed".
export default class SummaryReporter {
  constructor() { this.passed = 0; this.failed = 0; }
  onTestEnd(test, result) {
    if (result.status === 'passed') this.passed += 1;
    else if (result.status !== 'skipped' && result.retry === test.retries) this.failed += 1;
  }
  onEnd(result) {
    if (result.status !== 'passed' && this.failed === 0) this.failed = 1;
    console.log(`Playwright: ${this.passed} passed, ${this.failed} failed`);
  }
  printsToStdio() { return false; }
}
