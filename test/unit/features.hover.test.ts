// Hovers in process, with their exact text and range: header dates and their intervals, the priority, section
// headings, item headers (the decision summary), outcome words (valid, misspelt, partly authorised,
// retrospective) and each part of a citation; and the pure pieces behind them (day counts, injury phase).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Item, type Letter } from '../../server/src/letter';
import { hover } from '../../server/src/features/hover';
import { positionAt, rangeOf } from '../../server/src/features/positions';
import { itemSummary, describeCitation } from '../../server/src/features/itemSummary';
import { outcomeMeaning } from '../../server/src/features/outcomeForItem';
import { OUTCOME_FOR_WORKER, outcomeHoverText, sectionHoverText } from '../../server/src/features/sectionGuide';
import { dateName, dayNumber, describeDays, headerValue, intervals } from '../../server/src/features/headerDates';
import { ACUTE_UP_TO_DAYS, SUBACUTE_UP_TO_DAYS, injuryAge, injuryPhaseLines, painPhase } from '../../server/src/features/injuryPhase';
import { describeCitationAt, isBareNumber, observedCount, topicsOnPage } from '../../server/src/features/citationInfo';
import { fixture } from '../helpers/letters';
import { SMALL_LETTER } from '../helpers/smallLetter';

const LETTER = SMALL_LETTER;

/** Odd dates, an expedited review, a partly authorised item whose figures do not add up, misspelt outcomes, 2014 page citations. */
const ODD = `Case Number: CM16-0213037        Date of Injury: 01/02/2014-03/04/2014
Date Assigned: 11/09/2016        UR Denial Date: 11/03/2016
Decision Date: 11/01/2016        Application Received: 13/45/2016
Priority: Expedited
HOW THE IMR FINAL DETERMINATION WAS MADE
State(s) of Licensure: California
IMR ISSUES, DECISIONS AND RATIONALES
Norco 10/325mg #120 was the original request. Norco 10/325mg #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #50 is: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines, weaning of medications Page(s): 24, 124, 128-131.
MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016, Section(s): Opioids, 326.
Decision rationale: The records are unclear.
Retrospective TENS unit DOS 10/01/2016: Denied
Claims Administrator guideline: The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Smith J. Journal.
MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision. Decision based on the doctor's notes. Decision based on MTUS Foo Bar Complaints 2004.

SOMA: Partial Overturn
Claims Administrator guideline: Decision based on Non-MTUS Citation ACOEM Practice Guidelines.
`;

const APPEAL =
  "The determination is binding. The worker may appeal to the Workers' Compensation Appeals Board only on the narrow grounds of Labor Code 4610.6(h) (for example fraud, a conflict of interest, bias, or a plainly erroneous finding of fact that is a matter of ordinary knowledge), or ask for the treatment again if the condition changes.";
const UPHELD_PLAIN =
  '**Upheld** — the utilization review denial stands: the requested treatment is **not** authorised and the claims administrator need not pay for it.\n\n' +
  APPEAL;
const OVERTURNED_PLAIN =
  '**Overturned** — the utilization review denial is reversed: the treatment **is** medically necessary.\n\nThe claims administrator must promptly authorise and provide it (Labor Code 4610.6), unless it disputes liability on grounds other than medical necessity.';
const PHASE_NOTE =
  "_Acute: up to 4 weeks; subacute: more than 4 and up to 12 weeks; chronic: more than 12 weeks, as the Chronic Pain Medical Treatment Guidelines define it. The phase is the injury's age, not a finding about the worker's pain: the rationale says which guideline applies and why._";
const STANDARD_NOTE =
  "Standard review: Labor Code 4610.6(d) allows 30 days from the IMR organisation's receipt of the application **and its supporting documents**. No header date marks that receipt (the documents often arrive after the application is received or assigned), so this interval alone does not show a late decision.";
const SERVICE_NOTE =
  'The worker may apply for IMR within 30 days after **service** of the UR decision on the worker (Labor Code 4610.5(h)), 5 days more when it was served by mail. The UR Denial Date is the date of the decision, not of its service, so this interval alone does not show a late application.';
const CHAPTER_SOURCE =
  '_Confidence: label and year from the citation table MAXIMUS used to report IMR citations to DWC; regulation numbers from DWC rulemaking notices._';

const lf = parseLetter(LETTER);
const odd = parseLetter(ODD);

/** The hover at `word` (its first occurrence at or after `from`, plus `delta`): its text and the text its range covers. */
function at(letter: Letter, word: string, delta = 0, from = 0): { value: string; over: string } | null {
  const i = letter.text.indexOf(word, from);
  assert.ok(i >= 0, word);
  const h = hover(letter, positionAt(letter, i + delta));
  if (!h) return null;
  const start = h.range as NonNullable<typeof h.range>;
  const a = letter.lines[start.start.line].start + start.start.character;
  const b = letter.lines[start.end.line].start + start.end.character;
  return { value: (h.contents as { value: string }).value, over: letter.text.slice(a, b) };
}

test('header dates: the value and its label show the date, the injury phase and the intervals that involve it', () => {
  const injury = [
    '**Date of Injury: 10/13/2016**',
    '',
    'Injury phase at the UR decision: **acute**, 21 days (3 weeks) from the Date of Injury to the UR Denial Date.',
    '',
    PHASE_NOTE,
    '',
    '| Interval | |',
    '|---|---|',
    '| injury to IMR decision | 57 days |',
  ].join('\n');
  assert.deepEqual(at(lf, '10/13/2016'), { value: injury, over: '10/13/2016' });
  assert.deepEqual(at(lf, 'Date of Injury:'), { value: injury, over: 'Date of Injury:' });
  // The last character of the label and of the value still hover; the blank between label and value does not.
  assert.equal(at(lf, 'Date of Injury:', 'Date of Injury:'.length)?.over, 'Date of Injury:');
  assert.equal(at(lf, '10/13/2016', 10)?.over, '10/13/2016');
  assert.deepEqual(at(lf, '11/09/2016'), {
    value: [
      '**Date Assigned: 11/09/2016**',
      '',
      '| Interval | |',
      '|---|---|',
      '| assignment to decision | 30 days |',
      '',
      STANDARD_NOTE,
    ].join('\n'),
    over: '11/09/2016',
  });
  assert.deepEqual(at(lf, 'UR Denial Date'), {
    value: [
      '**UR Denial Date: 11/03/2016**',
      '',
      '| Interval | |',
      '|---|---|',
      '| UR denial to IMR application | 0 days |',
      '| UR denial to IMR decision | 36 days |',
      '',
      SERVICE_NOTE,
    ].join('\n'),
    over: 'UR Denial Date:',
  });
  assert.equal(
    at(lf, '12/09/2016')?.value,
    [
      '**Decision Date: 12/09/2016**',
      '',
      '| Interval | |',
      '|---|---|',
      '| assignment to decision | 30 days |',
      '| application to decision | 36 days |',
      '| UR denial to IMR decision | 36 days |',
      '| injury to IMR decision | 57 days |',
      '',
      STANDARD_NOTE,
    ].join('\n'),
  );
  assert.deepEqual(at(lf, 'Standard'), {
    value:
      '**Priority: Standard** — standard review: decided within 30 days of receipt of the request and its supporting documents (Labor Code 4610.6(d)).',
    over: 'Standard',
  });
  // The case number is no date: no hover on it.
  assert.equal(at(lf, 'CM16-0213037'), null);
  assert.equal(at(lf, 'Case Number:'), null);
});

