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
  // A valid word, with or without its full stop, needs no field after it; another word does.
  for (const word of ['Upheld', 'Upheld.', 'overturned.', 'OVERTURNED'])
    assert.deepEqual(
      parseLetter(`${HEAD}Norco #60:\n${word}\nThe reviewer notes more.\n${FIELDS}`).items.map((i) => [i.request.text, i.outcome?.text]),
      [['Norco #60', word.replace('.', '')]],
      word,
    );
  for (const word of ['Denied.', 'Upheld..', 'Upheld!'])
    assert.deepEqual(
      parseLetter(`${HEAD}Norco #60:\n${word}\nThe reviewer notes more.\n${FIELDS}`).items.map((i) => i.outcome?.text),
      [undefined],
      word,
    );
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

// ---- Item headers, fields and partial authorisations in the places and spellings the tests above leave out.

/** Each item of a letter whose items section is `body`: [header, request, outcome word, the fields' initials]. */
const itemsOf = (body: string) =>
  parseLetter(`${HEAD}${body}`).items.map((i) => [i.header.text, i.request.text, i.outcome?.text, i.fields.map((f) => f.kind[0]).join('')]);

/** A rationale whose last line does not end a sentence (the writer left off the full stop). */
const OPEN_RATIONALE =
  'Claims Administrator guideline: MTUS.\nMAXIMUS guideline: ODG.\nDecision rationale: The request is not medically\nnecessary\n';

test('outcome words: a word that only contains one, or starts with one and goes on, has no meaning', () => {
  for (const word of ['Undenied', 'Nonaffirmed', 'Approved partially', 'Certified in-part']) {
    const o = itemOf(`Norco #60: ${word}`)[0]?.outcome;
    assert.deepEqual(o && [o.text, o.meaning, o.valid], [word, undefined, false], word);
  }
});

test('a second set of the three fields with no header before it is an item of its own, its empty header at its first label', () => {
  const items = itemOf('Norco #60: Upheld', `${FIELDS}${FIELDS}`);
  assert.equal(items.length, 2);
  const second = items[1];
  const at = second.fields[0].label.span.start;
  const empty = { text: '', span: { start: at, end: at } };
  assert.deepEqual([second.header, second.request, second.outcome, second.outcomeSlot], [empty, empty, undefined, at]);
  assert.deepEqual(
    second.fields.map((f) => f.kind),
    ['claimsAdministrator', 'maximus', 'rationale'],
  );
  assert.deepEqual(second.span, { start: at, end: second.fields[2].span.end });
});

test('item headers one after another: a header never takes in the header or the field label before it', () => {
  assert.deepEqual(itemsOf(`Norco #60: Upheld\nTramadol #30: Upheld\n${FIELDS}`), [
    ['Norco #60: Upheld', 'Norco #60', 'Upheld', ''],
    ['Tramadol #30: Upheld', 'Tramadol #30', 'Upheld', 'cmr'],
  ]);
  // A header wrapped right after the previous item's last field starts at its own first line.
  assert.deepEqual(
    itemsOf(`Norco #60: Upheld\n${FIELDS}Physical therapy\n12 sessions: Upheld\n${FIELDS}`).map((i) => i[0]),
    ['Norco #60: Upheld', 'Physical therapy 12 sessions: Upheld'],
  );
  // Before a date-only outcome line, a line that ends a sentence is not part of the header.
  assert.deepEqual(itemsOf(`Seen today.\n12/01/2016: Upheld\n${FIELDS}`), [['12/01/2016: Upheld', '12/01/2016', 'Upheld', 'cmr']]);
});

test('a header whose item has no Claims Administrator guideline: the outcome missing, right before the MAXIMUS label', () => {
  const fields = 'MAXIMUS guideline: Decision based on ODG.\nDecision rationale: Not necessary.\n';
  assert.deepEqual(itemsOf(`Norco #60:\n${fields}`), [['Norco #60:', 'Norco #60', undefined, 'mr']]);
  // After the previous item's rationale as well.
  assert.deepEqual(itemsOf(`Norco #60: Upheld\n${FIELDS}Tramadol #30:\n${fields}`), [
    ['Norco #60: Upheld', 'Norco #60', 'Upheld', 'cmr'],
    ['Tramadol #30:', 'Tramadol #30', undefined, 'mr'],
  ]);
});

