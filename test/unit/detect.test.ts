// Plain-text detection: every real letter (both extractions, seeds, formats 2 and 3) looks like a letter
// from its opening lines alone; ordinary text does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeLetter } from '../../client/src/detect';
import { allRealLetters, fixture } from '../helpers/letters';

const head = (t: string) =>
  t
    .split(/\r\n|\r|\n/)
    .slice(0, 60)
    .join('\n');

test('the opening 60 lines of every real letter are recognised', () => {
  const missed = allRealLetters()
    .filter((l) => !looksLikeLetter(head(l.text)))
    .map((l) => l.id);
  assert.deepEqual(missed, []);
  assert.ok(looksLikeLetter(head(fixture('written/format2.imr'))));
  assert.ok(looksLikeLetter(head(fixture('written/format3.imr'))));
});

test('ordinary text is left alone', () => {
  for (const t of [
    '',
    'Meeting notes\nCase Number: 12\nWe discussed the case.',
    'Dear Sir,\nPlease find attached the decision.\nRegards',
    '# README\nThe IMR process: how the final determination was made.',
    'Case Number: 5\nDate Assigned: today', // two header labels are not enough
  ]) {
    assert.equal(looksLikeLetter(t), false, t);
  }
});

test('a header alone makes a letter with the case number and two more of its labels, in the first 60 lines', () => {
  const labels = ['Case Number: CM16-0213037', 'Date Assigned: 11/09/2016', 'Decision Date: 12/09/2016', 'Date of Injury: 10/13/2016'];
  assert.equal(looksLikeLetter(labels.slice(0, 3).join('\n')), true);
  assert.equal(looksLikeLetter(labels.join('\n')), true);
  assert.equal(looksLikeLetter(labels.slice(0, 2).join('\n')), false);
  assert.equal(looksLikeLetter(labels.slice(1).join('\n')), false, 'without the case number');
  // The first 60 lines, counted from a text that starts with a line break.
  const late = (n: number): string => `${'\n'.repeat(n)}HOW THE IMR FINAL DETERMINATION WAS MADE\n`;
  assert.equal(looksLikeLetter(late(59)), true);
  assert.equal(looksLikeLetter(late(60)), false);
});
