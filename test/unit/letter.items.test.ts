// The item parser (server/src/letter/items.ts) word by word: every outcome word a reviewer may type and what
// it means (a full stop after it left out), and every spelling of the three field labels.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isLabelBeginning, parseLetter } from '../../server/src/letter';

const HEAD = `Case Number: CM16-0213037        Date of Injury: 10/13/2016
Decision Date: 12/09/2016
IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
`;
const FIELDS = `Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009.
MAXIMUS guideline: Decision based on Non-MTUS Citation ODG.
Decision rationale: No functional improvement is documented. The request is not medically necessary.
`;

const itemOf = (header: string, fields = FIELDS) => parseLetter(`${HEAD}${header}\n${fields}`).items;

test('outcome words: the two valid ones, the other words and what they mean, in any case, with a full stop', () => {
  const cases: [string, 'Upheld' | 'Overturned' | undefined, boolean][] = [
    ['Upheld', 'Upheld', true],
    ['Overturned', 'Overturned', true],
    ['upheld', 'Upheld', false],
    ['UPHELD', 'Upheld', false],
    ['Upheld.', 'Upheld', true],
    ['Uphold', 'Upheld', false],
    ['Upholds', 'Upheld', false],
    ['Denied', 'Upheld', false],
    ['Non-certified', 'Upheld', false],
    ['Noncertified', 'Upheld', false],
    ['Affirmed', 'Upheld', false],
    ['Affirmed.', 'Upheld', false],
    ['overturned', 'Overturned', false],
    ['Overturned.', 'Overturned', true],
    ['Overturn', 'Overturned', false],
    ['Overturns', 'Overturned', false],
    ['Overruled', 'Overturned', false],
    ['Approved', 'Overturned', false],
    ['Certified', 'Overturned', false],
    ['Reversed', 'Overturned', false],
    ['Granted', 'Overturned', false],
    ['Granted.', 'Overturned', false],
    ['Modified', undefined, false],
    ['Partially Overturned', undefined, false],
    ['Partially upheld', undefined, false],
    ['Partial overturn', undefined, false],
  ];
  const wrong: string[] = [];
  for (const [word, meaning, valid] of cases) {
    const items = itemOf(`Norco 10/325mg #60: ${word}`);
    const o = items[0]?.outcome;
    const got = o ? `${o.text} ${o.meaning} ${o.valid}` : `${items.length} items, no outcome`;
    // A full stop after the word is not part of it.
    if (got !== `${word.replace(/\.$/, '')} ${meaning} ${valid}`) wrong.push(`${word}: ${got}`);
    else if (items[0].request.text !== 'Norco 10/325mg #60') wrong.push(`${word}: request ${items[0].request.text}`);
  }
  assert.deepEqual(wrong, []);
  // Other words in the outcome's place: invalid, with no meaning.
  for (const word of ['Pending', 'Upheldx', 'Deny', 'Un-certified']) {
    const o = itemOf(`Norco 10/325mg #60: ${word}`)[0]?.outcome;
    assert.deepEqual(o && [o.text, o.meaning, o.valid], [word, undefined, false], word);
  }
});

test('field labels in every spelling: plural, spacing, case, space before the colon', () => {
  const labels: [string, 'claimsAdministrator' | 'maximus' | 'rationale'][] = [
    ['Claims Administrator guideline:', 'claimsAdministrator'],
    ['Claims Administrator guidelines:', 'claimsAdministrator'],
    ['Claims  Administrator  guideline :', 'claimsAdministrator'],
    ['CLAIMS ADMINISTRATOR GUIDELINE:', 'claimsAdministrator'],
    ['claims\tadministrator guideline:', 'claimsAdministrator'],
    ['MAXIMUS guideline:', 'maximus'],
    ['Maximus guidelines:', 'maximus'],
    ['MAXIMUS  guideline  :', 'maximus'],
    ['maximus guideline:', 'maximus'],
    ['Decision rationale:', 'rationale'],
    ['Decision  rationale :', 'rationale'],
    ['DECISION RATIONALE:', 'rationale'],
    ['decision rationale:', 'rationale'],
  ];
  for (const [label, kind] of labels) {
    const items = itemOf('Norco 10/325mg #60: Upheld', `${label} Some text.\n`);
    assert.deepEqual(
      items[0]?.fields.map((f) => [f.kind, f.label.text]),
      [[kind, label.replace(/\s+/g, ' ')]],
      label,
    );
  }
  for (const label of [
    'Claims Admin guideline:',
    'Claims Administrator guideline',
    'MAXIMUS:',
    'Decision rational:',
    'Claims Administratorguideline:',
  ]) {
    const items = itemOf('Norco 10/325mg #60: Upheld', `${label} Some text.\n`);
    assert.deepEqual(items[0]?.fields ?? [], [], label);
  }
});