test('inside a guideline field, a line with a colon starts an item only right before a Claims Administrator label', () => {
  const inMaximus = (line: string, next = FIELDS) =>
    itemsOf(`Norco #60: Upheld\nClaims Administrator guideline: MTUS.\nMAXIMUS guideline: Decision based on ODG, Knee\n${line}\n${next}`);
  const first = ['Norco #60: Upheld', 'Norco #60', 'Upheld', 'cm'];
  // A wrong outcome word, one of the listed ones or any other short one, right before the next item's fields.
  assert.deepEqual(inMaximus('Tramadol #30: Denied'), [first, ['Tramadol #30: Denied', 'Tramadol #30', 'Denied', 'cmr']]);
  assert.deepEqual(inMaximus('Tramadol #30: Pending'), [first, ['Tramadol #30: Pending', 'Tramadol #30', 'Pending', 'cmr']]);
  assert.deepEqual(inMaximus('Cross-sectional imaging: Pending review'), [
    first,
    ['Cross-sectional imaging: Pending review', 'Cross-sectional imaging', 'Pending review', 'cmr'],
  ]);
  // The label may be spaced out.
  assert.deepEqual(inMaximus('Tramadol #30: Denied', FIELDS.replace('Claims Administrator', 'Claims  Administrator')), [
    first,
    ['Tramadol #30: Denied', 'Tramadol #30', 'Denied', 'cmr'],
  ]);
  // The end of a citation ("... Section: <name>", "... Page: <name>") is the guideline's text, with any spacing.
  for (const line of [
    'Meniscectomy Section: Indications',
    'Knee Section : Meniscectomy',
    'Knee Sections: Meniscectomy',
    'Knee Page: Meniscectomy',
  ]) {
    const l = parseLetter(
      `${HEAD}Norco #60: Upheld\nClaims Administrator guideline: MTUS.\nMAXIMUS guideline: Decision based on ODG, Knee\n${line}\n${FIELDS}`,
    );
    assert.deepEqual(
      l.items.map((i) => [i.header.text, i.fields.map((f) => f.kind[0]).join('')]),
      [
        ['Norco #60: Upheld', 'cm'],
        ['', 'cmr'],
      ],
      line,
    );
    assert.equal(l.items[0].maximus?.body.text, `Decision based on ODG, Knee ${line}`, line);
  }
  // Before anything but a Claims Administrator label at the start of a line, a short word after a colon is the
  // guideline's text: before the MAXIMUS label of the same item, or before a line that only names the Claims Administrator.
  for (const [lines, next] of [
    ['Medical Treatment Utilization Schedule Opioids: Weaning.', 'MAXIMUS guideline: ODG.\nDecision rationale: Not necessary.\n'],
    ['Opioids: Weaning\nper the Claims Administrator.', 'MAXIMUS guideline: ODG.\nDecision rationale: Not necessary.\n'],
  ]) {
    const l = parseLetter(`${HEAD}Norco #60: Upheld\nClaims Administrator guideline: Decision based on\n${lines}\n${next}`);
    assert.deepEqual(
      l.items.map((i) => [i.header.text, i.fields.map((f) => f.kind[0]).join('')]),
      [['Norco #60: Upheld', 'cmr']],
      lines,
    );
    assert.equal(l.items[0].claimsAdministrator?.body.text, `Decision based on ${lines.replace('\n', ' ')}`);
  }
});

test('the sentence that opens the decisions heads no item, even with the first header gone and field labels below it', () => {
  const read = (text: string) => parseLetter(text).items.map((i) => [i.header.text, i.fields.map((f) => f.kind[0]).join('')]);
  assert.deepEqual(read(`${HEAD}${FIELDS}Norco #60: Upheld\n${FIELDS}`), [
    ['', 'cmr'],
    ['Norco #60: Upheld', 'cmr'],
  ]);
  assert.deepEqual(read(`${HEAD.replace('The Final', ' \tThe Final')}${FIELDS}`), [['', 'cmr']]);
  assert.deepEqual(
    read(`${HEAD.replace('The Final Determination was based on decisions', 'THE FINAL DETERMINATION WAS BASED ON DECISIONS')}${FIELDS}`),
    [['', 'cmr']],
  );
  // Its outcome word typed after it does not make it a header either; another sentence ending in a colon does.
  assert.deepEqual(read(`${HEAD.replace('below:', 'below: Upheld')}${FIELDS}`), [['', 'cmr']]);
  assert.deepEqual(read(`${HEAD.replace('The Final Determination was based on decisions', 'The decisions were')}${FIELDS}`), [
    ['The decisions were for the disputed items/services set forth below:', 'cmr'],
  ]);
});

