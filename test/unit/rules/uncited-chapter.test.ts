// uncited-chapter (the chapter half of rationale-cites-uncited-guideline): which MTUS chapters and editions the
// MAXIMUS line cites, which a rationale relies on, and the findings, spans and fixes, on small letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oneItemLetter, reported } from './inject';

const RULE = 'rationale-cites-uncited-guideline';
const NOT_NECESSARY = ' The request is not medically necessary.';
const LOW_BACK = 'Decision based on MTUS Low Back Complaints 2004.';
const ACUPUNCTURE = 'Decision based on MTUS Acupuncture Treatment 2007.';
const CHRONIC_PAIN = 'The Chronic Pain Medical Treatment Guidelines recommend it.';

interface Seen {
  readonly text: string;
  readonly message: string;
  readonly fix?: [string, string, string];
}
/** The rule's findings on one item: the text at each span, the message and the one fix (its title, the text it replaces, the new text). */
function seen(maximus: string, rationale: string): Seen[] {
  const text = oneItemLetter('Acupuncture 6 sessions', { maximus, rationale: rationale + NOT_NECESSARY });
  return reported(RULE, text).map((p) => {
    assert.deepEqual(
      p.related?.map((r) => [text.slice(r.span.start, r.span.end), r.message]),
      [['MAXIMUS guideline:', 'MAXIMUS guideline line']],
    );
    assert.ok((p.fixes?.length ?? 0) <= 1);
    const f = p.fixes?.[0];
    const e = f?.edits[0];
    return {
      text: text.slice(p.span.start, p.span.end),
      message: p.message,
      ...(f && e ? { fix: [f.title, text.slice(e.span.start, e.span.end), e.newText] as [string, string, string] } : {}),
    };
  });
}
const uncited = (chapter: string, text = chapter): Seen => ({
  text,
  message: `The rationale relies on the MTUS ${chapter}, which the MAXIMUS guideline line does not cite.`,
});
const CP = uncited('Chronic Pain Medical Treatment Guidelines');

test('uncited-chapter: a chapter relied on and not cited, each reported once, at the words that name it', () => {
  assert.deepEqual(seen(LOW_BACK, CHRONIC_PAIN), [CP]);
  assert.deepEqual(seen(LOW_BACK, `${CHRONIC_PAIN} ${CHRONIC_PAIN.replace('it', 'it again')}`), [CP]);
  assert.deepEqual(seen(LOW_BACK, 'ACOEM, Chapter 8, states that MRI is indicated. The Knee Complaints chapter states it.'), [
    uncited('Neck and Upper Back Complaints', 'ACOEM, Chapter 8'),
    uncited('Knee Complaints'),
  ]);
  // Cited: nothing.
  assert.deepEqual(seen(LOW_BACK, 'The Low Back Complaints chapter states it.'), []);
});

test('uncited-chapter: the line must cite a known MTUS chapter; else the family check speaks for the MTUS', () => {
  // "Eye" is no chapter the rationale can name: the line cites no chapter to compare with.
  assert.deepEqual(seen('Decision based on MTUS Eye 2004.', CHRONIC_PAIN), []);
  // Only a Non-MTUS citation (it names Low Back Complaints): the MTUS itself is what is missing.
  assert.deepEqual(seen('Decision based on Non-MTUS Citation ACOEM Practice Guidelines, Chapter 12, Low Back Complaints.', CHRONIC_PAIN), [
    {
      text: 'Chronic Pain Medical Treatment Guidelines',
      message: 'The rationale relies on the MTUS, which the MAXIMUS guideline line does not cite.',
    },
  ]);
  // A Non-MTUS citation beside an MTUS chapter counts the chapters it names as cited.
  assert.deepEqual(
    seen(
      'Decision based on MTUS Chronic Pain Medical Treatment 2016. Decision based on Non-MTUS Citation ACOEM Practice Guidelines, Chapter 12, Low Back Complaints.',
      'The Low Back Complaints chapter states it.',
    ),
    [],
  );
});