/** The first item of a letter whose first item header is `header`: [request, outcome, partial parts, header start]. */
function partialOf(header: string): unknown[] {
  const item = itemOf(header)[0];
  const p = item?.partial;
  return [
    item?.request.text,
    item?.outcome?.text,
    p && [p.form, p.original?.text, p.authorized?.text, p.remaining?.text],
    item?.header.text.split(' ').slice(0, 3).join(' '),
  ];
}

const ORIGINAL =
  'was the original request. Norco 10/325mg #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #60 is: Upheld';
const REMAINING = ['remaining', 'Norco 10/325mg #120', 'Norco 10/325mg #60', 'Norco 10/325mg #60'];

test('a partial authorisation of the remaining form, on one line or wrapped, its request starting up to three lines up', () => {
  assert.deepEqual(partialOf(`Norco 10/325mg #120 ${ORIGINAL}`), ['Norco 10/325mg #60', 'Upheld', REMAINING, 'Norco 10/325mg #120']);
  assert.deepEqual(
    partialOf(
      'Norco 10/325mg #120 was the\noriginal request. Norco 10/325mg #60 was authorized by the Claims\nAdministrator. The remaining IMR eligible portion of the original request,\nNorco 10/325mg #60 is: Upheld',
    ),
    ['Norco 10/325mg #60', 'Upheld', REMAINING, 'Norco 10/325mg #120'],
  );
  assert.deepEqual(partialOf(`Norco\n10/325mg\n#120 ${ORIGINAL}`), ['Norco 10/325mg #60', 'Upheld', REMAINING, 'Norco 10/325mg #120']);
  // Three lines up, not four; and not past a sentence's end.
  assert.deepEqual(partialOf(`Norco\n10/325mg\n#120\nqty ${ORIGINAL}`)[2], [
    'remaining',
    'Norco 10/325mg #120 qty',
    'Norco 10/325mg #60',
    'Norco 10/325mg #60',
  ]);
  assert.deepEqual(partialOf(`Refill\nNorco\n10/325mg\n#120\nqty ${ORIGINAL}`)[2], [
    'remaining',
    'Norco 10/325mg #120 qty',
    'Norco 10/325mg #60',
    'Norco 10/325mg #60',
  ]);
  assert.deepEqual(partialOf(`Seen.\n10/325mg\n#120 ${ORIGINAL}`)[2], [
    'remaining',
    '10/325mg #120',
    'Norco 10/325mg #60',
    'Norco 10/325mg #60',
  ]);
  // Any spacing, "authorised", no comma and no "is".
  assert.deepEqual(
    partialOf(
      'Norco  10/325mg #120  was  the  original  request.  Norco 10/325mg #60  was  authorised  by  the  Claims  Administrator.  The  remaining  IMR  eligible  portion  of  the  original  request  Norco 10/325mg #60:  Upheld',
    ),
    ['Norco 10/325mg #60', 'Upheld', REMAINING, 'Norco 10/325mg #120'],
  );
});

test('a partial authorisation of the leaving-eligible form, with or without the original request restated', () => {
  assert.deepEqual(
    partialOf(
      'The Claims Administrator authorized Norco 10/325mg #60, leaving the original request IMR eligible. The original request, Norco 10/325mg #120 is: Upheld',
    ),
    [
      'Norco 10/325mg #120',
      'Upheld',
      ['leaving-eligible', 'Norco 10/325mg #120', 'Norco 10/325mg #60', 'Norco 10/325mg #120'],
      'The Claims Administrator',
    ],
  );
  assert.deepEqual(
    partialOf(
      'The Claims Administrator authorised Norco #60 leaving the original request IMR eligible. The original request Norco #120: Overturned',
    ),
    ['Norco #120', 'Overturned', ['leaving-eligible', 'Norco #120', 'Norco #60', 'Norco #120'], 'The Claims Administrator'],
  );
  assert.deepEqual(
    partialOf(
      'The Claims\nAdministrator authorized Norco #60,\nleaving the original request IMR eligible.\nThe original request, Norco #120 is:\nUpheld',
    ),
    ['Norco #120', 'Upheld', ['leaving-eligible', 'Norco #120', 'Norco #60', 'Norco #120'], 'The Claims Administrator'],
  );
});

