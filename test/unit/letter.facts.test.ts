// Letter facts have one home (server/src/letter): the label tables match what real letters print, one
// detection pattern serves the client, the workspace index and package.json, dates are real calendar dates,
// and itemAt / fieldAt / headerFieldAt find the part of the Letter under an offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  collapse,
  datesIn,
  fieldAt,
  FIELD_LABELS,
  fieldLabel,
  FIRST_LINE_PATTERN,
  headerFieldAt,
  isRetrospective,
  HEADER_LABELS,
  itemAt,
  itemBefore,
  looksLikeLetter,
  parseDate,
  parseLetter,
} from '../../server/src/letter';
import { looksLikeLetter as clientLooksLikeLetter } from '../../client/src/detect';
import { isLetterFile } from '../../server/src/workspace/workspaceIndex';
import { allRealLetters, ROOT } from '../helpers/letters';
import { oneItemLetter } from './rules/inject';

test("package.json's firstLine is the letter model's pattern, and every real letter's first line matches it", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(pkg.contributes.languages[0].firstLine, FIRST_LINE_PATTERN);
  const re = new RegExp(FIRST_LINE_PATTERN);
  const letters = allRealLetters();
  const missed = letters.filter((l) => !re.test(l.text.split(/\r\n|\r|\n/)[0])).map((l) => l.id);
  assert.deepEqual(missed, []);
  assert.ok(!re.test('Meeting notes about a case'));
});

test('one detection: the client, the workspace index and the model answer alike, on letters and on other text', () => {
  assert.equal(clientLooksLikeLetter, looksLikeLetter);
  for (const l of allRealLetters()) assert.ok(isLetterFile('file:///w/a.txt', l.text), l.id);
  for (const t of [
    '',
    'Meeting notes\nCase Number: 12\nWe discussed the case.',
    'imr-lint report\ndefects.imr:1:1 Case Number: missing',
    '# README\nHow the final determination was made.',
  ]) {
    assert.equal(isLetterFile('file:///w/a.txt', t), false, t);
    assert.equal(looksLikeLetter(t), false, t);
  }
  // Any .imr file is a letter, whatever it holds; a mark past the opening 60 lines does not count.
  assert.ok(isLetterFile('file:///w/a.imr', ''));
  assert.equal(looksLikeLetter('x\n'.repeat(60) + 'HOW THE IMR FINAL DETERMINATION WAS MADE\n'), false);
  assert.equal(looksLikeLetter('x\n'.repeat(59) + 'HOW THE IMR FINAL DETERMINATION WAS MADE\n'), true);
});

test('the label tables spell the labels as every real letter prints them', () => {
  const headerLabels = new Map(HEADER_LABELS.map((h) => [h.key, h.label]));
  const fieldLabels = new Map(FIELD_LABELS.map((f) => [f.kind, f.label.toLowerCase()]));
  let header = 0;
  let fields = 0;
  for (const l of allRealLetters()) {
    const letter = parseLetter(l.text);
    for (const f of letter.header?.fields ?? []) {
      assert.equal(collapse(f.label.text).replace(/\s*:$/, ':'), headerLabels.get(f.key), l.id);
      header++;
    }
    for (const item of letter.items) {
      for (const f of item.fields) {
        assert.equal(collapse(f.label.text).toLowerCase().replace(/\s*:$/, ':'), fieldLabels.get(f.kind), l.id);
        fields++;
      }
    }
  }
  assert.ok(header > 500 && fields > 500, `${header} header labels, ${fields} field labels`);
});