test('header dates out of order, not a date, a cumulative injury; an expedited review', () => {
  assert.deepEqual(at(odd, '01/02/2014'), {
    value: [
      '**Date of Injury: 01/02/2014-03/04/2014**',
      '',
      'Injury phase at the UR decision: **chronic**, 975 days (139 weeks 2 days) from the Date of Injury (the last date of a cumulative injury) to the UR Denial Date.',
      '',
      PHASE_NOTE,
    ].join('\n'),
    over: '01/02/2014-03/04/2014',
  });
  assert.equal(
    at(odd, 'Decision Date')?.value,
    [
      '**Decision Date: 11/01/2016**',
      '',
      '| Interval | |',
      '|---|---|',
      '| assignment to decision | 8 days **before** — the dates are in the wrong order |',
      '| UR denial to IMR decision | 2 days **before** — the dates are in the wrong order |',
      '',
      STANDARD_NOTE.replace('Standard review: Labor Code 4610.6(d) allows 30 days', 'Expedited review: Labor Code 4610.6(d) allows 3 days'),
    ].join('\n'),
  );
  assert.deepEqual(at(odd, '13/45/2016'), {
    value: '**Application Received**: "13/45/2016" is not a date (MM/DD/YYYY).',
    over: '13/45/2016',
  });
  assert.deepEqual(at(odd, 'Expedited'), {
    value:
      "**Priority: Expedited** — expedited review: decided within 3 days (Labor Code 4610.6(d)) because of an imminent and serious threat to the worker's health.",
    over: 'Expedited',
  });
  // A field without a value: its label says so; a priority without one reads as standard.
  const header = lf.header as NonNullable<Letter['header']>;
  const bare = { ...lf, header: { ...header, fields: header.fields.map((f) => ({ key: f.key, label: f.label })) } };
  assert.deepEqual(at(bare, 'Date Assigned:'), { value: '**Date Assigned**: no value.', over: 'Date Assigned:' });
  assert.equal(
    at(bare, 'Priority:')?.value,
    '**Priority: (none)** — standard review: decided within 30 days of receipt of the request and its supporting documents (Labor Code 4610.6(d)).',
  );
  // A date of injury that is no date, with no phase: the plain "not a date" line.
  const noDate = parseLetter(LETTER.replace('10/13/2016', 'unknown'));
  assert.equal(at(noDate, 'unknown')?.value, '**Date of Injury**: "unknown" is not a date (MM/DD/YYYY).');
});

test('section headings: what the section must contain, and what this letter has', () => {
  assert.deepEqual(at(lf, 'HOW THE IMR', 5), {
    value: [
      '**HOW THE IMR FINAL DETERMINATION WAS MADE** — what this section must contain',
      '',
      'Who reviewed the case and on what footing, without naming the reviewer (Labor Code 4610.6 keeps the name confidential):',
      '- that MAXIMUS sent the complete case file to an expert reviewer with no affiliation with the employer, employee, providers or claims administrator;',
      "- the reviewer's clinical practice (more than five years, at least 24 hours a week) and relevant expertise;",
      '- "State(s) of Licensure: ..." and "Certification(s)/Specialty: ...".',
      '',
      'This letter: licensure "California", specialty "Orthopaedic Surgery".',
    ].join('\n'),
    over: 'HOW THE IMR FINAL DETERMINATION WAS MADE',
  });
  assert.ok(at(odd, 'HOW THE IMR')?.value.endsWith('\n\nThis letter: licensure "California", specialty **missing**.'));
  const none = parseLetter(LETTER.replace(/State\(s\)[^\n]*\nCert[^\n]*\n/, ''));
  assert.ok(at(none, 'HOW THE IMR')?.value.endsWith('\n\nThis letter: licensure **missing**, specialty **missing**.'));
  assert.deepEqual(at(lf, 'CLINICAL CASE SUMMARY', 20), {
    value: [
      '**CLINICAL CASE SUMMARY** — what this section must contain',
      '',
      'The clinical case summary the expert reviewer wrote from the case file:',
      '- the opening sentence "The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:";',
      "- the worker's age, sex, date and mechanism of injury, diagnoses, treatment to date and recent findings;",
      '- the utilization review decision that denied or modified the request (its date and what it decided).',
      '',
      'This letter: 30 words of summary.',
    ].join('\n'),
    over: 'CLINICAL CASE SUMMARY',
  });
  const oneWord = parseLetter(LETTER.replace(/CLINICAL CASE SUMMARY\n[\s\S]*?\nIMR ISSUES/, 'CLINICAL CASE SUMMARY\nPending.\nIMR ISSUES'));
  assert.ok(at(oneWord, 'CLINICAL')?.value.endsWith('\n\nThis letter: 1 word of summary.'));
  assert.deepEqual(at(lf, 'IMR ISSUES, DECISIONS AND RATIONALES'), {
    value: [
      '**IMR ISSUES, DECISIONS AND RATIONALES** — what this section must contain',
      '',
      'The decisions, one block per disputed item, after "The Final Determination was based on decisions for the disputed items/services set forth below:":',
      '- an item header "<requested item>: Upheld" or "...: Overturned" (a partly authorised request states the original, the authorised and the remaining part);',
      '- "Claims Administrator guideline:" — what the claims administrator relied on;',
      '- "MAXIMUS guideline:" — what the expert reviewer relied on;',
      '- "Decision rationale:" — the reasoning, ending in a conclusion that agrees with the outcome ("... is not medically necessary" for Upheld, "... is medically necessary" for Overturned).',
      '',
      'This letter: 2 disputed items.',
    ].join('\n'),
    over: 'IMR ISSUES, DECISIONS AND RATIONALES',
  });
  const oneItem = parseLetter(LETTER.replace(/\nPhysical therapy[\s\S]*$/, '\n'));
  assert.ok(at(oneItem, 'IMR ISSUES')?.value.endsWith('\n\nThis letter: 1 disputed item.'));
  // An item just at the end of the issues section counts; one past it does not.
  const issues = lf.issues as NonNullable<Letter['issues']>;
  const last = { ...lf.items[1], span: { start: issues.span.end, end: issues.span.end } };
  const past = { ...lf.items[1], span: { start: issues.span.end + 1, end: issues.span.end + 1 } };
  assert.ok(sectionHoverText({ ...lf, items: [lf.items[0], last] }, issues).endsWith('This letter: 2 disputed items.'));
  assert.ok(sectionHoverText({ ...lf, items: [lf.items[0], past] }, issues).endsWith('This letter: 1 disputed item.'));
  const before = { ...lf.items[0], span: { start: issues.span.start - 1, end: issues.span.start } };
  assert.ok(sectionHoverText({ ...lf, items: [before] }, issues).endsWith('This letter: 0 disputed items.'));
  // Format 3 sections: what they must contain, nothing about this letter.
  const f3 = parseLetter(fixture('written/format3.imr'));
  const texts = f3.sections.map((s) => sectionHoverText(f3, s).split('\n\n'));
  assert.deepEqual(
    texts.map((t) => t.slice(1)),
    [
      ['The treatment or service in dispute, as requested (format 3).'],
      [
        'The clinical case summary the expert reviewer wrote from the case file:\n- the opening sentence "The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:";\n- the worker\'s age, sex, date and mechanism of injury, diagnoses, treatment to date and recent findings;\n- the utilization review decision that denied or modified the request (its date and what it decided).',
        'This letter: 35 words of summary.',
      ],
      ['The list of records the reviewer received and read (format 2 and 3 letters).'],
      ['The medical treatment guidelines the professional reviewer relied upon and why they apply (format 3).'],
      ['Why the requested treatment is, or is not, medically necessary, applying the guidelines to the records (format 3).'],
      ["The reviewer's licensure, board certification and practice, without the reviewer's name (format 3)."],
    ],
  );
});

