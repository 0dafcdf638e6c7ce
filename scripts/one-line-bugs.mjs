// `node scripts/one-line-bugs.mjs [ID ...]`: applies each plausible one-line bug of test/one-line-bugs.json alone
// (its `from` text replaced by `to`, which must occur exactly once), runs the test files it names through
// scripts/test.mjs, records whether the suite failed (caught) or passed (missed), and restores the file.
// test/MUTANTS.md lists the bugs and the tests that catch them. Slow (a build and a test run per bug).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const wanted = process.argv.slice(2);
const bugs = JSON.parse(readFileSync('test/one-line-bugs.json', 'utf8')).filter((b) => !wanted.length || wanted.includes(b.id));
let missed = 0;
for (const b of bugs) {
  const source = readFileSync(b.file, 'utf8');
  const at = source.split(b.from).length - 1;
  if (at !== 1) {
    console.log(`${b.id} not applied: its text occurs ${at} times in ${b.file}`);
    missed++;
    continue;
  }
  writeFileSync(
    b.file,
    source.replace(b.from, () => b.to),
  );
  try {
    const r = spawnSync(process.execPath, ['scripts/test.mjs', 'unit', ...b.tests], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const failing = [
      ...new Set(
        r.stdout
          .split('\n')
          .filter((l) => l.startsWith('✖ ') && !l.includes('failing tests'))
          .map((l) => l.slice(2).replace(/ \([\d.]+ms\)$/, '')),
      ),
    ];
    if (r.status === 0) missed++;
    console.log(`${b.id} ${r.status === 0 ? 'MISSED' : 'caught'}${failing.length ? ` by: ${failing.slice(0, 2).join(' | ')}` : ''}`);
  } finally {
    writeFileSync(b.file, source);
  }
}
console.log(`${bugs.length - missed} of ${bugs.length} caught`);
process.exit(missed ? 1 : 0);
