// Which format a letter is (server/src/letter/parse.ts) at its limits: the letterhead line (a short line or
// one in capitals, among the first 40), the headings found, or a header alone; and where a draft's items are
// looked for when it has no heading for them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';

const format = (text: string) => parseLetter(text).format;
const BODY = 'Some text.\n';

test('the letterhead: a line of its own, short or in capitals, the first non-blank one among the first 40', () => {
  assert.equal(format(`MAXIMUS FEDERAL SERVICES, INC.\n${BODY}`), 'format2');
  assert.equal(format(`Maximus Federal Services, Inc.\n${BODY}`), 'format2');
  assert.equal(format(`MAXIMUS FEDERAL SERVICES, INC. P.O. BOX 138009 SACRAMENTO CA 95813\n${BODY}`), 'format2');
  const mixed = (n: number) => `Maximus Federal Services ${'x'.repeat(n - 25)}`;
  assert.equal(format(`${mixed(40)}\n${BODY}`), 'format2');
  assert.equal(format(`${mixed(41)}\n${BODY}`), 'unknown');
  assert.equal(format('MAXIMUS Federal Services sent the complete case file to an expert reviewer.\n'), 'unknown');
  assert.equal(format(`MEDICAL PROFESSIONAL REVIEW\n${BODY}`), 'format3');
  assert.equal(format(`Medical Professional Review of the file\n${BODY}`), 'format3');
  assert.equal(format(`\n\n  \nMEDICAL PROFESSIONAL REVIEW\n${BODY}`), 'format3');
  assert.equal(format(`${'\n'.repeat(39)}MEDICAL PROFESSIONAL REVIEW\n${BODY}`), 'format3');
  assert.equal(format(`${'\n'.repeat(40)}MEDICAL PROFESSIONAL REVIEW\n${BODY}`), 'unknown');
  // Only the first non-blank line is a letterhead.
  assert.equal(format(`Dear reviewer,\nMEDICAL PROFESSIONAL REVIEW\n${BODY}`), 'unknown');
});

test('the headings found: one only format 3 has, one only format 2 has, else format 1', () => {
  assert.equal(format('CASE SUMMARY:\nText.\n'), 'format3');
  assert.equal(format('CLINICAL CASE SUMMARY\nText.\nCASE SUMMARY:\nText.\n'), 'format3');
  assert.equal(format('DOCUMENTS REVIEWED\nText.\n'), 'format2');
  assert.equal(format('CLINICAL CASE SUMMARY\nText.\nIMR DECISION(S) AND RATIONALE(S)\nText.\n'), 'format2');
  assert.equal(format('CLINICAL CASE SUMMARY\nText.\n'), 'format1');
  assert.equal(format('IMR ISSUES, DECISIONS AND RATIONALES\nText.\n'), 'format1');
});

test('a header alone: a line starting with "Case Number:" in the first 2000 characters', () => {
  assert.equal(format('Case Number: CM16-0213037\n'), 'format1');
  assert.equal(format(' \tCase  Number : CM16-0213037\n'), 'format1');
  assert.equal(format('\n\nCase\tNumber:\n'), 'format1');
  assert.equal(format('The Case Number: CM16-0213037\n'), 'unknown');
  assert.equal(format('Case Numbers: CM16-0213037\n'), 'unknown');
  assert.equal(format(`${'x'.repeat(1980)}\nCase Number: 1\n`), 'format1');
  assert.equal(format(`${'x'.repeat(2000)}\nCase Number: 1\n`), 'unknown');
  assert.equal(format(''), 'unknown');
});

test("a draft's items are looked for after its header, and format 3's sections serve only format 3's items", () => {
  const FIELDS =
    'Claims Administrator guideline: Decision based on MTUS.\nMAXIMUS guideline: Decision based on ODG.\nDecision rationale: Not necessary.\n';
  // The header's last line right before a field is no item header.
  const draft = parseLetter(`Case Number: CM16-0213037\nPriority: Standard\n${FIELDS}`);
  assert.deepEqual(
    draft.items.map((i) => [i.header.text, i.fields.length]),
    [['', 3]],
  );
  const noHeader = parseLetter(`Norco #60: Upheld\n${FIELDS}`);
  assert.deepEqual(
    noHeader.items.map((i) => i.request.text),
    ['Norco #60'],
  );
  // A format 1 issues section followed by format 3's rationale section: the item keeps its own fields.
  const mixed = parseLetter(
    'IMR ISSUES, DECISIONS AND RATIONALES\nNorco #60: Upheld\nClaims Administrator guideline: x.\nMAXIMUS guideline: y.\nRATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:\nThe request is not medically necessary.\n',
  );
  assert.equal(mixed.issues?.kind, 'issues');
  assert.equal(mixed.items[0].rationale, undefined);
  assert.deepEqual(
    mixed.items[0].fields.map((f) => f.kind),
    ['claimsAdministrator', 'maximus'],
  );
});