test('item header: the decision summary with both parties side by side and the conclusion', () => {
  assert.deepEqual(at(lf, 'Norco 10/325mg #60: Upheld', 3), {
    value: [
      '**Norco 10/325mg #60**',
      '',
      UPHELD_PLAIN,
      '',
      '| Claims Administrator | MAXIMUS (expert reviewer) |',
      '|---|---|',
      '| MTUS Chronic Pain Medical Treatment Guidelines 2009 — Section(s): Opioids, criteria for use | Non-MTUS: ODG Pain Chapter, Opioids |',
      '',
      'Conclusion (not medically necessary): _The request for Norco 10/325mg #60 is not medically necessary._',
    ].join('\n'),
    over: 'Norco 10/325mg #60: Upheld',
  });
  // The header's first character and its colon are the header; the outcome word is the outcome.
  assert.equal(at(lf, 'Physical therapy')?.over, 'Physical therapy 12 sessions: Overturned');
  assert.equal(
    at(lf, 'Physical therapy')?.value,
    [
      '**Physical therapy 12 sessions**',
      '',
      OVERTURNED_PLAIN,
      '',
      '| Claims Administrator | MAXIMUS (expert reviewer) |',
      '|---|---|',
      '| The Claims Administrator did not cite any medical evidence | MTUS Low Back Complaints 2004 — Section(s): Physical Methods |',
      '',
      'Conclusion (medically necessary): _The request is medically necessary._',
    ].join('\n'),
  );
  assert.equal(at(lf, 'sessions: Overturned', 'sessions:'.length - 1)?.over, 'Physical therapy 12 sessions: Overturned');
  assert.deepEqual(at(lf, 'Overturned'), { value: OVERTURNED_PLAIN, over: 'Overturned' });
  assert.deepEqual(at(lf, 'Overturned', 10), { value: OVERTURNED_PLAIN, over: 'Overturned' });
  assert.deepEqual(at(lf, ': Upheld', 2), { value: UPHELD_PLAIN, over: 'Upheld' });
  // In the rationale's prose and the case summary: no hover.
  assert.equal(at(lf, 'functional improvement'), null);
  assert.equal(at(lf, 'injured worker'), null);
  assert.equal(hover(parseLetter(''), { line: 0, character: 0 }), null);
});

