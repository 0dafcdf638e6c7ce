// missing-non-mtus-citation: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, oneItemLetter, splice, real, reported } from './inject';

test('missing-non-mtus-citation: the Non-MTUS sentence deleted after "outside of the MTUS"', () => {
  const n = check('missing-non-mtus-citation', real, (letter, text) => {
    for (const item of letter.items) {
      for (const f of [item.claimsAdministrator, item.maximus]) {
        const outside = f?.citations.find((c) => c.kind === 'outsideMtus');
        const non = f?.citations.find((c) => c.kind === 'nonMtus');
        if (outside && non && f!.citations.every((c) => c.kind === 'outsideMtus' || c.kind === 'nonMtus')) {
          return { text: splice(text, outside.span.end, f!.span.end, ''), at: outside.span.start };
        }
      }
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(80, real), `${n}`);
});

const OUTSIDE = 'The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines.';
const CA_OUTSIDE = 'The Claims Administrator based its decision on recommendation(s) outside of the MTUS Guidelines.';
const CA_LINE =
  'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.';
const noCitation = (label: string) =>
  `"${label}" says the decision rests on recommendations outside of the MTUS but has no "Decision based on Non-MTUS Citation ..." sentence naming them.`;

function findings(text: string) {
  return reported('missing-non-mtus-citation', text).map((p) => ({
    message: p.message,
    level: p.level,
    at: text.slice(p.span.start, p.span.end),
    fixes: p.fixes,
  }));
}

test('missing-non-mtus-citation: "outside of the MTUS" without a Non-MTUS sentence, reported on that sentence', () => {
  assert.deepEqual(findings(oneItemLetter('Norco 10/325mg #120', { maximus: OUTSIDE })), [
    { message: noCitation('MAXIMUS guideline:'), level: 'warning', at: OUTSIDE, fixes: undefined },
  ]);
  // An MTUS citation beside it does not name the outside source.
  assert.deepEqual(
    findings(
      oneItemLetter('Norco 10/325mg #120', {
        maximus: `${OUTSIDE} Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.`,
      }),
    ).map((f) => f.at),
    [OUTSIDE],
  );
  // Each guideline line on its own: the Claims Administrator's first.
  const both = oneItemLetter('Norco 10/325mg #120', { maximus: OUTSIDE }).replace(CA_LINE, `Claims Administrator guideline: ${CA_OUTSIDE}`);
  assert.deepEqual(
    findings(both).map((f) => [f.message, f.at]),
    [
      [noCitation('Claims Administrator guideline:'), CA_OUTSIDE],
      [noCitation('MAXIMUS guideline:'), OUTSIDE],
    ],
  );
});

test('missing-non-mtus-citation: a Non-MTUS sentence naming nothing (only dots and blanks) does not count; one letter of a source does', () => {
  for (const empty of [
    'Decision based on Non-MTUS Citation .',
    'Decision based on Non-MTUS Citation . .',
    'Decision based on Non-MTUS Citation',
  ])
    assert.deepEqual(
      findings(oneItemLetter('Norco 10/325mg #120', { maximus: `${OUTSIDE} ${empty}` })).map((f) => f.at),
      [OUTSIDE],
      empty,
    );
  for (const named of ['Decision based on Non-MTUS Citation ODG.', 'Decision based on Non-MTUS Citation A.'])
    assert.deepEqual(findings(oneItemLetter('Norco 10/325mg #120', { maximus: `${OUTSIDE} ${named}` })), [], named);
  // Any Non-MTUS sentence of the line that names a source will do, even after an empty one.
  assert.deepEqual(
    findings(
      oneItemLetter('Norco 10/325mg #120', {
        maximus: `Decision based on Non-MTUS Citation . ${OUTSIDE} Decision based on Non-MTUS Citation ODG.`,
      }),
    ),
    [],
  );
  // No "outside of the MTUS", nothing to name.
  assert.deepEqual(findings(oneItemLetter('Norco 10/325mg #120')), []);
});
