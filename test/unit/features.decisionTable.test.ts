// The decision summary in process: one row per item (outcome as written, both parties' citations, the
// conclusion, the header line), the outcome counts and their wording, and the Markdown page with the case,
// its dates and intervals, and invalid, missing and piped cells.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Letter } from '../../server/src/letter';
import { decisionRows, decisionTableMarkdown, describeCounts, outcomeCounts } from '../../server/src/features/decisionTable';
import { SMALL_LETTER_WITHOUT_OPENING } from '../helpers/smallLetter';

const LETTER = SMALL_LETTER_WITHOUT_OPENING;

const HEAD = '| # | Item | Outcome | Claims Administrator cited | MAXIMUS cited | Conclusion |\n|---|---|---|---|---|---|';

test('rows: one per item with the case number, 1-based number, outcome, citations, conclusion and the header line', () => {
  const letter = parseLetter(LETTER);
  const lineOf = (o: number) => letter.lines.findIndex((l) => o >= l.start && o <= l.end);
  assert.deepEqual(decisionRows(letter, lineOf), [
    {
      caseNumber: 'CM16-0213037',
      item: 1,
      request: 'Norco 10/325mg #60',
      outcome: 'Upheld',
      claimsAdministratorCitations: ['MTUS Chronic Pain Medical Treatment Guidelines 2009 — Section(s): Opioids, criteria for use'],
      maximusCitations: ['Non-MTUS: ODG Pain Chapter, Opioids'],
      conclusion: 'not medically necessary',
      conclusionSentence: 'The request for Norco 10/325mg #60 is not medically necessary.',
      line: 6,
    },
    {
      caseNumber: 'CM16-0213037',
      item: 2,
      request: 'Physical therapy 12 sessions',
      outcome: 'Overturned',
      claimsAdministratorCitations: ['The Claims Administrator did not cite any medical evidence'],
      maximusCitations: ['MTUS Low Back Complaints 2004 — Section(s): Physical Methods'],
      conclusion: 'medically necessary',
      conclusionSentence: 'The request is medically necessary.',
      line: 11,
    },
  ]);
  // Without a line function every row says line 0.
  assert.deepEqual(
    decisionRows(letter).map((r) => r.line),
    [0, 0],
  );
});

test('rows of a draft: no case number, an invalid or missing outcome, missing lines, no conclusion', () => {
  const draft = parseLetter(`IMR ISSUES, DECISIONS AND RATIONALES
SOMA: uphold
Decision rationale: The records are unclear.
Lidoderm patch:
MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.
`);
  assert.deepEqual(decisionRows(draft), [
    {
      caseNumber: '',
      item: 1,
      request: 'SOMA',
      outcome: 'uphold',
      claimsAdministratorCitations: [],
      maximusCitations: [],
      conclusion: '',
      conclusionSentence: '',
      line: 0,
    },
    {
      caseNumber: '',
      item: 2,
      request: 'Lidoderm patch',
      outcome: '',
      claimsAdministratorCitations: [],
      maximusCitations: ['The Expert Reviewer did not cite any medical evidence'],
      conclusion: '',
      conclusionSentence: '',
      line: 0,
    },
  ]);
  assert.deepEqual(outcomeCounts(draft), { items: 2, upheld: 0, overturned: 0, undecided: 2 });
  assert.equal(
    decisionTableMarkdown(draft, 'draft.imr'),
    [
      '# draft.imr: decision summary',
      '',
      '**2 items: 2 without outcome**',
      '',
      HEAD,
      '| 1 | SOMA | uphold _(invalid)_ | — | — | — |',
      '| 2 | Lidoderm patch | _missing_ | — | The Expert Reviewer did not cite any medical evidence | — |',
      '',
    ].join('\n'),
  );
});

test('counts: only valid outcome words count as decided; the wording names each non-zero count', () => {
  const letter = parseLetter(LETTER);
  assert.deepEqual(outcomeCounts(letter), { items: 2, upheld: 1, overturned: 1, undecided: 0 });
  // "Upheld" meaning but not valid (a misspelling) is undecided; valid words are counted by meaning.
  const item = letter.items[0];
  const outcome = item.outcome as NonNullable<typeof item.outcome>;
  const withOutcomes = (...o: (typeof outcome | undefined)[]): Letter => ({
    ...letter,
    items: o.map((x, k) => ({ ...item, index: k, outcome: x })),
  });
  assert.deepEqual(outcomeCounts(withOutcomes({ ...outcome, valid: false }, undefined, { ...outcome, meaning: 'Overturned' })), {
    items: 3,
    upheld: 0,
    overturned: 1,
    undecided: 2,
  });
  assert.deepEqual(outcomeCounts(withOutcomes({ ...outcome, meaning: undefined })), { items: 1, upheld: 0, overturned: 0, undecided: 1 });
  assert.deepEqual(outcomeCounts(parseLetter('')), { items: 0, upheld: 0, overturned: 0, undecided: 0 });
  assert.deepEqual(
    [
      { items: 0, upheld: 0, overturned: 0, undecided: 0 },
      { items: 1, upheld: 1, overturned: 0, undecided: 0 },
      { items: 1, upheld: 0, overturned: 1, undecided: 0 },
      { items: 1, upheld: 0, overturned: 0, undecided: 1 },
      { items: 5, upheld: 4, overturned: 1, undecided: 0 },
      { items: 6, upheld: 2, overturned: 3, undecided: 1 },
    ].map(describeCounts),
    [
      '0 items',
      '1 item: 1 Upheld',
      '1 item: 1 Overturned',
      '1 item: 1 without outcome',
      '5 items: 4 Upheld, 1 Overturned',
      '6 items: 2 Upheld, 3 Overturned, 1 without outcome',
    ],
  );
});