test('item header of a partly authorised request whose figures do not add up, with page and section citations and no conclusion', () => {
  assert.deepEqual(at(odd, 'Norco 10/325mg #120', 2), {
    value: [
      '**Norco 10/325mg #50**',
      '',
      '**Upheld** — the utilization review denial stands, for the remaining portion only: what the Claims Administrator authorised ("Norco 10/325mg #60") stands and was not in dispute; the remaining portion ("Norco 10/325mg #50") is **not** authorised: the claims administrator need not pay for it.',
      '',
      APPEAL,
      '',
      '| Partial authorisation | |',
      '|---|---|',
      '| Requested | Norco 10/325mg #120 |',
      '| Authorised by the Claims Administrator | Norco 10/325mg #60 |',
      '| In dispute | Norco 10/325mg #50 |',
      '',
      'Figures **do not add up**: 120 requested − 60 authorised = 60, but 50 is in dispute.',
      '',
      '| Claims Administrator | MAXIMUS (expert reviewer) |',
      '|---|---|',
      '| MTUS Chronic Pain Treatment Guidelines — Benzodiazepines, weaning of medications — Page(s): 24, 124, 128-131 | MTUS Chronic Pain Medical Treatment Guidelines 2016 — Section(s): Opioids; 326 (a number, not a section) |',
      '',
      '_The rationale states no conclusion ("… is (not) medically necessary")._',
    ].join('\n'),
    over: odd.items[0].header.text,
  });
  const adds = parseLetter(ODD.replace('Norco 10/325mg #50 is', 'Norco 10/325mg #60 is'));
  assert.match(itemSummary(adds.items[0]), /\n\nFigures: 120 requested − 60 authorised = 60 in dispute\.\n\n/);
  // Without figures to read (refills): the table only.
  const refills = parseLetter(ODD.replace('#50 is', '#50 with 2 refills is'));
  assert.match(itemSummary(refills.items[0]), /\| In dispute \| Norco 10\/325mg #50 with 2 refills \|\n\n\| Claims Administrator/);
});

test('item header with a misspelt outcome, no rationale, more citations on one side, a missing line', () => {
  assert.equal(
    at(odd, 'Retrospective TENS')?.value,
    [
      '**Retrospective TENS unit DOS 10/01/2016**',
      '',
      'Outcome "Denied" is not valid: an item is either Upheld or Overturned.',
      '',
      '| Claims Administrator | MAXIMUS (expert reviewer) |',
      '|---|---|',
      '| The Claims Administrator relied on recommendations outside the MTUS | The Expert Reviewer did not cite any medical evidence |',
      "| Non-MTUS: Smith J. Journal | Decision based on the doctor's notes. |",
      '|  | MTUS Foo Bar Complaints 2004 |',
      '',
      '_No decision rationale._',
    ].join('\n'),
  );
  assert.equal(
    at(odd, 'SOMA')?.value,
    [
      '**SOMA**',
      '',
      'Outcome "Partial Overturn" is not valid: an item is either Upheld or Overturned.',
      '',
      '| Claims Administrator | MAXIMUS (expert reviewer) |',
      '|---|---|',
      '| Non-MTUS: ACOEM Practice Guidelines | _(line missing)_ |',
      '',
      '_No decision rationale._',
    ].join('\n'),
  );
  // No outcome yet; a guideline line that cites nothing; a "|" in a citation is escaped.
  const draft = parseLetter(
    'IMR ISSUES, DECISIONS AND RATIONALES\nSOMA 350mg:\nClaims Administrator guideline:\nMAXIMUS guideline: Decision based on Non-MTUS Citation A|B.\n',
  );
  assert.equal(
    itemSummary(draft.items[0]),
    [
      '**SOMA 350mg**',
      '',
      '_No outcome yet._',
      '',
      '| Claims Administrator | MAXIMUS (expert reviewer) |',
      '|---|---|',
      '| _(nothing cited)_ | Non-MTUS: A\\|B |',
      '',
      '_No decision rationale._',
    ].join('\n'),
  );
  const noHeader = { ...draft.items[0], request: { text: '', span: { start: 0, end: 0 } } } as Item;
  assert.match(itemSummary(noHeader), /^\*\*\(item without header\)\*\*\n/);
});

test('outcome words: misspelt ones say what they read as; "Partial Overturn" is explained; an unknown word is only rejected', () => {
  assert.deepEqual(at(odd, ': Denied', 2), {
    value: [
      '**"Denied"** is not an item outcome: an item is either **Upheld** or **Overturned**.',
      '',
      'It reads as **Upheld**:',
      '',
      '**Upheld** — the utilization review denial stands: the service, already given, was **not** medically necessary and is **not** authorised for payment; the claims administrator need not pay for it.',
      '',
      APPEAL,
    ].join('\n'),
    over: 'Denied',
  });
  assert.deepEqual(at(odd, 'Partial Overturn', 15), {
    value:
      '**"Partial Overturn"** is not an item outcome: an item is either **Upheld** or **Overturned**.\n\n"Partial Overturn" describes a whole case; a partly authorised item states the authorised part in its header and is then Upheld or Overturned.',
    over: 'Partial Overturn',
  });
  const word = { text: 'Approved', span: { start: 0, end: 8 }, valid: false };
  assert.equal(outcomeHoverText(word), '**"Approved"** is not an item outcome: an item is either **Upheld** or **Overturned**.');
  assert.equal(
    outcomeHoverText({ ...word, text: 'overturned', meaning: 'Overturned' }),
    `**"overturned"** is not an item outcome: an item is either **Upheld** or **Overturned**.\n\nIt reads as **Overturned**:\n\n${OVERTURNED_PLAIN}`,
  );
  // A valid word without a meaning is treated as invalid; a meaning without validity too.
  assert.equal(
    outcomeHoverText({ ...word, text: 'Upheld', valid: true }),
    '**"Upheld"** is not an item outcome: an item is either **Upheld** or **Overturned**.',
  );
  assert.equal(outcomeHoverText({ ...word, text: 'Upheld', valid: true, meaning: 'Upheld' }), UPHELD_PLAIN);
  assert.deepEqual(OUTCOME_FOR_WORKER, { Upheld: UPHELD_PLAIN, Overturned: OVERTURNED_PLAIN });
});

test('what an outcome means for a partly authorised, a retrospective and a retrospective partly authorised item', () => {
  const partial = odd.items[0];
  assert.equal(
    outcomeMeaning('Overturned', partial),
    '**Overturned** — the utilization review decision is reversed for the remaining portion: the remaining portion ("Norco 10/325mg #50") **is** medically necessary. With the part the Claims Administrator already authorised ("Norco 10/325mg #60"), the whole original request is authorised.\n\nThe claims administrator must promptly authorise and provide the remaining portion (Labor Code 4610.6), unless it disputes liability on grounds other than medical necessity.',
  );
  const retro = odd.items[1];
  assert.equal(
    outcomeMeaning('Overturned', retro),
    '**Overturned** — the utilization review denial is reversed: the service, already given (a retrospective request), **was** medically necessary.\n\nThe effect is payment: the claims administrator must pay for the service given (Labor Code 4610.6), unless it disputes liability on grounds other than medical necessity.',
  );
  // Partly authorised and retrospective (the header says so).
  const both = parseLetter(ODD.replace('Norco 10/325mg #120 was', 'Retrospective Norco 10/325mg #120 was')).items[0];
  assert.equal(
    outcomeMeaning('Overturned', both),
    '**Overturned** — the utilization review denial is reversed: the remaining portion ("Norco 10/325mg #50") of the service, already given (a retrospective request), **was** medically necessary.\n\nThe effect is payment: the claims administrator must pay for the service given (Labor Code 4610.6), unless it disputes liability on grounds other than medical necessity.',
  );
  assert.equal(
    outcomeMeaning('Upheld', both).split('\n')[0],
    '**Upheld** — the utilization review denial stands, for the remaining portion only: what the Claims Administrator authorised ("Norco 10/325mg #60") stands and was not in dispute; the remaining portion ("Norco 10/325mg #50") is **not** authorised (a service already given): the claims administrator need not pay for it.',
  );
  // Parts without text.
  const bare = { ...partial, partial: { form: 'remaining' as const } };
  assert.equal(
    outcomeMeaning('Upheld', bare).split('\n')[0],
    '**Upheld** — the utilization review denial stands, for the remaining portion only: what the Claims Administrator authorised (the authorised part) stands and was not in dispute; the remaining portion is **not** authorised: the claims administrator need not pay for it.',
  );
  assert.equal(outcomeMeaning('Upheld'), UPHELD_PLAIN);
  assert.equal(outcomeMeaning('Overturned', lf.items[1]), OVERTURNED_PLAIN);
});

test('citation parts: chapter with its regulation, a yearless 2014 label with the injury phase, 2016 Chronic Pain, unknown chapters', () => {
  assert.deepEqual(at(lf, 'Low Back Complaints'), {
    value: [
      '**MTUS Low Back Complaints 2004**',
      '',
      '| | |',
      '|---|---|',
      '| Regulation | 8 CCR 9792.23.5 |',
      '| Based on | ACOEM 2nd ed. ch.12 |',
      '| Era | MTUS chapter cited before the December 2017 update |',
      '',
      CHAPTER_SOURCE,
    ].join('\n'),
    over: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods',
  });
  assert.equal(
    at(odd, 'Chronic Pain Treatment Guidelines')?.value,
    [
      '**MTUS Chronic Pain Treatment Guidelines**',
      '',
      '| | |',
      '|---|---|',
      '| Regulation | 8 CCR 9792.24.2 |',
      '| Era | label printed without a year in 2014-era letters |',
      '',
      CHAPTER_SOURCE,
      '',
      'Injury phase at the UR decision: **chronic**, 975 days (139 weeks 2 days) from the Date of Injury (the last date of a cumulative injury) to the UR Denial Date.',
      '',
      PHASE_NOTE,
    ].join('\n'),
  );
  assert.equal(
    at(odd, 'Medical Treatment Guidelines 2016')?.value,
    [
      '**MTUS Chronic Pain Medical Treatment Guidelines 2016**',
      '',
      'The **2016 update of the Chronic Pain Medical Treatment Guidelines** (8 CCR 9792.24.2 as amended in 2016), not the 2009 edition. Its page numbers differ from the 2009 edition\'s: a page cited from the 2009 guidelines does not point at the same text here, so letters cite it by "Section(s):" topic.',
      '',
      'A known MTUS chapter, but not with the year 2016: letters print it with no year.',
      '',
      'Regulation: 8 CCR 9792.24.2',
      '',
      CHAPTER_SOURCE,
    ].join('\n'),
  );
  assert.equal(
    at(odd, 'Foo Bar')?.value,
    '**MTUS Foo Bar Complaints 2004**\n\nNot a chapter label known from real letters or the MTUS citation table.',
  );
  // A 2017 chapter with neither regulation nor basis; several sections listed.
  const y2017 = parseLetter(
    LETTER.replace(
      'Low Back Complaints 2004, Section(s): Physical Methods',
      'Initial Approaches to Treatment 2017, Section(s): Physical Methods, Summary',
    ),
  );
  assert.equal(
    at(y2017, 'Initial Approaches')?.value,
    [
      '**MTUS Initial Approaches to Treatment 2017**',
      '',
      '| | |',
      '|---|---|',
      '| Era | MTUS chapter based on current ACOEM guidance, cited from December 2017 |',
      '',
      CHAPTER_SOURCE,
      '',
      'Section(s) cited:',
      '',
      '- Physical Methods',
      '- Summary',
    ].join('\n'),
  );
  // A known label with another year, without a regulation.
  const otherYear = parseLetter(LETTER.replace('Low Back Complaints 2004', 'Low Back Disorders 2017'));
  assert.equal(
    at(otherYear, 'Low Back Disorders')?.value,
    `**MTUS Low Back Disorders 2017**\n\nA known MTUS chapter, but not with the year 2017: letters print it with 2016.\n\n${CHAPTER_SOURCE}`,
  );
});

test('citation parts: sections (observed counts, bare numbers, Opioids numbers), pages, 2014 topics, Non-MTUS and fixed sentences', () => {
  assert.deepEqual(at(lf, 'Physical Methods'), {
    value:
      '**Physical Methods** — a section of MTUS Low Back Complaints 2004\n\nCited 30 times under this chapter in real 2016-17 letters.\n\n_Confidence: observed in real letters._',
    over: 'Decision based on MTUS Low Back Complaints 2004, Section(s): Physical Methods',
  });
  assert.equal(
    at(lf, 'Opioids, criteria')?.value,
    '**Opioids, criteria for use** — a section of MTUS Chronic Pain Medical Treatment Guidelines 2009\n\nNot seen under this chapter in real 2016-17 letters: check the spelling and the chapter.',
  );
  assert.equal(
    at(odd, '326')?.value,
    '**326** — a bare number, not a section of MTUS Chronic Pain Medical Treatment Guidelines 2016\n\nSections are cited by name (the 2016 Opioids guideline by number and title, "3.3.9 Opioids for Chronic Pain ..."): a number alone may be a page, which this chapter\'s citations do not give.',
  );
  assert.equal(
    at(odd, '24, 124')?.value,
    '**Page 24** of Chronic Pain Treatment Guidelines\n\n| Topic | Pages | Confidence |\n|---|---|---|\n| Benzodiazepines | 24 | A — confirmed by a real letter |\n| Biofeedback | 24-25 | B — commonly cited, not verified against the guideline (a hint, never an error) |',
  );
  assert.equal(
    at(odd, '124', 2)?.value,
    '**Page 124** of Chronic Pain Treatment Guidelines\n\n| Topic | Pages | Confidence |\n|---|---|---|\n| Weaning of medications | 124 | A — confirmed by a real letter |',
  );
  assert.equal(
    at(odd, '128-131')?.value,
    '**Pages 128-131** of Chronic Pain Treatment Guidelines\n\nThe 2009 Chronic Pain Medical Treatment Guidelines have 127 pages: this page does not exist.',
  );
  assert.equal(
    at(odd, 'Benzodiazepines, weaning')?.value,
    '**Benzodiazepines, weaning of medications** — topic cited in Chronic Pain Treatment Guidelines\n\nWhere the 2009 page table puts it:\n\n| Topic | Pages | Confidence |\n|---|---|---|\n| Benzodiazepines | 24 | A — confirmed by a real letter |\n| Medications for chronic pain | 60 | B — commonly cited, not verified against the guideline (a hint, never an error) |\n| Weaning of medications | 124 | A — confirmed by a real letter |',
  );
  assert.deepEqual(at(lf, 'ODG Pain'), {
    value:
      '**Non-MTUS citation**: ODG Pain Chapter, Opioids\n\nOfficial Disability Guidelines (ODG, Work Loss Data Institute / MCG): a non-MTUS source the MTUS allows when it does not address the treatment (8 CCR 9792.21.1).',
    over: 'Decision based on Non-MTUS Citation ODG Pain Chapter, Opioids.',
  });
  assert.equal(
    at(odd, 'Smith')?.value,
    '**Non-MTUS citation**: Smith J. Journal\n\nA non-MTUS source (journal article, drug label, web page or another guideline).',
  );
  assert.equal(
    at(odd, 'ACOEM Practice')?.value,
    '**Non-MTUS citation**: ACOEM Practice Guidelines\n\nACOEM Occupational Medicine Practice Guidelines outside the adopted MTUS chapters: a non-MTUS source.',
  );
  assert.deepEqual(at(lf, 'The Claims Administrator did not'), {
    value:
      '**No medical evidence cited** — a fixed sentence: the Claims Administrator named no guideline for its decision. It is a legitimate statement (about 18% of real Claims Administrator lines), not a missing citation.',
    over: 'The Claims Administrator did not cite any medical evidence for its decision.',
  });
  assert.match(
    at(odd, 'The Expert Reviewer did')?.value ?? '',
    /^\*\*No medical evidence cited\*\* — a fixed sentence: the Expert Reviewer named no guideline/,
  );
  assert.equal(
    at(odd, 'The Claims Administrator based')?.value,
    '**Outside the MTUS** — the Claims Administrator relied on recommendations outside the MTUS. In real letters a "Decision based on Non-MTUS Citation ..." sentence always follows and names the source.',
  );
  assert.deepEqual(at(odd, "the doctor's"), {
    value:
      '**Citation**: Decision based on the doctor\'s notes.\n\nNeither an MTUS nor a Non-MTUS citation: letters write "Decision based on MTUS ..." or "Decision based on Non-MTUS Citation ...".',
    over: "Decision based on the doctor's notes.",
  });
  // The citation's first and last characters hover; one before it (the label's blank) does not.
  const c = lf.items[1].maximus?.citations[0] as NonNullable<Item['maximus']>['citations'][number];
  assert.ok(describeCitationAt(c, c.span.start, lf));
  assert.ok(describeCitationAt(c, c.span.end, lf));
  assert.equal(describeCitationAt(c, c.span.start - 1, lf), undefined);
  assert.equal(describeCitationAt(c, c.span.end + 1, lf), undefined);
  assert.deepEqual(rangeOf(lf, c.span), hover(lf, positionAt(lf, c.span.end))?.range);
});

test('citation pages and Opioids sections, described without a letter', () => {
  const cite = (line: string) => {
    const l = parseLetter(`IMR ISSUES, DECISIONS AND RATIONALES\nX: Upheld\nMAXIMUS guideline: ${line}\n`);
    return l.items[0].maximus?.citations[0] as Extract<NonNullable<Item['maximus']>['citations'][number], { kind: 'mtus' }>;
  };
  const low = cite('Decision based on MTUS Low Back Complaints 2004 Page(s): 300.');
  assert.equal(
    describeCitationAt(low, low.pages[0].span.start),
    '**Page 300** of Low Back Complaints\n\nPage numbers are known only for the 2009 Chronic Pain Medical Treatment Guidelines (127 pages).',
  );
  const cp2016 = cite('Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2016 Page(s): 80.');
  assert.equal(
    describeCitationAt(cp2016, cp2016.pages[0].span.start),
    "**Page 80** of Chronic Pain Medical Treatment Guidelines\n\nThis citation is the 2016 update of the Chronic Pain Medical Treatment Guidelines, whose page numbers differ from the 2009 edition's: the 2009 page table below may not match it.\n\n| Topic | Pages | Confidence |\n|---|---|---|\n| Opioids (all subsections) | 74-96 | B — commonly cited, not verified against the guideline (a hint, never an error) |\n| Opioids, criteria for use | 76-80 | B — commonly cited, not verified against the guideline (a hint, never an error) |\n| Opioids, when to discontinue / when to continue | 79-80 | B — commonly cited, not verified against the guideline (a hint, never an error) |\n| Opioids for chronic pain | 80-82 | B — commonly cited, not verified against the guideline (a hint, never an error) |",
  );
  const zero = cite('Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 0.');
  assert.equal(
    describeCitationAt(zero, zero.pages[0].span.start),
    '**Page 0** of Chronic Pain Medical Treatment Guidelines\n\nThe 2009 Chronic Pain Medical Treatment Guidelines have 127 pages: this page does not exist.',
  );
  const p127 = cite('Decision based on MTUS Chronic Pain Medical Treatment Guidelines Page(s): 127.');
  assert.match(
    describeCitationAt(p127, p127.pages[0].span.start) ?? '',
    /^\*\*Page 127\*\* of Chronic Pain Medical Treatment Guidelines\n\n(No topic of the page table covers this page\.|\| Topic)/,
  );
  assert.deepEqual(
    topicsOnPage(24).map((t) => t.topic),
    ['Benzodiazepines', 'Biofeedback'],
  );
  assert.deepEqual(topicsOnPage(500), []);
  const opioids = cite('Decision based on MTUS Opioids 2017, Section(s): 3.3.9 Opioids for Chronic Pain, 3.3.1.1 Something.');
  const texts = opioids.sections.map((s) => describeCitationAt(opioids, s.span.start) ?? '');
  assert.equal(opioids.sections.length, 2, JSON.stringify(opioids));
  assert.match(
    texts[0],
    /\n\nSection 3\.3\.9 of the MTUS Opioids Treatment Guidelines \(8 CCR 9792\.24\.4, July 28, 2016\): Maintenance of Chronic Opioid Treatment\.\n\n_Confidence: from the guideline's table of contents\._/,
  );
  assert.match(
    texts[1],
    /\n\nA subsection of section 3\.3\.1 of the MTUS Opioids Treatment Guidelines \(8 CCR 9792\.24\.4, July 28, 2016\): Screening for Risk/,
  );
  assert.match(
    texts[1],
    /_Confidence: from the guideline's table of contents, which lists sections to three levels\._\nNot seen under this chapter/,
  );
  assert.equal(isBareNumber('326'), true);
  assert.equal(isBareNumber(' 3.3. '), true);
  assert.equal(isBareNumber('3.3.9 Opioids'), false);
  assert.equal(observedCount('Low Back Complaints 2004', 'Physical Methods'), 30);
  assert.equal(observedCount('low back complaints  2004', ' physical  methods '), 30);
  assert.equal(observedCount('No Such Chapter', 'Physical Methods'), 0);
  assert.equal(
    describeCitation({ kind: 'nonMtus', span: { start: 0, end: 0 }, source: { text: '', span: { start: 0, end: 0 } } }),
    'Non-MTUS: (no source)',
  );
});

test('day counts: singular, whole years and months, the wrong order', () => {
  assert.deepEqual([0, 1, 2, 30, 364, 365, 366, 396, 730, 731, 820, -1, -4, -400].map(describeDays), [
    '0 days',
    '1 day',
    '2 days',
    '30 days',
    '364 days',
    '365 days',
    '1 year (366 days)',
    '1 year 1 month (396 days)',
    '1 year 11 months (730 days)',
    '2 years (731 days)',
    '2 years 2 months (820 days)',
    '1 day **before** — the dates are in the wrong order',
    '4 days **before** — the dates are in the wrong order',
    '1 year 1 month (400 days) **before** — the dates are in the wrong order',
  ]);
  assert.equal(dayNumber('01/02/1970'), 1);
  assert.equal(dayNumber('02/30/2016'), undefined);
  assert.equal(dateName('caseNumber'), undefined);
  assert.equal(dateName('priority'), undefined);
  assert.equal(dateName('urDenialDate'), 'UR Denial Date');
  assert.equal(headerValue(lf, 'priority'), 'Standard');
  assert.deepEqual(
    intervals(lf).map((i) => [i.from, i.to, i.label, i.days, i.note === undefined]),
    [
      ['dateAssigned', 'decisionDate', 'assignment to decision', 30, false],
      ['urDenialDate', 'applicationReceived', 'UR denial to IMR application', 0, false],
      ['applicationReceived', 'decisionDate', 'application to decision', 36, true],
      ['urDenialDate', 'decisionDate', 'UR denial to IMR decision', 36, true],
      ['dateOfInjury', 'decisionDate', 'injury to IMR decision', 57, true],
    ],
  );
  assert.deepEqual(
    intervals(lf, 'applicationReceived').map((i) => i.label),
    ['UR denial to IMR application', 'application to decision'],
  );
  assert.deepEqual(intervals(parseLetter('')), []);
});

test('injury phase: acute up to 28 days, subacute up to 84, chronic after; missing, invalid or reversed dates give none', () => {
  assert.equal(ACUTE_UP_TO_DAYS, 28);
  assert.equal(SUBACUTE_UP_TO_DAYS, 84);
  assert.deepEqual([0, 28, 29, 84, 85].map(painPhase), ['acute', 'acute', 'subacute', 'subacute', 'chronic']);
  const withDates = (injury: string, ur: string) =>
    parseLetter(
      LETTER.replace('Date of Injury: 10/13/2016', `Date of Injury: ${injury}`).replace(
        'UR Denial Date: 11/03/2016',
        `UR Denial Date: ${ur}`,
      ),
    );
  assert.deepEqual(injuryAge(lf), { days: 21, phase: 'acute', cumulative: false });
  assert.deepEqual(injuryAge(withDates('11/03/2016', '11/03/2016')), { days: 0, phase: 'acute', cumulative: false });
  assert.equal(injuryAge(withDates('11/04/2016', '11/03/2016')), undefined);
  assert.equal(injuryAge(withDates('13/04/2016', '11/03/2016')), undefined);
  assert.equal(injuryAge(withDates('10/01/2016 and 13/45/2016', '11/03/2016')), undefined);
  assert.equal(injuryAge(withDates('10/01/2016', '11/03/2016 and 11/04/2016')), undefined);
  assert.equal(injuryAge(withDates('10/01/2016', '11/03/2016 and 13/45/2016')), undefined);
  assert.equal(injuryAge(parseLetter('')), undefined);
  assert.deepEqual(injuryPhaseLines(parseLetter('')), []);
  const line = (injury: string, ur: string) => injuryPhaseLines(withDates(injury, ur))[0];
  assert.equal(
    line('11/02/2016', '11/03/2016'),
    'Injury phase at the UR decision: **acute**, 1 day (0 weeks 1 day) from the Date of Injury to the UR Denial Date.',
  );
  assert.equal(
    line('10/27/2016', '11/03/2016'),
    'Injury phase at the UR decision: **acute**, 7 days (1 week) from the Date of Injury to the UR Denial Date.',
  );
  assert.equal(
    line('09/01/2016', '11/03/2016'),
    'Injury phase at the UR decision: **subacute**, 63 days (9 weeks) from the Date of Injury to the UR Denial Date.',
  );
  assert.equal(
    line('10/20/2016', '11/03/2016'),
    'Injury phase at the UR decision: **acute**, 14 days (2 weeks) from the Date of Injury to the UR Denial Date.',
  );
  assert.equal(
    line('10/19/2016', '11/03/2016'),
    'Injury phase at the UR decision: **acute**, 15 days (2 weeks 1 day) from the Date of Injury to the UR Denial Date.',
  );
  assert.deepEqual(injuryPhaseLines(lf).slice(1), ['', PHASE_NOTE]);
});

type Mtus = Extract<NonNullable<Item['maximus']>['citations'][number], { kind: 'mtus' }>;
const part = (text: string, start = 0) => ({ text, span: { start, end: start + text.length } });
/** A hand-built MTUS citation spanning 0..1000, its sections and pages at 100, 200, ... */
function mtus(chapter: string, year?: string, sections: string[] = [], pages: [string, number, number][] = [], topic?: string): Mtus {
  return {
    kind: 'mtus',
    span: { start: 0, end: 1000 },
    chapter: part(chapter, 10),
    year: year ? part(year, 60) : undefined,
    sections: sections.map((s, k) => part(s, 100 * (k + 1))),
    pages: pages.map(([text, from, to], k) => ({ text, from, to, span: { start: 500 + 50 * k, end: 500 + 50 * k + text.length } })),
    topic: topic ? part(topic, 900) : undefined,
  };
}

test('citation parts of hand-built citations: missing names, yearless and other-year chapters, spacing, page edges, topic rows', () => {
  // Missing chapter and source names.
  assert.equal(
    describeCitationAt(mtus('', '2004'), 5),
    '**MTUS (no chapter) 2004**\n\nNot a chapter label known from real letters or the MTUS citation table.',
  );
  assert.equal(describeCitation(mtus('')), 'MTUS (no chapter)');
  assert.equal(
    describeCitationAt(mtus('', undefined, [], [['24', 24, 24]]), 500),
    '**Page 24** of the cited guideline\n\nPage numbers are known only for the 2009 Chronic Pain Medical Treatment Guidelines (127 pages).',
  );
  assert.equal(describeCitationAt(mtus('', undefined, [], [], 'Massage'), 900), '**Massage** — topic cited in the guideline\n');
  assert.equal(
    describeCitationAt({ kind: 'nonMtus', span: { start: 0, end: 9 }, source: part('') }, 3),
    '**Non-MTUS citation**: _(no source named)_\n\nA non-MTUS source (journal article, drug label, web page or another guideline).',
  );
  // A known label printed without a year.
  assert.equal(
    describeCitationAt(mtus('Low Back Disorders'), 5),
    `**MTUS Low Back Disorders**\n\nA known MTUS chapter, but not with this year: letters print it with 2016.\n\n${CHAPTER_SOURCE}`,
  );
  // A section of a yearless chapter names the chapter alone.
  assert.equal(
    describeCitationAt(mtus('Chronic Pain Treatment Guidelines', undefined, ['Zzz']), 100),
    '**Zzz** — a section of MTUS Chronic Pain Treatment Guidelines\n\nNot seen under this chapter in real 2016-17 letters: check the spelling and the chapter.',
  );
  // Chronic Pain with two blanks (a hand-built label): still Chronic Pain.
  assert.match(
    describeCitationAt(mtus('Chronic  Pain Medical Treatment Guidelines', undefined, [], [['24', 24, 24]]), 500) ?? '',
    /\| Benzodiazepines \| 24 \|/,
  );
  assert.match(
    describeCitationAt(mtus('Chronic  Pain Medical Treatment Guidelines', '2016'), 5) ?? '',
    /The \*\*2016 update of the Chronic Pain/,
  );
  assert.match(
    describeCitationAt(mtus('Chronic  Pain Treatment Guidelines', undefined, [], [], 'Massage'), 900) ?? '',
    /Where the 2009 page table puts it/,
  );
  // Page edges: 1 exists; a 2009 citation has no 2016 warning; a range lists each topic once.
  assert.equal(
    describeCitationAt(mtus('Chronic Pain Medical Treatment Guidelines', '2009', [], [['1', 1, 1]]), 500),
    '**Page 1** of Chronic Pain Medical Treatment Guidelines\n\n| Topic | Pages | Confidence |\n|---|---|---|\n| Introduction (incl. functional improvement definitions) | 1-10 | B — commonly cited, not verified against the guideline (a hint, never an error) |',
  );
  assert.equal(
    describeCitationAt(mtus('Chronic Pain Medical Treatment Guidelines', undefined, [], [['24-25', 24, 25]]), 500),
    '**Pages 24-25** of Chronic Pain Medical Treatment Guidelines\n\n| Topic | Pages | Confidence |\n|---|---|---|\n| Benzodiazepines | 24 | A — confirmed by a real letter |\n| Biofeedback | 24-25 | B — commonly cited, not verified against the guideline (a hint, never an error) |\n| Botulinum toxin (Botox; Myobloc) | 25-26 | B — commonly cited, not verified against the guideline (a hint, never an error) |',
  );
  // Topic rows: words of four letters or more ("use" is not one); none under another chapter; at most eight.
  assert.equal(
    describeCitationAt(mtus('Chronic Pain Treatment Guidelines', undefined, [], [], 'Massage use'), 900),
    '**Massage use** — topic cited in Chronic Pain Treatment Guidelines\n\nWhere the 2009 page table puts it:\n\n| Topic | Pages | Confidence |\n|---|---|---|\n| Massage therapy | 60 | B — commonly cited, not verified against the guideline (a hint, never an error) |',
  );
  assert.equal(
    describeCitationAt(mtus('Low Back Complaints', '2004', [], [], 'Massage'), 900),
    '**Massage** — topic cited in Low Back Complaints\n',
  );
  assert.equal(
    describeCitationAt(mtus('Chronic Pain Treatment Guidelines', undefined, [], [], 'Zzzz'), 900),
    '**Zzzz** — topic cited in Chronic Pain Treatment Guidelines\n',
  );
  const opioidRows = (describeCitationAt(mtus('Chronic Pain Treatment Guidelines', undefined, [], [], 'Opioids'), 900) ?? '')
    .split('\n')
    .filter((l) => l.startsWith('| Opioid'));
  assert.equal(opioidRows.length, 8);
});

test('section parts of hand-built citations: observed once, Opioids sections by number or title, subsections only under Opioids', () => {
  assert.equal(
    describeCitationAt(mtus('Chronic Pain Medical Treatment', '2016', ['Facet blocks']), 100),
    '**Facet blocks** — a section of MTUS Chronic Pain Medical Treatment 2016\n\nCited 1 time under this chapter in real 2016-17 letters.\n\n_Confidence: observed in real letters._',
  );
  assert.equal(
    describeCitationAt(mtus('Opioids', '2017', ['3.3.9 Opioids for Chronic Pain']), 100),
    "**3.3.9 Opioids for Chronic Pain** — a section of MTUS Opioids 2017\n\nSection 3.3.9 of the MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4, July 28, 2016): Maintenance of Chronic Opioid Treatment.\n\n_Confidence: from the guideline's table of contents._",
  );
  assert.equal(
    describeCitationAt(mtus('Opioids', '2017', ['Maintenance of Chronic Opioid Treatment']), 100),
    "**Maintenance of Chronic Opioid Treatment** — a section of MTUS Opioids 2017\n\nSection 3.3.9 of the MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4, July 28, 2016): Maintenance of Chronic Opioid Treatment.\n\n_Confidence: from the guideline's table of contents._",
  );
  assert.equal(
    describeCitationAt(mtus('Opioids', '2017', ['3.3.1.1 Something']), 100),
    "**3.3.1.1 Something** — a section of MTUS Opioids 2017\n\nA subsection of section 3.3.1 of the MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4, July 28, 2016): Screening for Risk of Addiction or Adverse Events (3.3.1.1 drug misuse/abuse; 3.3.1.2 alcohol misuse/abuse; 3.3.1.3 additional psychosocial factors).\n\n_Confidence: from the guideline's table of contents, which lists sections to three levels._\nNot seen under this chapter in real 2016-17 letters: check the spelling and the chapter.",
  );
  // Only a chapter whose label starts with "Opioid" looks sections up in the Opioids table of contents.
  for (const chapter of ['Low Back Complaints', 'Chronic Opioid Treatment'])
    assert.equal(
      describeCitationAt(mtus(chapter, '2004', ['3.3.1.1 Something', '3.3.9 x']), 100),
      `**3.3.1.1 Something** — a section of MTUS ${chapter} 2004\n\nNot seen under this chapter in real 2016-17 letters: check the spelling and the chapter.`,
    );
  assert.equal(
    describeCitationAt(mtus('Chronic Opioid Treatment', '2004', ['3.3.1.1 Something', '3.3.9 x']), 200),
    '**3.3.9 x** — a section of MTUS Chronic Opioid Treatment 2004\n\nNot seen under this chapter in real 2016-17 letters: check the spelling and the chapter.',
  );
  assert.equal(isBareNumber('Section 326'), false);
  assert.equal(isBareNumber('3.33'), true);
});

test('more hover paths: a date without intervals, intervals skipped for a date that is not one, no MAXIMUS line, partial figures missing', () => {
  const alone = parseLetter('Case Number: CM16-0213037\nDate Assigned: 11/09/2016\n\nIMR ISSUES, DECISIONS AND RATIONALES\n');
  assert.deepEqual(at(alone, '11/09/2016'), { value: '**Date Assigned: 11/09/2016**', over: '11/09/2016' });
  assert.deepEqual(
    intervals(odd).map((i) => i.label),
    ['assignment to decision', 'UR denial to IMR decision'],
  );
  // In the label of an item's only guideline line, with no MAXIMUS line: no hover.
  assert.equal(at(odd, 'Claims Administrator guideline: Decision based on Non-MTUS Citation ACOEM'), null);
  // A partly authorised item without its parts' texts.
  const bare = { ...odd.items[0], partial: { form: 'remaining' as const } };
  assert.match(
    itemSummary(bare),
    /\| Requested \| \? \|\n\| Authorised by the Claims Administrator \| \? \|\n\| In dispute \| \? \|\n\n\| Claims/,
  );
  assert.equal(
    outcomeMeaning('Overturned', bare).split('\n')[0],
    '**Overturned** — the utilization review decision is reversed for the remaining portion: the remaining portion **is** medically necessary. With the part the Claims Administrator already authorised (the authorised part), the whole original request is authorised.',
  );
  // More citations on the Claims Administrator's side: the MAXIMUS cell stays empty.
  const uneven = parseLetter(
    'IMR ISSUES, DECISIONS AND RATIONALES\nX: Upheld\nClaims Administrator guideline: Decision based on Non-MTUS Citation A. Decision based on Non-MTUS Citation B.\nMAXIMUS guideline: Decision based on Non-MTUS Citation C.\n',
  );
  assert.match(itemSummary(uneven.items[0]), /\n\| Non-MTUS: A \| Non-MTUS: C \|\n\| Non-MTUS: B \| {2}\|\n/);
  // An item starting at the very first character of the issues section counts as one of its items.
  const issues = lf.issues as NonNullable<Letter['issues']>;
  const atStart = { ...lf.items[0], span: { start: issues.span.start, end: lf.items[0].span.end } };
  assert.ok(sectionHoverText({ ...lf, items: [atStart] }, issues).endsWith('This letter: 1 disputed item.'));
  // Blanks at the edges of a summary's body are not words.
  const summary = lf.sections[1];
  const padded = { ...summary, bodySpan: { start: summary.bodySpan.start - 1, end: summary.bodySpan.end + 1 } };
  assert.ok(sectionHoverText(lf, padded).endsWith('This letter: 30 words of summary.'));
});

test('Opioids section numbers: read only at the start of the section, with two-digit parts; a chapter printed with several years', () => {
  assert.equal(
    describeCitationAt(mtus('Opioids', '2017', ['3.3.10 Something']), 100),
    "**3.3.10 Something** — a section of MTUS Opioids 2017\n\nA subsection of section 3.3 of the MTUS Opioids Treatment Guidelines (8 CCR 9792.24.4, July 28, 2016): Initiating and Monitoring Chronic Opioid Treatment.\n\n_Confidence: from the guideline's table of contents, which lists sections to three levels._\nNot seen under this chapter in real 2016-17 letters: check the spelling and the chapter.",
  );
  assert.equal(
    describeCitationAt(mtus('Opioids', '2017', ['Tapering 3.3.9 x']), 100),
    '**Tapering 3.3.9 x** — a section of MTUS Opioids 2017\n\nNot seen under this chapter in real 2016-17 letters: check the spelling and the chapter.',
  );
  assert.equal(
    describeCitationAt(mtus('Chronic Pain Medical Treatment', '2010'), 5),
    `**MTUS Chronic Pain Medical Treatment 2010**\n\nA known MTUS chapter, but not with the year 2010: letters print it with 2009, 2016.\n\nRegulation: 8 CCR 9792.24.2\n\n${CHAPTER_SOURCE}`,
  );
});