test('dates: real calendar dates only, leap years, two-digit years, ranges', () => {
  assert.equal(parseDate('01/01/1970'), 0);
  assert.equal(parseDate('02/29/2016'), parseDate('02/28/2016')! + 1);
  assert.equal(parseDate('02/29/2017'), undefined);
  assert.equal(parseDate('02/29/2000') !== undefined, true);
  assert.equal(parseDate('02/29/1900'), undefined);
  assert.equal(parseDate('13/01/2016'), undefined);
  assert.equal(parseDate('00/10/2016'), undefined);
  // Day 0 of any month, and spaces around the date (a header value read with its padding).
  assert.equal(parseDate('10/00/2016'), undefined);
  assert.equal(parseDate('10/0/2016'), undefined);
  assert.equal(parseDate('10/01/2016') !== undefined, true);
  assert.equal(parseDate('  10/13/2016 \t'), parseDate('10/13/2016'));
  assert.equal(parseDate('12/31/16'), parseDate('12/31/2016'));
  assert.equal(parseDate('12/31/49'), parseDate('12/31/2049'));
  assert.equal(parseDate('01/01/50'), parseDate('01/01/1950'));
  assert.equal(parseDate('1-2-2016'), parseDate('01/02/2016'));
  assert.equal(parseDate('Unknown'), undefined);
  assert.deepEqual(datesIn('03/01/2010 - 03/01/2015').valid.length, 2);
  assert.deepEqual(datesIn('02/30/2016').invalid, ['02/30/2016']);
});

test('itemAt, fieldAt and headerFieldAt find the part under an offset in every real letter', () => {
  let checked = 0;
  for (const l of allRealLetters()) {
    const letter = parseLetter(l.text);
    const first = letter.items[0];
    if (first) {
      assert.equal(itemAt(letter, first.span.start - 1), undefined, `${l.id}: before the first item`);
      assert.equal(itemBefore(letter, first.span.start - 1), undefined, l.id);
    }
    letter.items.forEach((item, i) => {
      assert.equal(itemAt(letter, item.span.start), item, `${l.id} item ${i} start`);
      assert.equal(itemAt(letter, item.span.end), item, `${l.id} item ${i} end`);
      const next = letter.items[i + 1];
      if (!next || next.span.start > item.span.end + 1) {
        assert.equal(itemBefore(letter, item.span.end + 1), item, 'after an item, before the next');
        assert.equal(itemAt(letter, item.span.end + 1), undefined, `${l.id}: between items`);
      }
      for (const f of item.fields) {
        assert.equal(fieldAt(letter, f.label.span.start)?.field, f, `${l.id} ${f.kind}`);
        assert.equal(fieldAt(letter, f.span.end)?.field, f);
        assert.equal(fieldAt(letter, f.span.end)?.item, item);
        checked++;
      }
      assert.equal(fieldAt(letter, item.header.span.start), undefined, 'an item header is no field');
    });
    for (const h of letter.header?.fields ?? []) {
      assert.equal(headerFieldAt(letter, h.label.span.start), h, `${l.id} ${h.key}`);
      if (h.value) assert.equal(headerFieldAt(letter, h.value.span.end), h);
    }
    assert.equal(itemAt(letter, letter.text.length + 10), undefined, 'past the end');
  }
  assert.ok(checked > 500, String(checked));
  const empty = parseLetter('');
  assert.equal(itemAt(empty, 0), undefined);
  assert.equal(fieldAt(empty, 0), undefined);
  assert.equal(headerFieldAt(empty, 0), undefined);
});

test('fieldLabel: the label and name of each kind of field', () => {
  assert.deepEqual(
    (['claimsAdministrator', 'maximus', 'rationale'] as const).map((k) => [fieldLabel(k).label, fieldLabel(k).name]),
    [
      ['Claims Administrator guideline:', 'Claims Administrator guideline'],
      ['MAXIMUS guideline:', 'MAXIMUS guideline'],
      ['Decision rationale:', 'Decision rationale'],
    ],
  );
  for (const f of FIELD_LABELS) assert.equal(fieldLabel(f.kind), f);
});

test('isRetrospective reads the request, not a wrong outcome word after its colon; a partly authorised item its whole header', () => {
  const first = (header: string, outcome = 'Upheld') => parseLetter(oneItemLetter(header, { outcome })).items[0];
  const wrongWord = first('Norco #60', 'Retro');
  assert.equal(wrongWord.outcome?.text, 'Retro');
  assert.equal(isRetrospective(wrongWord), false);
  assert.equal(isRetrospective(first('Retro Norco #60')), true);
  const partial = first(
    'Retro: Norco #120 was the original request. Norco #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco #60 is',
  );
  assert.equal(partial.request.text, 'Norco #60');
  assert.equal(isRetrospective(partial), true);
});
