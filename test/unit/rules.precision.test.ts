// Every finding of every rule on the real letters is labelled (test/fixtures/finding-labels.json, the labels
// scripts/measure-rules.mjs counts), and each rule ships at the level its labelled precision earns: a warning
// only at 90% or better. A new finding, or a label no rule produces any more, fails here until it is looked at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';
import { FIXTURES, allRealLetters, corpusLetters } from '../helpers/letters';

const labels: Record<string, { real: boolean; why: string }> = JSON.parse(readFileSync(join(FIXTURES, 'finding-labels.json'), 'utf8'));
const letters = allRealLetters();

const keys = new Map<string, { rule: string; level: string }>();
for (const l of letters) {
  const file = l.id.split('/').pop() as string;
  for (const p of lint(parseLetter(l.text), RULES))
    keys.set(`${file} ${p.rule} ${l.text.slice(p.span.start, p.span.end).replace(/\s+/g, ' ').trim()}`, { rule: p.rule, level: p.level });
}

test('every finding on a real letter is labelled real or false, with a reason', () => {
  const unlabelled = [...keys.keys()].filter((k) => labels[k] === undefined);
  assert.deepEqual(unlabelled, []);
  for (const [k, v] of Object.entries(labels)) assert.ok(typeof v.real === 'boolean' && v.why.length > 10, k);
});

test(
  'no label is stale: each names a finding the rules still make (on the full corpus)',
  { skip: corpusLetters().length < 290 && 'the fixture sample holds only some letters' },
  () => {
    assert.deepEqual(
      Object.keys(labels).filter((k) => !keys.has(k)),
      [],
    );
  },
);

test('a rule shipped as a warning is at least 90% precise on the labelled findings', () => {
  for (const rule of RULES) {
    const mine = [...keys]
      .filter(([, v]) => v.rule === rule.name)
      .map(([k]) => labels[k])
      .filter((x) => x !== undefined);
    const real = mine.filter((x) => x.real).length;
    if (rule.defaultLevel !== 'warning' && rule.defaultLevel !== 'error') continue;
    assert.ok(mine.length === 0 || real / mine.length >= 0.9, `${rule.name}: ${real}/${mine.length} real`);
  }
});