test('uncited-chapter: another edition of a cited chapter, with the fix when the chapter has one edition', () => {
  const acupuncture = (year: number, text = 'Acupuncture Guidelines'): Seen => ({
    text,
    message: `The rationale relies on the ${year} edition of the Acupuncture Medical Treatment Guidelines, but the MAXIMUS guideline line cites the 2007 edition.`,
    fix: ['Change the year to 2007, the edition cited', String(year), '2007'],
  });
  assert.deepEqual(seen(ACUPUNCTURE, 'The 2009 Acupuncture Guidelines state it.'), [acupuncture(2009)]);
  assert.deepEqual(seen(ACUPUNCTURE, 'The 2007 Acupuncture Guidelines state it.'), []);
  assert.deepEqual(seen(ACUPUNCTURE, 'The Acupuncture Guidelines state it.'), []);
  // Each other edition once.
  assert.deepEqual(
    seen(
      ACUPUNCTURE,
      `The 2009 Acupuncture Guidelines state it. The 2010 Acupuncture Guidelines state it. The 2009 Acupuncture Guidelines state it again. ${CHRONIC_PAIN}`,
    ),
    [acupuncture(2009), acupuncture(2010), CP],
  );
  // The fix is the acupuncture chapter's edition, not that of another chapter cited before it.
  assert.deepEqual(seen(`${LOW_BACK} ${ACUPUNCTURE}`, 'The 2009 Acupuncture Guidelines state it.'), [acupuncture(2009)]);
  // A Non-MTUS citation naming the chapter does not make its edition unknown.
  assert.deepEqual(
    seen(
      `${ACUPUNCTURE} Decision based on Non-MTUS Citation Acupuncture Medical Treatment Guidelines.`,
      'The 2009 Acupuncture Guidelines state it.',
    ),
    [acupuncture(2009)],
  );
  // Chronic Pain has two editions: no fix.
  assert.deepEqual(
    seen('Decision based on MTUS Chronic Pain Medical Treatment 2016.', 'The 2009 Chronic Pain Medical Treatment Guidelines recommend it.'),
    [
      {
        text: 'Chronic Pain Medical Treatment Guidelines',
        message:
          'The rationale relies on the 2009 edition of the Chronic Pain Medical Treatment Guidelines, but the MAXIMUS guideline line cites the 2016 edition.',
      },
    ],
  );
  // Two editions cited (the 2004 chapter and the 2016 ACOEM-based one): both are named, and no fix picks one.
  assert.deepEqual(
    seen(
      'Decision based on MTUS Low Back Complaints 2004, and Low Back Disorders 2016.',
      'The 2009 Low Back Complaints chapter states it.',
    ),
    [
      {
        text: 'Low Back Complaints',
        message:
          'The rationale relies on the 2009 edition of the Low Back Complaints, but the MAXIMUS guideline line cites the 2004 and 2016 edition.',
      },
    ],
  );
  // A year the chapter never had on the line is no edition to compare with (unknown-guideline-chapter's finding).
  assert.deepEqual(seen('Decision based on MTUS Low Back Complaints 2010.', 'The MTUS 2004 Low Back Complaints chapter states it.'), []);
});

test("uncited-chapter: the opioid guidelines are cited by the Chronic Pain guideline's opioid topics, and keep an edition cited", () => {
  const opioidRules = 'The MTUS Opioid Guidelines recommend ongoing review.';
  assert.deepEqual(
    seen('Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids, criteria for use.', opioidRules),
    [],
  );
  assert.deepEqual(
    seen('Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Muscle relaxants (for pain).', opioidRules),
    [uncited('Opioid Treatment Guidelines', 'Opioid Guidelines')],
  );
  // Opioid Treatment 2016 cited first: the Chronic Pain opioid topic after it does not forget that edition.
  assert.deepEqual(
    seen(
      'Decision based on MTUS Opioid Treatment 2016. Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Opioids, criteria for use.',
      'The 2017 MTUS Opioid Treatment Guidelines recommend it.',
    ),
    [
      {
        text: 'Opioid Treatment Guidelines',
        message:
          'The rationale relies on the 2017 edition of the Opioid Treatment Guidelines, but the MAXIMUS guideline line cites the 2016 edition.',
        fix: ['Change the year to 2016, the edition cited', '2017', '2016'],
      },
    ],
  );
});

test('uncited-chapter: "ACOEM, Chapter N" is taken as cited when the line cites ACOEM outside the MTUS; a chapter by title is not', () => {
  for (const source of [
    'Official Disability Guidelines and ACOEM Practice Guidelines',
    'ODG and American College of Occupational and Environmental Medicine',
  ]) {
    const line = `${LOW_BACK} Decision based on Non-MTUS Citation ${source}.`;
    assert.deepEqual(
      seen(line, 'ACOEM Chapter 9 states it. The Shoulder Complaints chapter states it.'),
      [uncited('Shoulder Complaints')],
      source,
    );
  }
  assert.deepEqual(seen(LOW_BACK, 'ACOEM Chapter 9 states it.'), [uncited('Shoulder Complaints', 'ACOEM Chapter 9')]);
});

