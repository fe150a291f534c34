/**
 * Closes a jest run with one plain line, 'N passed, N failed, N skipped', that any CI
 * reader understands, after jest's own summary.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    process.stdout.write(
      `\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
