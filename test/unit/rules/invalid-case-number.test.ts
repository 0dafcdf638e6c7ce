// invalid-case-number: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { check, splice, corpus } from './inject';

test('invalid-case-number: a digit dropped, or lower case (fix for the spelling only)', () => {
  const n = check('invalid-case-number', corpus, (letter, text) => {
    const v = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value;
    return v ? { text: splice(text, v.span.end - 1, v.span.end, ''), at: v.span.start } : undefined;
  });
  const m = check(
    'invalid-case-number',
    corpus,
    (letter, text) => {
      const v = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value;
      return v ? { text: splice(text, v.span.start, v.span.start + 2, 'cm'), at: v.span.start } : undefined;
    },
    { fix: 'required', restores: true },
  );
  assert.equal(n + m, corpus.length * 2);
});

test('invalid-case-number: exactly two year digits and seven case digits; one fewer or one more is reported', () => {
  const v = parseLetter(corpus[0].text).header!.fields.find((f) => f.key === 'caseNumber')!.value!;
  const withCase = (c: string): string => splice(corpus[0].text, v.span.start, v.span.end, c);
  const fires = (c: string): number => lint(parseLetter(withCase(c)), RULES).filter((p) => p.rule === 'invalid-case-number').length;
  assert.equal(fires('CM16-0213037'), 0);
  for (const bad of ['CM16-021303', 'CM16-02130370', 'CM1-0213037', 'CM161-0213037', 'CM16 0213037', 'CN16-0213037'])
    assert.equal(fires(bad), 1, bad);
  // Only a spelling that normalises to the form gets a fix.
  const fixOf = (c: string) =>
    lint(parseLetter(withCase(c)), RULES)
      .find((p) => p.rule === 'invalid-case-number')
      ?.fixes?.map((f) => f.edits[0].newText);
  assert.deepEqual(fixOf('cm16-0213037'), ['CM16-0213037']);
  assert.equal(fixOf('CM16-021303'), undefined);
  // Spaces and other dashes are spelling too; the fix is safe and its title names the result.
  assert.deepEqual(fixOf('CM16 - 0213037'), ['CM16-0213037']);
  assert.deepEqual(fixOf('CM16\u20130213037'), ['CM16-0213037']);
  assert.deepEqual(fixOf('CM16_0213037'), ['CM16-0213037']);
  const p = lint(parseLetter(withCase('cm16-0213037')), RULES).find((x) => x.rule === 'invalid-case-number')!;
  assert.equal(p.message, '"cm16-0213037" is not a case number of the form CMyy-nnnnnnn (e.g. CM16-0213037).');
  assert.deepEqual(
    p.fixes?.map((f) => [f.title, f.safe]),
    [['Change to "CM16-0213037"', true]],
  );
  // The form is anchored at both ends.
  assert.equal(fires('XCM16-0213037'), 1);
});
