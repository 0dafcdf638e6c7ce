// Entry point VS Code's extension host calls with --extensionTestsPath: runs the
// mocha suites in ./suite (bundled next to this file) and writes the counts to
// $IMR_E2E_RESULTS for scripts/e2e/run.mjs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export async function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    color: false,
    reporter: 'spec',
    timeout: 60_000,
    slow: 5_000,
    grep: process.env.IMR_E2E_GREP || undefined,
  });
  const suiteDir = path.join(__dirname, 'suite');
  for (const f of fs
    .readdirSync(suiteDir)
    .filter((f) => f.endsWith('.test.js'))
    .sort()) {
    mocha.addFile(path.join(suiteDir, f));
  }
  const stats = await new Promise<{ passes: number; failures: number; pending: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? { passes: 0, failures: 1, pending: 0 }));
    } catch (err) {
      reject(err);
    }
  });
  if (process.env.IMR_E2E_RESULTS) {
    fs.writeFileSync(
      process.env.IMR_E2E_RESULTS,
      JSON.stringify({
        passed: stats.passes,
        failed: stats.failures,
        pending: stats.pending,
      }),
    );
  }
  if (stats.failures > 0) throw new Error(`${stats.failures} e2e test(s) failed`);
  if (stats.passes === 0) throw new Error('no e2e test ran');
}
