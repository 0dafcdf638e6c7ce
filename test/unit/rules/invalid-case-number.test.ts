// invalid-case-number: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { check, oneItemLetter, splice, corpus, reported } from './inject';

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

test('invalid-case-number: the fix only for the whole value in the form once spelled right', () => {
  const v = parseLetter(corpus[0].text).header!.fields.find((f) => f.key === 'caseNumber')!.value!;
  const withCase = (c: string): string => splice(corpus[0].text, v.span.start, v.span.end, c);
  const found = (c: string) => {
    const text = withCase(c);
    return lint(parseLetter(text), RULES)
      .filter((p) => p.rule === 'invalid-case-number')
      .map((p) => ({
        at: text.slice(p.span.start, p.span.end),
        fixes: p.fixes?.map((f) => f.edits.map((e) => [text.slice(e.span.start, e.span.end), e.newText])),
      }));
  };
  // No hyphen at all, a blank after CM, a blank on either side of the dash: spelling.
  for (const spelled of ['CM160213037', 'CM 16-0213037', 'CM16 -0213037', 'CM16- 0213037'])
    assert.deepEqual(found(spelled), [{ at: spelled, fixes: [[[spelled, 'CM16-0213037']]] }], spelled);
  // Something before CM, a digit too many, a blank inside the year: not a spelling of a case number.
  for (const wrong of ['XCM16-0213037', 'CM16-02130370', 'CM 1 6-0213037'])
    assert.deepEqual(found(wrong), [{ at: wrong, fixes: undefined }], wrong);
});

test('invalid-case-number: a letter without a case number (or a header) is not checked here', () => {
  assert.deepEqual(reported('invalid-case-number', oneItemLetter('Norco 10/325mg #120')), []);
  assert.deepEqual(reported('invalid-case-number', 'Priority: Standard\nIMR ISSUES, DECISIONS AND RATIONALES\n'), []);
});
