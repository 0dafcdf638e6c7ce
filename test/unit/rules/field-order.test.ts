// field-order: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { minimumFor } from '../../helpers/letters';
import { applyFix, check, splice, real, firstItem, reported } from './inject';

test('field-order: the two guideline lines of item 1 swapped (fix restores the order)', () => {
  const n = check(
    'field-order',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const ca = item?.claimsAdministrator;
      const mx = item?.maximus;
      if (!ca || !mx || item.fields[0] !== ca || item.fields[1] !== mx) return undefined;
      const a = text.slice(ca.span.start, ca.span.end);
      const sep = text.slice(ca.span.end, mx.span.start);
      const b = text.slice(mx.span.start, mx.span.end);
      const mutated = splice(text, ca.span.start, mx.span.end, b + sep + a);
      // The swapped letter still has the same items (a line ending "Section(s): Special Studies." is no header).
      assert.equal(parseLetter(mutated).items.length, letter.items.length);
      return { text: mutated, at: ca.span.start + b.length + sep.length };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('field-order: the rationale moved before the MAXIMUS line', () => {
  const n = check(
    'field-order',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const mx = item?.maximus;
      const r = item?.rationale;
      if (!mx || !r || item.fields[1] !== mx || item.fields[2] !== r) return undefined;
      const a = text.slice(mx.span.start, mx.span.end);
      const sep = text.slice(mx.span.end, r.span.start);
      const b = text.slice(r.span.start, r.span.end);
      return { text: splice(text, mx.span.start, r.span.end, b + sep + a), at: mx.span.start + b.length + sep.length };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

const CA = 'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.';
const MX = 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.';
const MX2 = 'MAXIMUS guideline: Decision based on Non-MTUS Citation ODG Pain Chapter.';
const R = 'Decision rationale: The request is not medically necessary.';
const itemOf = (...lines: string[]) => `IMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120: Upheld\n${lines.join('\n')}\n`;

test('field-order: the first line out of order is reported on its label; the fix sorts every line, separators staying in place', () => {
  const text = `IMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120: Upheld\n${R}\n\n${MX}\n${CA}\n`;
  const ps = reported('field-order', text);
  assert.equal(ps.length, 1);
  const [p] = ps;
  assert.equal(p.level, 'warning');
  assert.equal(text.slice(p.span.start, p.span.end), 'MAXIMUS guideline:');
  assert.equal(p.span.start, text.indexOf(MX));
  assert.equal(p.message, '"MAXIMUS guideline:" should come before "Decision rationale:".');
  assert.equal(p.fixes?.length, 1);
  const [fix] = p.fixes!;
  assert.equal(fix.title, 'Put the lines in the order Claims Administrator guideline, MAXIMUS guideline, Decision rationale');
  assert.equal(fix.safe, true);
  assert.deepEqual(fix.edits, [{ span: { start: text.indexOf(R), end: text.indexOf(CA) + CA.length }, newText: `${CA}\n\n${MX}\n${R}` }]);
  assert.equal(applyFix(text, p), itemOf(CA, '', MX, R));
  assert.deepEqual(reported('field-order', applyFix(text, p)), []);
});

test('field-order: a rationale before the Claims Administrator line names those two', () => {
  const [p] = reported('field-order', itemOf(R, CA, MX));
  assert.equal(p.message, '"Claims Administrator guideline:" should come before "Decision rationale:".');
});

test('field-order: a line of a kind already given starts another item, so it is no misorder', () => {
  assert.deepEqual(reported('field-order', itemOf(CA, MX, MX2, R)), []);
  // The second MAXIMUS line starts an item of its own, whose lines are then out of order.
  const text = itemOf(MX2, MX, CA, R);
  const [p] = reported('field-order', text);
  assert.equal(p.message, '"Claims Administrator guideline:" should come before "MAXIMUS guideline:".');
  assert.equal(applyFix(text, p), itemOf(MX2, CA, MX, R));
});

test('field-order: lines in order, or some of them missing, are silent', () => {
  for (const lines of [[CA, MX, R], [CA, R], [MX, R], [CA, MX], [R]])
    assert.deepEqual(reported('field-order', itemOf(...lines)), [], lines.join('|'));
});

test('field-order: a format 3 letter keeps its guidelines and rationale in sections, so lines in its issue are not checked', () => {
  const format3 =
    'MEDICAL PROFESSIONAL REVIEW\nCase Number: CM14-0054321\nISSUE AT DISPUTE: Norco #60: Upheld\nMAXIMUS guideline: Decision based on MTUS.\nClaims Administrator guideline: Decision based on MTUS.\nDecision rationale: Not necessary.\n';
  assert.equal(parseLetter(format3).format, 'format3');
  assert.deepEqual(
    parseLetter(format3).items.map((i) => i.fields.map((f) => f.kind)),
    [['maximus', 'claimsAdministrator', 'rationale']],
  );
  assert.deepEqual(reported('field-order', format3), []);
  // The same lines in a format 1 letter are out of order.
  assert.equal(
    reported(
      'field-order',
      format3.replace('MEDICAL PROFESSIONAL REVIEW\n', '').replace('ISSUE AT DISPUTE: ', 'IMR ISSUES, DECISIONS AND RATIONALES\n'),
    ).length,
    1,
  );
});