test('uncited-chapter: reliance is read in the sentence, silence in the clause that names the chapter', () => {
  // The clause after "but" (or before it) names the chapter the guideline is silent on.
  assert.deepEqual(seen(LOW_BACK, `The Knee Complaints chapter does not address this, but the ${CHRONIC_PAIN.slice(4)}`), [CP]);
  assert.deepEqual(seen(LOW_BACK, `${CHRONIC_PAIN.slice(0, -1)}, but the Knee Complaints chapter does not address it.`), [CP]);
  assert.deepEqual(seen(LOW_BACK, `${CHRONIC_PAIN.slice(0, -1)}; however, the Knee Complaints chapter does not address it.`), [CP]);
  assert.deepEqual(
    seen(
      LOW_BACK,
      `The Knee Complaints chapter does not address this; ${CHRONIC_PAIN.slice(0, -1).toLowerCase().replace('the chronic pain medical treatment guidelines', 'the Chronic Pain Medical Treatment Guidelines')}.`,
    ),
    [CP],
  );
  // Only the clause between two cuts is read for silence.
  assert.deepEqual(
    seen(
      LOW_BACK,
      'The Shoulder Complaints chapter does not address it, but the Knee Complaints chapter states it, but the Elbow Complaints chapter does not address it.',
    ),
    [uncited('Knee Complaints')],
  );
  assert.deepEqual(seen(LOW_BACK, `${CHRONIC_PAIN.slice(0, -1)}, however the Knee Complaints chapter does not address it.`), [CP]);
  // A cut right before the name: the clause starts at the name.
  assert.deepEqual(seen(LOW_BACK, 'The Shoulder Complaints chapter does not address it;Knee Complaints chapter states it.'), [
    uncited('Knee Complaints'),
  ]);
  // Reliance anywhere in the sentence counts for each chapter it names.
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter was read, and the doctor recommends it.'), [uncited('Knee Complaints')]);
  // A sentence ends at a period and blanks before a capital or a parenthesis.
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter was reviewed.  The doctor recommends it.'), []);
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter was reviewed. (The doctor recommends it.)'), []);
  // Reliance in another sentence is not this one's.
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter was reviewed. The doctor recommends it.'), []);
  // A semicolon before a lower-case word does not end the sentence.
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter was reviewed; the doctor recommends it.'), [uncited('Knee Complaints')]);
  // Spans in a later sentence, after a citation with periods inside it.
  assert.deepEqual(seen(LOW_BACK, 'Per 8 C.C.R. 9792.24.2 the request was reviewed. The Knee Complaints chapter states it.'), [
    uncited('Knee Complaints'),
  ]);
});

