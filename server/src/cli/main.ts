// imr-lint: the editor's checks on the command line, for QA batches and CI.
// Exit codes: 0 clean, 1 problems at or above --max-level (or more warnings than --max-warnings), 2 usage or I/O error.
import { isPoolWorker, serveAsWorker } from './pool';
import { run } from './run';

if (isPoolWorker()) serveAsWorker();
else
  run(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`imr-lint: ${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 2;
    },
  );