test('lines with a colon that are no item header: a colon alone, a citation rest, a header still being typed', () => {
  assert.deepEqual(itemsOf(`:\n${FIELDS}`), [['', '', undefined, 'cmr']]);
  assert.deepEqual(itemsOf(`:\nUpheld\n${FIELDS}`), [['', '', undefined, 'cmr']]);
  assert.deepEqual(itemsOf(`Section(s):\n${FIELDS}`), [['', '', undefined, 'cmr']]);
  // "Partially upheld", after the colon or on the next line, counts only right before a field.
  assert.deepEqual(itemsOf(`Norco #60:\nPartially upheld\nSome text.\n${FIELDS}`), [['', '', undefined, 'cmr']]);
  assert.deepEqual(itemsOf(`Norco #60: Partially upheld\nSome text.\n${FIELDS}`), [['', '', undefined, 'cmr']]);
  // A fragment that starts with an item's fields and ends with the next header, its outcome not yet typed (or
  // a wrong word): nothing follows the header, so it is no item yet.
  const fragment = 'Claims Administrator guideline: MTUS.\nMAXIMUS guideline: ODG.\nDecision rationale: Not necessary.\n';
  for (const tail of ['Norco #60:', 'Norco #60:\nDenied']) {
    const l = parseLetter(`${fragment}${tail}`);
    assert.deepEqual(
      l.items.map((i) => [i.header.text, i.fields.map((f) => f.kind[0]).join('')]),
      [['', 'cmr']],
      tail,
    );
    assert.equal(l.items[0].rationale?.body.text, `Not necessary. ${tail.replace('\n', ' ')}`, tail);
  }
});

/** The item after a first item "Norco #60: Upheld" with the fields `fields`: [header, request, partial parts]. */
function secondOf(fields: string, header: string): unknown[] {
  const item = itemOf(`Norco #60: Upheld\n${fields}${header}`)[1];
  const p = item?.partial;
  return [item?.header.text, item?.request.text, p && [p.form, p.original?.text, p.authorized?.text, p.remaining?.text]];
}

const REST =
  'Norco #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco #60 is: Upheld';
/** The parts of a partial authorisation "<original> was the original request. REST". */
const restParts = (original: string) => ['remaining', original, 'Norco #60', 'Norco #60'];

test('a partial authorisation wrapped: its first sentence found up to 12 lines up, over blank lines, not above the previous item', () => {
  // "was the original request" with any spacing, wrapped anywhere, even over a blank line: the request it
  // names starts up to three lines above it.
  assert.deepEqual(partialOf(`Norco\n10/325mg\n#120 was  the  original  request. ${REST.replace('. ', '.\n')}`).slice(0, 3), [
    'Norco #60',
    'Upheld',
    restParts('Norco 10/325mg #120'),
  ]);
  assert.deepEqual(partialOf(`Refill of\nNorco\n10/325mg #120 was the\noriginal request. ${REST}`).slice(0, 3), [
    'Norco #60',
    'Upheld',
    restParts('Refill of Norco 10/325mg #120'),
  ]);
  assert.deepEqual(partialOf(`Refill of\nNorco\n10/325mg #120 was the\n\noriginal request. ${REST}`).slice(0, 3), [
    'Norco #60',
    'Upheld',
    restParts('Refill of Norco 10/325mg #120'),
  ]);
  // Right after the previous item's last field label: from the line after it.
  assert.deepEqual(secondOf(FIELDS, `Norco 10/325mg\n#120 was the original request.\n${REST}`), [
    `Norco 10/325mg #120 was the original request. ${REST}`,
    'Norco #60',
    restParts('Norco 10/325mg #120'),
  ]);
  // Twelve lines up at most: in thirteen the header is read as a plain one.
  const lines = ['Norco 10/325mg #120 was the original request.', ...Array.from({ length: 10 }, (_, i) => `and ${i + 1}`)];
  const rest = REST.split('. ')[1];
  assert.deepEqual(secondOf(FIELDS, `${lines.join('\n')}\n${rest}`)[2], ['remaining', 'Norco 10/325mg #120', undefined, 'Norco #60']);
  assert.deepEqual(secondOf(FIELDS, `${lines.join('\n')}\nand 11\n${rest}`)[2], undefined);
  // The previous item's rationale label line is never part of the header, even when its sentence is left open
  // or it holds the phrase itself.
  const open = itemOf(
    `Norco #60: Upheld\n${OPEN_RATIONALE.replace('medically\nnecessary', 'necessary,')}Norco #120 was the original request. ${REST}`,
  );
  assert.deepEqual(
    open.map((i) => [i.header.text.slice(0, 10), i.rationale?.body.text]),
    [
      ['Norco #60:', 'The request is not necessary,'],
      ['Norco #120', 'No functional improvement is documented. The request is not medically necessary.'],
    ],
  );
  const mentions = itemOf(
    'Norco #120: Upheld\nClaims Administrator guideline: MTUS.\nMAXIMUS guideline: ODG.\nDecision rationale: Norco #120 was the original request\nThe remaining IMR eligible portion of the original request, Norco #60 is: Upheld',
  );
  assert.deepEqual(
    mentions.map((i) => [i.header.text.slice(0, 13), i.rationale?.body.text]),
    [
      ['Norco #120: U', 'Norco #120 was the original request'],
      ['The remaining', 'No functional improvement is documented. The request is not medically necessary.'],
    ],
  );
});