test("uncited-chapter: every word of reliance, and every clause that says the chapter is silent or is another party's", () => {
  for (const words of [
    'According to the Knee Complaints chapter, it is needed',
    'Per the Knee Complaints chapter, it is needed',
    'The Knee Complaints chapter recommends it',
    'The Knee Complaints chapter states it',
    'The Knee Complaints chapter state it',
    'The Knee Complaints chapter stated it',
    'The Knee Complaints chapter supports it',
    'The Knee Complaints chapter indicates it',
    'The Knee Complaints chapter allows it',
    'The Knee Complaints chapter allow it',
    'The Knee Complaints chapter advises it',
    'The Knee Complaints chapter criteria are met',
    'The Knee Complaints chapter endorses it',
    'The Knee Complaints chapter refers to it',
    'The Knee Complaints chapter refer to it',
    'The Knee Complaints chapter notes it',
    'The Knee Complaints chapter note it',
    'The Knee Complaints chapter has it reserved',
    'The Knee Complaints chapter should apply',
  ])
    assert.deepEqual(seen(LOW_BACK, `${words}.`), [uncited('Knee Complaints')], words);
  for (const words of [
    'The Knee Complaints chapter was read',
    'The Knee Complaints chapter prestates it',
    'The Knee Complaints chapter noted it',
    'The Knee Complaints chapter referred to it',
    'The Knee Complaints chapter overstated it',
    'The Knee Complaints chapter notesheet',
    'The Knee Complaints chapter shouldered it',
    'The Knee Complaints chapter perhaps matters',
    'The Knee Complaints chapter criterion is met',
  ])
    assert.deepEqual(seen(LOW_BACK, `${words}.`), [], words);
  for (const words of [
    'does not address',
    'does not specifically address',
    'is not addressed',
    'does not discuss',
    'does not cover',
    'is not covered',
    'does not mention',
    'does not apply',
    'is not applicable',
    'is intended to address other things and',
    'is silent and',
    'has no recommendations and',
    'has no recommendation and',
    'has no specific guidance and',
    'has no mention and',
    'makes no statement and',
    'make no statement and',
    'per the utilization review',
    'per the UR',
    'per the claims administrator',
    'per the prior reviewer',
    'per the previous reviewer',
    'is defined as chronic and',
    'in its introduction',
  ]) {
    assert.deepEqual(seen(LOW_BACK, `The Knee Complaints chapter ${words} recommends it.`), [], words);
  }
  // Look-alikes of those words are not silence.
  for (const words of [
    'is not covering and',
    'is not mentioning and',
    'cannot address',
    'is unsilent and',
    'makes notes and',
    'per the URL',
    'was redefined and',
  ])
    assert.deepEqual(seen(LOW_BACK, `The Knee Complaints chapter ${words} recommends it.`), [uncited('Knee Complaints')], words);
});

test('uncited-chapter: words of silence and reliance across several blanks, and their look-alikes', () => {
  for (const words of [
    'does not  address',
    'does not specifically  address',
    'is intended  to  address other things and',
    'has no  specific  guidance and',
    'makes  no statement and',
    'per the utilization  review',
    'per the claims  administrator',
    'per the prior  reviewer',
    'per the previous  reviewer',
    'is defined  as chronic and',
  ])
    assert.deepEqual(seen(LOW_BACK, `The Knee Complaints chapter ${words} recommends it.`), [], words);
  assert.deepEqual(seen(LOW_BACK, 'According  to the Knee Complaints chapter, it is needed.'), [uncited('Knee Complaints')]);
  assert.deepEqual(seen(LOW_BACK, 'Per  the Knee Complaints chapter, it is needed.'), [uncited('Knee Complaints')]);
  // Silence look-alikes inside other words: still reliance.
  for (const words of [
    'fits your plan and',
    'is silently and',
    'has no mentions and',
    'is nonsilent and',
    'had a noted introductionary and',
  ])
    assert.deepEqual(seen(LOW_BACK, `The Knee Complaints chapter ${words} recommends it.`), [uncited('Knee Complaints')], words);
  // Reliance look-alikes inside other words: not reliance.
  for (const words of [
    'The Knee Complaints chapter was unrecommended',
    'The Knee Complaints chapter was unsupported',
    'The Knee Complaints chapter was contraindicated',
    'The Knee Complaints chapter disallows it',
    'The Knee Complaints chapter gives an allowance',
    'The Knee Complaints chapter was unadvised',
    'The Knee Complaints chapter was unendorsed',
    'The Knee Complaints chapter was unreserved',
    'The Knee Complaints chapter was reservedly read',
    'The Knee Complaints chapter was filed according topics',
    'The Knee Complaints chapter is super good',
    'The Knee Complaints chapter wrote subcriteria',
    'The Knee Complaints chapter criterias are met',
    'The Knee Complaints chapter has endnotes',
    'The Knee Complaints chapter was unstated',
    'The Knee Complaints chapter interstates it',
    'The Knee Complaints chapter has referees',
  ])
    assert.deepEqual(seen(LOW_BACK, `${words}.`), [], words);
});

test('uncited-chapter: where "but" cuts a clause, and the last sentence of a rationale', () => {
  // "buttocks" and "rebut" are no cut: the silence later in the sentence is the chapter's clause.
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter recommends the buttocks exam, which it does not address.'), []);
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter recommends we rebut it, which it does not address.'), []);
  assert.deepEqual(seen(LOW_BACK, 'The Knee Complaints chapter recommends howeverish things, which it does not address.'), []);
  // A chapter named at the very end of a sentence, and in the rationale's last sentence.
  assert.deepEqual(seen(LOW_BACK, 'It is supported by the Knee Complaints. It is reviewed.'), [uncited('Knee Complaints')]);
  const text = oneItemLetter('MRI of the knee', {
    maximus: LOW_BACK,
    rationale: 'It is not medically necessary. The Knee Complaints chapter states it',
  });
  assert.deepEqual(
    reported(RULE, text).map((p) => text.slice(p.span.start, p.span.end)),
    ['Knee Complaints'],
  );
});

