// The drafting policy on a real letter cut where a reviewer would be writing: what is not written yet is one
// Information note at the end ("still to write"), a gap with text after it stays as the rule reports it, a
// judgement of a rationale waits until the rationale is finished, and a finished letter is linted alike in both
// modes. The letter is CM16-0233904 (PDF layout: header labels first, then values).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, updateLetter } from '../../server/src/letter';
import { lint, lintMemo, RULES, type Problem } from '../../server/src/rules';
import { draftProblems, rationaleUnfinished, STILL_TO_WRITE, writtenEnd } from '../../server/src/rules/drafting';
import { sectionDue } from '../../server/src/rules/section-due';
import { allRealLetters, fixture, minimumFor } from '../helpers/letters';

const letter = fixture('corpus/letters/CM16-0233904.txt');
const draft = (text: string): Problem[] => lint(parseLetter(text), RULES, { mode: 'draft' });
const final = (text: string): Problem[] => lint(parseLetter(text), RULES);
/** The letter up to and including the first line that starts with `line` (trimmed), with its line break. */
function upTo(text: string, line: string): string {
  const at = text.search(new RegExp(`^\\s*${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  assert.ok(at >= 0, `no line "${line}"`);
  const nl = text.indexOf('\n', at);
  return text.slice(0, nl + 1);
}
const rules = (ps: readonly Problem[]): string[] => ps.map((p) => `${p.rule}:${p.level}`);
const note = (ps: readonly Problem[]): Problem | undefined => ps.find((p) => p.rule === STILL_TO_WRITE);
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length - 1;

test('header labels typed, values not yet (PDF layout): one note lists the values and the sections, nothing else', () => {
  const text = upTo(letter, 'Priority:');
  assert.deepEqual(rules(draft(text)), [`${STILL_TO_WRITE}:information`]);
  const n = note(draft(text))!;
  assert.match(
    n.message,
    /^Still to write: the value of "Case Number:", .*the header field "Date of Injury:".* and the section "IMR ISSUES, DECISIONS AND RATIONALES"\.$/,
  );
  assert.equal(lineOf(text, n.span.start), 3, 'on the last line written');
  // A finished letter cut there is what imr-lint sees: the header fields and three sections missing.
  const f = final(text);
  assert.equal(f.filter((p) => p.rule === 'missing-header-field').length, 7);
  assert.equal(f.filter((p) => p.rule === 'missing-section' && p.level === 'error').length, 3);
});

test('the header done, sections under way: only the sections still to write, none as an error', () => {
  const text = upTo(letter, 'CLINICAL CASE SUMMARY');
  const ps = draft(text);
  assert.deepEqual(rules(ps), [`${STILL_TO_WRITE}:information`]);
  assert.equal(note(ps)!.message, 'Still to write: the section "IMR ISSUES, DECISIONS AND RATIONALES".');
  // Nothing to apply: what comes next is written (a "fix all" never fills a draft in).
  assert.equal(note(ps)!.fixes, undefined);
  assert.deepEqual(rules(final(text)), ['missing-section:error']);
});

test('an item header just typed: its three lines are still to write; a section skipped above it is a gap, an error', () => {
  const text = upTo(letter, 'Baclofen 100mg #3: Upheld');
  const ps = draft(text);
  assert.deepEqual(rules(ps), [`${STILL_TO_WRITE}:information`]);
  assert.equal(
    note(ps)!.message,
    'Still to write: for "Baclofen 100mg #3", the "Claims Administrator guideline:" line, the "MAXIMUS guideline:" line and the "Decision rationale:" line.',
  );
  const skipped = text.replace(/^CLINICAL CASE SUMMARY\n/m, '');
  const gap = draft(skipped);
  assert.deepEqual(rules(gap), ['missing-section:error', `${STILL_TO_WRITE}:information`]);
  assert.match(gap[0].message, /"CLINICAL CASE SUMMARY" is missing before "IMR ISSUES/);
});

test('a line skipped inside the item being written is a gap (an error); the lines after the last one written are not', () => {
  const text = upTo(letter, 'Section(s): Muscle relaxants (for pain).').replace(/Claims Administrator guideline:[^\n]*\n[^\n]*\n/, '');
  // The MAXIMUS line is written, the Claims Administrator line above it is not: a gap.
  const ps = draft(text);
  assert.deepEqual(rules(ps), ['missing-claims-administrator-guideline:error', `${STILL_TO_WRITE}:information`]);
  assert.equal(note(ps)!.message, 'Still to write: for "Baclofen 100mg #3", the "Decision rationale:" line.');
});

test('the item before the one being written lacks a line: an error, as in a finished letter', () => {
  const items = letter.slice(0, letter.indexOf('Decision rationale:')) + 'Tizanidine 4mg #60: Upheld\n';
  const ps = draft(items);
  const missing = ps.filter((p) => p.rule === 'missing-rationale');
  assert.equal(missing.length, 1);
  assert.equal(missing[0].level, 'error');
  assert.match(missing[0].message, /Baclofen 100mg #3/);
  assert.match(note(ps)!.message, /^Still to write: for "Tizanidine 4mg #60", /);
});

test('a label being typed on the last line is not written text yet; once Enter is pressed it is', () => {
  const header = upTo(letter, 'Baclofen 100mg #3: Upheld');
  for (const partial of ['C', 'Claims Admin', 'Claims Administrator guideline']) {
    assert.equal(writtenEnd(header + partial), writtenEnd(header), partial);
    assert.deepEqual(
      rules(draft(header + partial)).filter((r) => r.endsWith(':error')),
      [],
      partial,
    );
  }
  // Not the beginning of a label: written text.
  assert.equal(writtenEnd(header + 'Claimz'), header.length + 'Claimz'.length);
});

test('a rationale being written is not judged until its conclusion sentence is written or something follows it', () => {
  const head = upTo(letter, 'Section(s): Muscle relaxants (for pain).');
  const flipped = (t: string) => t.replace('Baclofen 100mg #3: Upheld', 'Baclofen 100mg #3: Overturned');
  const unfinished = 'Decision rationale: The guidelines recommend baclofen for services deemed to be medically necessary';
  // Without its conclusion the rationale is being written: the missing conclusion is still to write, not a warning.
  for (const body of [unfinished, `${unfinished}.`, 'Decision rationale: ODG states "Baclofen is medically necessary for spasticity.']) {
    const ps = draft(flipped(head + body));
    assert.deepEqual(rules(ps), [`${STILL_TO_WRITE}:information`], body);
    assert.equal(note(ps)!.message, 'Still to write: for "Baclofen 100mg #3", the conclusion of the rationale.');
  }
  // A sentence of the discussion that says "medically necessary" of something else is no conclusion of a
  // rationale still growing; once a blank line ends the rationale, it is what the rationale concludes.
  const general = 'Decision rationale: The guidelines consider baclofen medically necessary for spasticity from spinal cord injury.';
  assert.deepEqual(rules(draft(head + general)), []);
  assert.deepEqual(rules(draft(head + general + '\n\n')), ['outcome-contradicts-rationale:error']);
  // The conclusion written: judged at once, on the flipped outcome.
  const concluded = `${unfinished}. Therefore, the request is considered not medically necessary.`;
  assert.deepEqual(rules(draft(head + concluded)), []);
  assert.deepEqual(rules(draft(flipped(head + concluded))), ['outcome-contradicts-rationale:error']);
  assert.deepEqual(rules(final(flipped(head + concluded))), ['outcome-contradicts-rationale:error']);
  // Its last sentence still unfinished (no full stop): waits; a blank line or another item after it: judged.
  const open = `${unfinished}. Therefore, the request is considered not medically necessary`;
  assert.deepEqual(rules(draft(flipped(head + open))), []);
  assert.deepEqual(rules(draft(flipped(head + open + '\n\n'))), ['outcome-contradicts-rationale:error']);
  assert.deepEqual(rules(draft(flipped(head + open + '\nTizanidine 4mg #60: Upheld\n'))).slice(0, 1), [
    'outcome-contradicts-rationale:error',
  ]);
});

test('a rationale left without a conclusion, with the next item written after it, is a warning in both modes', () => {
  const head = upTo(letter, 'Section(s): Muscle relaxants (for pain).');
  const text = `${head}Decision rationale: Baclofen is recommended for spasticity.\nTizanidine 4mg #60: Upheld\n`;
  assert.deepEqual(
    rules(draft(text)).filter((r) => r.startsWith('missing-conclusion')),
    ['missing-conclusion:warning'],
  );
  assert.deepEqual(
    rules(final(text)).filter((r) => r.startsWith('missing-conclusion')),
    ['missing-conclusion:warning'],
  );
});

test('a finished letter: the same problems in both modes, with and without defects', () => {
  assert.deepEqual(draft(letter), final(letter));
  const defective = letter.replace('Baclofen 100mg #3: Upheld', 'Baclofen 100mg #3: Overturned').replace(/^CLINICAL CASE SUMMARY\n/m, '');
  assert.deepEqual(rules(draft(defective)), ['missing-section:error', 'outcome-contradicts-rationale:error']);
  assert.deepEqual(draft(defective), final(defective));
});

test('blank and whitespace-only drafts: no note, nothing to say', () => {
  for (const t of ['', '\n\n', ' \f\r\n\t']) assert.deepEqual(draft(t), [], JSON.stringify(t));
});

test('letters of format 2 and 3 typed key by key: no error above the line typed, and lint after each key equals a lint from scratch', () => {
  for (const name of ['written/format2.imr', 'written/format3.imr']) {
    const text = fixture(name);
    const memo = lintMemo();
    let model = parseLetter('');
    for (let k = 1; k <= text.length; k++) {
      const typed = text.slice(0, k);
      const ps = draft(typed);
      const above = typed.lastIndexOf('\n') + 1;
      const errors = ps.filter((p) => p.level === 'error' && p.span.start < above);
      assert.deepEqual(
        errors.map((p) => `${p.rule}: ${p.message}`),
        [],
        `${name} at ${JSON.stringify(typed.slice(-40))}`,
      );
      model = updateLetter(model, typed);
      assert.deepEqual(lint(model, RULES, { mode: 'draft' }, memo), ps, `${name} at ${JSON.stringify(typed.slice(-40))}: incremental`);
    }
  }
});

test('format 3: its guideline and rationale sections, not yet written, are still to write; a missing last section is due at the end', () => {
  const text = fixture('written/format3.imr');
  const cut = text.slice(0, text.indexOf('DOCUMENTS REVIEWED FOR DETERMINATION:'));
  const ps = draft(cut);
  // The header lacks three fields for good (written text follows it): those stay warnings.
  assert.deepEqual(rules(ps), [
    'missing-header-field:warning',
    'missing-header-field:warning',
    'missing-header-field:warning',
    `${STILL_TO_WRITE}:information`,
  ]);
  assert.match(note(ps)!.message, /the section "MEDICAL TREATMENT GUIDELINE\(S\) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:"/);
  assert.equal(note(ps)!.message.split('MEDICAL TREATMENT GUIDELINE(S)').length, 2, 'named once');
  // A finished letter without its last section: the heading is due at the end, not before the first item.
  const without = text.slice(0, text.indexOf('MEDICAL REVIEWER QUALIFICATIONS:'));
  const [missing] = final(without).filter((p) => p.rule === 'missing-section');
  assert.equal(missing.message, 'The section "MEDICAL REVIEWER QUALIFICATIONS:" is missing.');
  assert.equal(missing.fixes![0].edits[0].span.start, without.length);
  assert.ok(missing.span.start > without.indexOf('RATIONALE FOR WHY'), 'on the last line');
});

test('every real letter, finished: the same problems as a draft (the editor) and as a finished letter (imr-lint)', () => {
  const differ: string[] = [];
  const letters = allRealLetters();
  for (const l of letters) if (JSON.stringify(draft(l.text)) !== JSON.stringify(final(l.text))) differ.push(l.id);
  assert.deepEqual(differ, []);
  assert.ok(letters.length >= minimumFor(297, letters));
});

// Where a missing section is due (server/src/rules/section-due.ts), which missing-section's fix and the
// "still to write" note use.
const ITEM =
  '  Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016.\nDecision rationale: The request is not medically necessary.\n';
const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

test('a missing section is due at the start of the line of the next required section present, an indented heading too', () => {
  const text = `HOW THE IMR FINAL DETERMINATION WAS MADE\nQualifications.\n  IMR ISSUES, DECISIONS AND RATIONALES\n${ITEM}`;
  const due = sectionDue(parseLetter(text), 'CLINICAL CASE SUMMARY');
  assert.equal(due.at, text.indexOf('  IMR ISSUES'));
  assert.equal(slice(text, due.anchor), 'IMR ISSUES, DECISIONS AND RATIONALES');
  assert.equal(due.later, 'IMR ISSUES, DECISIONS AND RATIONALES');
  const [p] = final(text).filter((x) => x.rule === 'missing-section');
  assert.equal(p.message, 'The section "CLINICAL CASE SUMMARY" is missing before "IMR ISSUES, DECISIONS AND RATIONALES".');
  assert.equal(p.fixes![0].edits[0].span.start, text.indexOf('  IMR ISSUES'));
});

test("a missing decisions section with no later section is due at the start of the first item's line; another section at the end", () => {
  const text = `HOW THE IMR FINAL DETERMINATION WAS MADE\nQualifications.\nCLINICAL CASE SUMMARY\nSummary.\n${ITEM}`;
  const letter = parseLetter(text);
  const issues = sectionDue(letter, 'IMR ISSUES, DECISIONS AND RATIONALES');
  assert.deepEqual(
    { at: issues.at, anchor: slice(text, issues.anchor), later: issues.later },
    { at: text.indexOf('  Norco'), anchor: 'Norco 10/325mg #120: Upheld', later: undefined },
  );
  // Without its heading and the decisions heading, the case summary is due at the end, not before the items.
  const noSummary = `HOW THE IMR FINAL DETERMINATION WAS MADE\nQualifications.\n${ITEM}`;
  const summary = sectionDue(parseLetter(noSummary), 'CLINICAL CASE SUMMARY');
  assert.deepEqual(
    { at: summary.at, anchor: slice(noSummary, summary.anchor), later: summary.later },
    { at: noSummary.length, anchor: 'Decision rationale: The request is not medically necessary.', later: undefined },
  );
  // No items: the decisions section is due at the end as well, anchored on the last line written.
  const noItems = 'HOW THE IMR FINAL DETERMINATION WAS MADE\nQualifications.\nCLINICAL CASE SUMMARY\nSummary.\n';
  const end = sectionDue(parseLetter(noItems), 'IMR ISSUES, DECISIONS AND RATIONALES');
  assert.deepEqual({ at: end.at, anchor: slice(noItems, end.anchor) }, { at: noItems.length, anchor: 'Summary.' });
});

test('a letter of no known format is placed as format 1 (items only, no headings)', () => {
  const letter = parseLetter(ITEM);
  assert.equal(letter.format, 'unknown');
  const issues = sectionDue(letter, 'IMR ISSUES, DECISIONS AND RATIONALES');
  assert.deepEqual({ at: issues.at, anchor: slice(ITEM, issues.anchor) }, { at: 0, anchor: 'Norco 10/325mg #120: Upheld' });
  assert.equal(sectionDue(letter, 'CLINICAL CASE SUMMARY').at, ITEM.length);
  assert.equal(sectionDue(parseLetter(''), 'CLINICAL CASE SUMMARY').at, 0);
});

test('format 3: a missing issue at dispute is due before the case summary that follows it', () => {
  const text = `CASE SUMMARY:\nSummary.\n${ITEM}`;
  const letter = parseLetter(text);
  assert.equal(letter.format, 'format3');
  const due = sectionDue(letter, 'ISSUE AT DISPUTE:');
  assert.equal(due.later, 'CASE SUMMARY:');
  assert.equal(due.at, 0);
});

const SECTIONS = 'HOW THE IMR FINAL DETERMINATION WAS MADE\nfoo\nCLINICAL CASE SUMMARY\nbar\nIMR ISSUES, DECISIONS AND RATIONALES\n';
const CITED = 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids.';

test('a one-line text that only begins a label is written text (there is no line above to end at)', () => {
  assert.equal(writtenEnd('Claims Admin'), 'Claims Admin'.length);
  assert.equal(writtenEnd('Claims Admin  '), 'Claims Admin'.length);
  assert.equal(writtenEnd('foo\nClaims Admin'), 3);
});

test('the note names two parts of one item with "and"', () => {
  const text = `${SECTIONS}Norco 10/325mg #120: Upheld\nClaims Administrator guideline: ${CITED}\n`;
  const ps = draft(text);
  assert.deepEqual(rules(ps), [`${STILL_TO_WRITE}:information`]);
  assert.equal(
    note(ps)!.message,
    'Still to write: for "Norco 10/325mg #120", the "MAXIMUS guideline:" line and the "Decision rationale:" line.',
  );
});

test('the note sits in document order: after a problem starting where its line starts, before one later on that line', () => {
  const later = `${SECTIONS}Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on MTUS Foo Bar Guidelines 2016, Section(s): Opioids.\n`;
  assert.deepEqual(rules(draft(later)), [`${STILL_TO_WRITE}:information`, 'unknown-guideline-chapter:warning']);
  const same = `${SECTIONS}Norco 10/325mg #120: Upheld\nClaims Administrator guideline: Decision based on Non-MTUS Citation .\n`;
  const ps = draft(same);
  assert.deepEqual(rules(ps), ['empty-citation:warning', `${STILL_TO_WRITE}:information`]);
  assert.equal(ps[0].span.start, ps[1].span.start);
});

test('while the last rationale is being written, a judgement of an earlier item still stands', () => {
  const item = (request: string, rationale: string) =>
    `${request}: Upheld\nClaims Administrator guideline: ${CITED}\nMAXIMUS guideline: ${CITED}\nDecision rationale: ${rationale}`;
  const text = `${SECTIONS}${item('Norco 10/325mg #120', 'Guidelines say things.')}\n${item('Soma 350mg #60', 'Guidelines say')}`;
  const ps = draft(text);
  assert.deepEqual(rules(ps), ['missing-conclusion:warning', `${STILL_TO_WRITE}:information`]);
  assert.match(ps[0].message, /"Norco 10\/325mg #120"/);
  assert.equal(note(ps)!.message, 'Still to write: for "Soma 350mg #60", the conclusion of the rationale.');
});

test('an item with no header yet is "this item" in the note', () => {
  const ps = draft(`IMR ISSUES, DECISIONS AND RATIONALES\nClaims Administrator guideline: ${CITED}\n`);
  assert.equal(note(ps)!.message, 'Still to write: for "this item", the "MAXIMUS guideline:" line and the "Decision rationale:" line.');
});

test('a rationale is finished by a blank line holding spaces, by a blank line of old Mac line breaks, or by text written after it', () => {
  const head = upTo(letter, 'Section(s): Muscle relaxants (for pain).');
  const general = 'Decision rationale: The guidelines consider baclofen medically necessary for spasticity from spinal cord injury.';
  assert.deepEqual(rules(draft(head + general)), []);
  assert.deepEqual(rules(draft(head + general + '\n \t\n')), ['outcome-contradicts-rationale:error']);
  const cr = (head + general).replace(/\r?\n/g, '\r');
  assert.deepEqual(rules(draft(cr)), []);
  assert.deepEqual(rules(draft(cr + '\r\r')), ['outcome-contradicts-rationale:error']);
  assert.deepEqual(rules(draft(cr + '\r\n\r')), ['outcome-contradicts-rationale:error']);
  // A heading written after the rationale: the rationale is no longer the last thing written.
  assert.ok(rules(draft(head + general + '\nCLINICAL CASE SUMMARY\nmore')).includes('outcome-contradicts-rationale:error'));
});

test('a conclusion with a full stop inside it (a dose of 2.5 mg) is still unfinished until it ends with one', () => {
  const head = upTo(letter, 'Section(s): Muscle relaxants (for pain).').replace(
    'Baclofen 100mg #3: Upheld',
    'Baclofen 100mg #3: Overturned',
  );
  const open = 'Decision rationale: Therefore, the request for 2.5 mg of baclofen is not medically necessary';
  const contradiction = (text: string) => rules(draft(text)).filter((r) => r.startsWith('outcome-contradicts-rationale'));
  assert.deepEqual(contradiction(head + open), []);
  assert.deepEqual(contradiction(`${head + open}.`), ['outcome-contradicts-rationale:error']);
});

test("draftProblems at its edges: a blank text, a judgement at the last item's first character, dues of two items and of none, a due named twice", () => {
  const problem = (rule: string, start: number, due?: Problem['due']): Problem => ({
    rule,
    span: { start, end: start + 1 },
    message: rule,
    level: 'warning',
    ...(due ? { due } : {}),
  });
  // Nothing written: every problem stays as it is, in a list of its own.
  for (const text of ['', ' \n\t\n']) {
    const blank = parseLetter(text);
    const problems = [problem('missing-section', 0, { at: 0, what: 'the section "X"' })];
    const out = draftProblems(blank, problems, () => true);
    assert.deepEqual(out, problems, JSON.stringify(text));
    assert.notEqual(out, problems, 'a new list: the caller may change it');
  }
  // The last item's rationale is being written: a judgement reported at the item's very first character is held
  // back; one just before the item is not.
  const draft = `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\nNorco 10/325mg #60: Upheld\nClaims Administrator guideline: Decision based on MTUS.\nMAXIMUS guideline: Decision based on MTUS.\nDecision rationale: The records show no improvement and the request`;
  const letter = parseLetter(draft);
  const item = letter.items[letter.items.length - 1];
  assert.ok(rationaleUnfinished(letter, item));
  assert.deepEqual(
    draftProblems(letter, [problem('judge', item.span.start - 1), problem('judge', item.span.start)], (r) => r === 'judge').map(
      (p) => p.span.start,
    ),
    [item.span.start - 1],
  );
  // Parts due at the end: grouped by item in the order due, each part named once, groups joined by "; ".
  const end = draft.length;
  const notes = draftProblems(
    letter,
    [
      problem('a', 10, { at: end, what: 'the outcome', item: 'Norco' }),
      problem('b', 11, { at: end, what: 'the outcome', item: 'Norco' }),
      problem('c', 12, { at: end, what: 'the "MAXIMUS guideline:" line', item: 'Norco' }),
      problem('d', 13, { at: end + 1, what: 'the section "X"' }),
      problem('e', 14, { at: end + 2, what: 'the outcome', item: '' }),
    ],
    () => false,
  );
  assert.deepEqual(
    notes.map((p) => [p.rule, p.message]),
    [
      [
        STILL_TO_WRITE,
        'Still to write: for "Norco", the outcome and the "MAXIMUS guideline:" line; the section "X"; for "this item", the outcome.',
      ],
    ],
  );
});