test('a partial authorisation whose last sentence wraps over many lines: found from up to 12 lines above the outcome', () => {
  const first = 'Norco #120 was the original request. Norco #60 was authorized by the Claims Administrator.';
  const last = (lines: number) =>
    `The remaining IMR eligible portion of the original request,\n${Array.from({ length: lines }, (_, i) => `part${i + 1}`).join('\n')}\nis: Upheld`;
  const remaining = (lines: number) => Array.from({ length: lines }, (_, i) => `part${i + 1}`).join(' ');
  // Four lines of request under the sentence's first line: the sentence starts five lines above the outcome.
  assert.deepEqual(secondOf(FIELDS, `${first}\n${last(4)}`), [
    `${first} ${last(4).replace(/\n/g, ' ')}`,
    remaining(4),
    ['remaining', 'Norco #120', 'Norco #60', remaining(4)],
  ]);
  // The first sentences on the same line as the last one's start, 12 lines above the outcome (10 lines of request
  // between): still one header; 13 lines above: a plain header of the outcome's line and the two above it.
  const oneLine = (lines: number) => `${first} ${last(lines)}`;
  assert.deepEqual(secondOf(FIELDS, oneLine(10))[2], ['remaining', 'Norco #120', 'Norco #60', remaining(10)]);
  assert.deepEqual(secondOf(FIELDS, oneLine(11)), ['part10 part11 is: Upheld', 'part10 part11 is', undefined]);
});

test('a partial authorisation whose remaining part is left out: no part named "is"', () => {
  const original = 'Norco #120 was the original request. Norco #60 was authorized by the Claims Administrator.';
  for (const end of [' is', ', is', '  is', ' IS', '\nis', ',is'])
    assert.deepEqual(
      partialOf(`${original} The remaining IMR eligible portion of the original request${end}: Upheld`).slice(0, 3),
      ['Norco #120', 'Upheld', ['remaining', 'Norco #120', 'Norco #60', undefined]],
      JSON.stringify(end),
    );
  // A remaining part that ends in the letters "is" keeps them.
  assert.deepEqual(
    partialOf(`${original} The remaining IMR eligible portion of the original request, Norco #60 for Genesis: Upheld`)[0],
    'Norco #60 for Genesis',
  );
  assert.deepEqual(partialOf(`${original} The remaining IMR eligible portion of the original request, xis: Upheld`)[0], 'xis');
  assert.deepEqual(partialOf(`${original} The remaining IMR eligible portion of the original request, x is: Upheld`)[0], 'x');
  // The leaving-eligible form: "The original request is" names no original request.
  assert.deepEqual(
    partialOf(
      'The Claims Administrator authorized Norco #60, leaving the original request IMR eligible. The original request is: Upheld',
    )[2],
    ['leaving-eligible', undefined, 'Norco #60', undefined],
  );
});

test('a partial authorisation of the leaving-eligible form starts at "The Claims Administrator authorized", whatever comes before', () => {
  const leaving = ['leaving-eligible', 'Norco #120', 'Norco #60', 'Norco #120'];
  const tail = 'leaving the original\nrequest IMR eligible. The original request,\nNorco #120 is: Upheld';
  for (const start of ['The Claims Administrator authorized Norco #60,', 'The  Claims  Administrator  authorized Norco #60,'])
    assert.deepEqual(
      secondOf(OPEN_RATIONALE, `${start}\n${tail}`),
      [`${start.replace(/\s+/g, ' ')} ${tail.replace(/\n/g, ' ')}`, 'Norco #120', leaving],
      start,
    );
});

test('a partial authorisation at the end of a draft, nothing after it', () => {
  // The search for its first sentence looks at the line after the outcome, which here is past the letter's end.
  const l = parseLetter(`${HEAD}Norco #120 was the original request. ${REST}\n`);
  assert.deepEqual(
    l.items.map((i) => [i.request.text, i.partial?.original?.text, i.fields.length]),
    [['Norco #60', 'Norco #120', 0]],
  );
});