test('uncited-chapter: a citation without a year, the 2014 topic form, and which citation gives the only edition', () => {
  // No year on the line: no edition to compare with.
  assert.deepEqual(seen('Decision based on MTUS Acupuncture Treatment.', 'The 2009 Acupuncture Guidelines state it.'), []);
  // "Chronic Pain Treatment Guidelines Opioids, criteria for use Page(s): 76-78": its topic names the opioids.
  assert.deepEqual(
    seen(
      'Decision based on MTUS Chronic Pain Treatment Guidelines Opioids, criteria for use Page(s): 76-78.',
      'The MTUS Opioid Guidelines recommend ongoing review.',
    ),
    [],
  );
  // A Non-MTUS citation before the chapter: the fix still writes the chapter's edition.
  assert.deepEqual(
    seen(`Decision based on Non-MTUS Citation Spine journal. ${ACUPUNCTURE}`, 'The 2009 Acupuncture Guidelines state it.').map(
      (f) => f.fix,
    ),
    [['Change the year to 2007, the edition cited', '2009', '2007']],
  );
  // A Non-MTUS citation that is not ACOEM does not cover "ACOEM, Chapter N".
  assert.deepEqual(
    seen(`${LOW_BACK} Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Shoulder.`, 'ACOEM Chapter 9 states it.'),
    [uncited('Shoulder Complaints', 'ACOEM Chapter 9')],
  );
  // An ACOEM citation written with extra blanks, beside ODG, still covers it; a longer word is not ACOEM.
  assert.deepEqual(
    seen(
      `${LOW_BACK} Decision based on Non-MTUS Citation ODG and the American  College  of  Occupational Medicine.`,
      'ACOEM Chapter 9 states it.',
    ),
    [],
  );
  assert.deepEqual(seen(`${LOW_BACK} Decision based on Non-MTUS Citation ODG and ACOEMX notes.`, 'ACOEM Chapter 9 states it.'), [
    uncited('Shoulder Complaints', 'ACOEM Chapter 9'),
  ]);
});

test('uncited-chapter: a clause or sentence starts right after its cut, and takes nothing from before it', () => {
  // "UR" just before the sentence's end, or just before "but", is not in the next sentence or clause.
  assert.deepEqual(seen(LOW_BACK, 'The request was sent to UR. The Knee Complaints chapter states it.'), [uncited('Knee Complaints')]);
  assert.deepEqual(seen(LOW_BACK, 'The request was sent to UR but the Knee Complaints chapter states it.'), [uncited('Knee Complaints')]);
  // "however" right after the name: the name's clause ends there, and the silence after it is another clause's.
  assert.deepEqual(seen(LOW_BACK, 'The CPMTG however does not address it, and it is recommended.'), [
    uncited('Chronic Pain Medical Treatment Guidelines', 'CPMTG'),
  ]);
});

test('uncited-chapter: opioid topics count only on the Chronic Pain guideline, each section read apart', () => {
  const opioidRules = 'The MTUS Opioid Guidelines recommend ongoing review.';
  assert.deepEqual(seen('Decision based on MTUS Low Back Complaints 2004, Section(s): Opioids.', opioidRules), [
    uncited('Opioid Treatment Guidelines', 'Opioid Guidelines'),
  ]);
  assert.deepEqual(
    seen('Decision based on MTUS Chronic Pain Medical Treatment 2009, Section(s): Physical medicine treatment, Op, Ioids.', opioidRules),
    [uncited('Opioid Treatment Guidelines', 'Opioid Guidelines')],
  );
});

test('uncited-chapter: the only edition comes from a citation whose label is known', () => {
  // "Acupuncture Care" is no label of the MTUS: its year is not an edition, and the fix takes Acupuncture Treatment's.
  assert.deepEqual(
    seen(`Decision based on MTUS Acupuncture Care 2007. ${ACUPUNCTURE}`, 'The 2009 Acupuncture Guidelines state it.').map((f) => f.fix),
    [['Change the year to 2007, the edition cited', '2009', '2007']],
  );
});