test('item headers: the outcome on the next line, missing, or another word of up to two words and 24 characters', () => {
  const read = (header: string) =>
    itemOf(header).map((i) => [
      i.header.text,
      i.request.text,
      i.outcome && [i.outcome.text, i.outcome.valid],
      i.fields.map((f) => f.kind[0]).join(''),
    ]);
  assert.deepEqual(read('Norco #60:\nUpheld'), [['Norco #60: Upheld', 'Norco #60', ['Upheld', true], 'cmr']]);
  assert.deepEqual(read('Norco #60:\n\nOverturned.'), [['Norco #60: Overturned.', 'Norco #60', ['Overturned', true], 'cmr']]);
  assert.deepEqual(read('Norco #60:\nDenied'), [['Norco #60: Denied', 'Norco #60', ['Denied', false], 'cmr']]);
  // An invalid word on the next line counts only right before a field.
  assert.deepEqual(read('Norco #60:\nDenied\nSome text.'), [['', '', undefined, 'cmr']]);
  assert.deepEqual(read('Norco #60:'), [['Norco #60:', 'Norco #60', undefined, 'cmr']]);
  assert.deepEqual(read('Norco #60: Pending review'), [['Norco #60: Pending review', 'Norco #60', ['Pending review', false], 'cmr']]);
  assert.deepEqual(read(`Norco #60: ${'a'.repeat(24)}`), [[`Norco #60: ${'a'.repeat(24)}`, 'Norco #60', ['a'.repeat(24), false], 'cmr']]);
  assert.deepEqual(read(`Norco #60: ${'a'.repeat(25)}`), [['', '', undefined, 'cmr']]);
  assert.deepEqual(read('Norco #60: two-part words.'), [['Norco #60: two-part words.', 'Norco #60', ['two-part words', false], 'cmr']]);
  assert.deepEqual(read('Norco #60: three more words'), [['', '', undefined, 'cmr']]);
  // The end of a citation, or a colon that starts its line, is no header.
  assert.deepEqual(read('ODG Guidelines: Trigger Finger.'), [['', '', undefined, 'cmr']]);
  assert.deepEqual(read(': Upheld'), [['', '', undefined, 'cmr']]);
});

test('item headers wrapped: up to two lines above that do not end a sentence, and a date-only outcome line', () => {
  const header = (h: string) => itemOf(h)[0]?.header.text;
  assert.equal(
    header('Physical therapy\nfor the lumbar spine\n12 sessions: Upheld'),
    'Physical therapy for the lumbar spine 12 sessions: Upheld',
  );
  assert.equal(
    header('Seen today.\nPhysical therapy\nfor the lumbar spine\n12 sessions: Upheld'),
    'Physical therapy for the lumbar spine 12 sessions: Upheld',
  );
  assert.equal(header('A\nB\nC\nD: Upheld'), 'B C D: Upheld');
  assert.equal(header('Norco 10/325mg,\nDOS 11/14/16:\n11/14/16: Upheld'), 'Norco 10/325mg, DOS 11/14/16: 11/14/16: Upheld');
});

test('the beginning of a label or heading being typed: any spacing and case, short of the whole', () => {
  for (const line of [
    'Claims  Admin',
    'claims administrator guide',
    ' MAXIMUS',
    'Decision\trationale',
    'CLINICAL CA',
    'Case Num',
    'Date of  Inj',
  ])
    assert.equal(isLabelBeginning(line), true, line);
  for (const line of ['', '   ', 'Claims Administrator guideline:', 'Claims Administrator guideline: x', 'Clams', 'Norco'])
    assert.equal(isLabelBeginning(line), false, line);
});