test('the parts of a partial authorisation: missing, unspaced or oddly spaced parts', () => {
  /** The partial authorisation of the header, each part with the text its span covers. */
  const parts = (header: string) => {
    const l = parseLetter(`${HEAD}${header}\n${FIELDS}`);
    const item = l.items[0];
    const p = item.partial;
    const read = (t: { text: string; span: { start: number; end: number } } | undefined) =>
      t && [t.text, l.text.slice(t.span.start, t.span.end)];
    return [item.request.text, p && [p.form, read(p.original), read(p.authorized), read(p.remaining)]];
  };
  const rest = 'was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco #60';
  // No space after the first sentence's full stop; a thin space after it, or before "is".
  assert.deepEqual(parts(`Norco #120 was the original request.Norco #60 ${rest} is: Upheld`), [
    'Norco #60',
    ['remaining', ['Norco #120', 'Norco #120'], ['Norco #60', 'Norco #60'], ['Norco #60', 'Norco #60']],
  ]);
  assert.deepEqual(parts(`Norco #120 was the original request.\u2009Norco #60 ${rest}\u2009is: Upheld`), [
    'Norco #60',
    ['remaining', ['Norco #120', 'Norco #120'], ['Norco #60', 'Norco #60'], ['Norco #60', 'Norco #60']],
  ]);
  // A space before the outcome's colon.
  assert.deepEqual(parts(`Norco #120 was the original request. Norco #60 ${rest} is : Upheld`), [
    'Norco #60',
    ['remaining', ['Norco #120', 'Norco #120'], ['Norco #60', 'Norco #60'], ['Norco #60', 'Norco #60']],
  ]);
  // The authorised part left out: empty, where it is due.
  const noAuthorized = parseLetter(`${HEAD}Norco #120 was the original request. ${rest} is: Upheld\n${FIELDS}`).items[0].partial
    ?.authorized;
  assert.equal(noAuthorized?.text, '');
  assert.equal(noAuthorized?.span.start, noAuthorized?.span.end);
  // The remaining part left out: the request is the original one.
  assert.deepEqual(parts(`Norco #120 was the original request. Norco #60 ${rest.split(', ')[0]}: Upheld`), [
    'Norco #120',
    ['remaining', ['Norco #120', 'Norco #120'], ['Norco #60', 'Norco #60'], undefined],
  ]);
  // The original request left out: no partial authorisation, the whole header before the colon is the request.
  const whole = `was the original request. Norco #60 ${rest} is`;
  assert.deepEqual(parts(`${whole}: Upheld`), [whole, undefined]);
  // Leaving-eligible with the original request not restated, or restated empty: no original request, and the
  // whole header before the colon is the request.
  const authorized = 'The Claims Administrator authorized Norco #60, leaving the original request IMR eligible.';
  assert.deepEqual(parts(`${authorized.slice(0, -1)}: Upheld`), [
    authorized.slice(0, -1),
    ['leaving-eligible', undefined, ['Norco #60', 'Norco #60'], undefined],
  ]);
  assert.deepEqual(parts(`${authorized} The original request: Upheld`), [
    `${authorized} The original request`,
    ['leaving-eligible', undefined, ['Norco #60', 'Norco #60'], undefined],
  ]);
  // Anything else after "IMR eligible." is no partial authorisation; nor is one that names no authorised part.
  assert.deepEqual(parts(`${authorized} Norco #120 is: Upheld`), [`${authorized} Norco #120 is`, undefined]);
  const noPart = 'The Claims Administrator authorized leaving the original request IMR eligible. The original request, Norco #120 is';
  assert.deepEqual(parts(`${noPart}: Upheld`), [noPart, undefined]);
  // "was the original request" inside the authorised part does not name the original request.
  const inside =
    'The Claims Administrator authorized 6 of the 12 sessions that was the original request, leaving the original request IMR eligible';
  assert.deepEqual(parts(`${inside}: Upheld`), [
    inside,
    [
      'leaving-eligible',
      undefined,
      ['6 of the 12 sessions that was the original request', '6 of the 12 sessions that was the original request'],
      undefined,
    ],
  ]);
});

test('numbered headers: one or two digits, then a full stop or a parenthesis and any spacing', () => {
  const request = (header: string) => itemOf(header)[0]?.request.text;
  assert.equal(request('12. Norco #60: Upheld'), 'Norco #60');
  assert.equal(request('1.  Norco #60: Upheld'), 'Norco #60');
  assert.equal(request('3)\tNorco #60: Upheld'), 'Norco #60');
  // A number in parentheses at the end of the first word is part of the request.
  assert.equal(request('Acupuncture(6) sessions: Upheld'), 'Acupuncture(6) sessions');
});