test('Markdown page: title with the case, the dates, the two intervals that matter, counts and one row per item', () => {
  assert.equal(
    decisionTableMarkdown(parseLetter(LETTER), 'ignored title'),
    [
      '# IMR CM16-0213037: decision summary',
      '',
      'Assigned 11/09/2016 · Decided 12/09/2016 · UR denial 11/03/2016 · Application 11/03/2016 · Priority Standard',
      '',
      'assignment to decision: 30 days · UR denial to IMR application: 0 days',
      '',
      '**2 items: 1 Upheld, 1 Overturned**',
      '',
      HEAD,
      '| 1 | Norco 10/325mg #60 | **Upheld** | MTUS Chronic Pain Medical Treatment Guidelines 2009 — Section(s): Opioids, criteria for use | Non-MTUS: ODG Pain Chapter, Opioids | The request for Norco 10/325mg #60 is not medically necessary. |',
      '| 2 | Physical therapy 12 sessions | **Overturned** | The Claims Administrator did not cite any medical evidence | MTUS Low Back Complaints 2004 — Section(s): Physical Methods | The request is medically necessary. |',
      '',
    ].join('\n'),
  );
  // Some dates only; one interval; several citations joined; a "|" escaped; a conclusion without its sentence.
  const some = parseLetter(
    LETTER.replace(
      'MAXIMUS guideline: Decision based on Non-MTUS Citation ODG Pain Chapter, Opioids.',
      'MAXIMUS guideline: Decision based on Non-MTUS Citation A|B. The Expert Reviewer did not cite any medical evidence for its decision.',
    ).replace('Section(s): Opioids, criteria for use.', 'Section(s): Opioids, criteria for use. Decision based on Non-MTUS Citation ODG.'),
  );
  const header = some.header as NonNullable<Letter['header']>;
  const letter: Letter = {
    ...some,
    header: {
      ...header,
      fields: header.fields.map((f) => (f.key === 'dateAssigned' || f.key === 'priority' ? { key: f.key, label: f.label } : f)),
    },
  };
  const md = decisionTableMarkdown(letter);
  assert.deepEqual(md.split('\n').slice(0, 6), [
    '# IMR CM16-0213037: decision summary',
    '',
    'Decided 12/09/2016 · UR denial 11/03/2016 · Application 11/03/2016',
    '',
    'UR denial to IMR application: 0 days',
    '',
  ]);
  assert.ok(
    md.includes(
      '| 1 | Norco 10/325mg #60 | **Upheld** | MTUS Chronic Pain Medical Treatment Guidelines 2009 — Section(s): Opioids, criteria for use; Non-MTUS: ODG | Non-MTUS: A\\|B; The Expert Reviewer did not cite any medical evidence | The request for Norco 10/325mg #60 is not medically necessary. |',
    ),
    md,
  );
  // Only the conclusion's kind when the sentence is empty.
  const item = letter.items[1];
  const rationale = item.rationale as NonNullable<typeof item.rationale>;
  const conclusion = rationale.conclusion as NonNullable<typeof rationale.conclusion>;
  const noSentence: Letter = {
    ...letter,
    items: [
      {
        ...item,
        index: 0,
        rationale: { ...rationale, conclusion: { ...conclusion, sentence: { text: '', span: conclusion.sentence.span } } },
      },
    ],
  };
  assert.match(
    decisionTableMarkdown(noSentence),
    /\| 1 \| Physical therapy 12 sessions \| \*\*Overturned\*\* \| [^|]+ \| [^|]+ \| medically necessary \|\n$/,
  );
  // No header at all: the title given, else "IMR letter"; no dates, no intervals.
  assert.equal(decisionTableMarkdown(parseLetter(''), 'Draft'), '# Draft: decision summary\n\n**0 items**\n\n_No disputed items found._\n');
  assert.equal(decisionTableMarkdown(parseLetter('')), '# IMR letter: decision summary\n\n**0 items**\n\n_No disputed items found._\n');
  // A wrapped request keeps one line in its cell.
  const wrapped = {
    ...letter,
    items: [{ ...letter.items[0], request: { text: 'Norco\n10/325mg  #60', span: letter.items[0].request.span } }],
  };
  assert.match(decisionTableMarkdown(wrapped), /\n\| 1 \| Norco 10\/325mg #60 \| \*\*Upheld\*\* \|/);
});
