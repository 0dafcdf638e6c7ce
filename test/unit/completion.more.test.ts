// Completion at the edges the other completion tests leave open: where outcome words, field labels, citation
// choices and conclusions are offered and what they replace, with the cursor at the end of a letter or inside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { completions } from '../../server/src/features/completion';
import { positionAt } from '../../server/src/features/positions';
import { choicesAtEnd, DECISIONS_HEAD as HEAD } from '../helpers/completion';

const CA = 'Claims Administrator guideline: ';
const KNEE = `${HEAD}MRI of the left knee: Upheld\n${CA}`;
const CONCLUDED = `${HEAD}Norco: Upheld\nDecision rationale: Not recommended. Therefore, the request is not medically necessary.\n`;

const at = (text: string, invoked = false): CompletionItem[] => choicesAtEnd(text, invoked).items;
const labels = (items: CompletionItem[]): string[] => items.map((c) => c.label);
/** The choices where `|` stands in `text` (the cursor inside the letter), in the order the editor shows them. */
function atBar(text: string, invoked = false): CompletionItem[] {
  const cursor = text.indexOf('|');
  const letter = parseLetter(text.slice(0, cursor) + text.slice(cursor + 1));
  const key = (c: CompletionItem): string => c.sortText ?? c.label;
  return [...completions(letter, positionAt(letter, cursor), invoked).items].sort((a, b) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0,
  );
}
/** The first choice's label, the character its edit starts at and what it inserts. */
function first(items: CompletionItem[]): string | undefined {
  if (!items.length) return undefined;
  const e = items[0].textEdit as { range: { start: { character: number } }; newText: string };
  return `${items[0].label} ${e.range.start.character} ${JSON.stringify(e.newText)}`;
}

test('outcome words: a wrapped header with blanks around it, a no-break space before the word, and a letter that starts with its item', () => {
  // The word alone is replaced, not the no-break space a pasted letter indents it with.
  assert.equal(first(at(`${HEAD}Physical therapy:\n\u00a0Up`)), 'Upheld 1 "Upheld"');
  // Spaces after the header's colon, or a line of spaces between, do not hide the header.
  assert.equal(first(at(`${HEAD}Physical therapy:  \nUp`)), 'Upheld 0 "Upheld"');
  assert.equal(first(at(`${HEAD}Physical therapy:\n   \nUp`)), 'Upheld 0 "Upheld"');
  // A draft whose first line is its item, the outcome on that line or on the next.
  assert.equal(first(at('Norco 10/325mg #90: Upheld')), 'Upheld 20 "Upheld"');
  assert.equal(first(at('Physical therapy:\nUpheld')), 'Upheld 0 "Upheld"');
});

test('outcome words: not on a page header, a "Section(s):" line or a field text below a concluded rationale', () => {
  const outcomeWords = (text: string): string[] => labels(at(text, true)).filter((l) => l === 'Upheld' || l === 'Overturned');
  for (const line of [
    'Case Number: ',
    'Date of Injury: ',
    'Knee Complaints 2004, Section(s): ',
    'Knee Complaints 2004, Section (s): ',
    'Knee Complaints 2004, Section(s) : ',
  ])
    assert.deepEqual(outcomeWords(`${CONCLUDED}${line}`), [], JSON.stringify(line));
  // The Claims Administrator's text written after the rationale: a colon in it heads no item.
  assert.deepEqual(
    outcomeWords(`${HEAD}Norco: Upheld\nDecision rationale: Therefore, the request is not medically necessary.\n${CA}X.\nSee: `),
    [],
  );
});

test('outcome words: not before the decisions heading, nor before the first item of a draft without it', () => {
  const summary = `Case Number: CM16-0213037\nHOW THE IMR FINAL DETERMINATION WAS MADE\nReviewer text.\nCLINICAL CASE SUMMARY\nMedications: |\nIMR ISSUES, DECISIONS AND RATIONALES\nNorco: Upheld\n`;
  assert.deepEqual(labels(atBar(summary, true)), []);
  assert.deepEqual(labels(atBar('Case Number: CM16-0213037\nNote: |\n\nNorco 10/325mg #90: Upheld\nDecision rationale: X.\n', true)), []);
});

test('the list is complete: the editor filters it while the writer types, without asking again', () => {
  for (const text of [`${HEAD}Norco 10/325mg #90: `, `${HEAD}Norco: Upheld\n`, `${KNEE}Decision based on MTUS `]) {
    const letter = parseLetter(text);
    assert.equal(completions(letter, positionAt(letter, text.length)).isIncomplete, false, JSON.stringify(text.slice(-30)));
  }
});

test('field labels: on a tab-indented line, on the line after a first-line item, and up to 400 lines below the header', () => {
  assert.equal(first(at(`${HEAD}Norco: Upheld\n\tCl`)), 'Claims Administrator guideline: 1 "Claims Administrator guideline: "');
  assert.deepEqual(labels(at('Norco: Upheld\n')), ['Claims Administrator guideline:', 'MAXIMUS guideline:', 'Decision rationale:']);
  assert.deepEqual(labels(at(`${HEAD}Norco: Upheld${'\n'.repeat(400)}Cl`)), ['Claims Administrator guideline:']);
  assert.deepEqual(labels(at(`${HEAD}Norco: Upheld${'\n'.repeat(401)}Cl`)), []);
  // A section heading further down the letter does not stop the labels due above the cursor.
  assert.deepEqual(labels(atBar(`${HEAD}Norco: Upheld\n${CA}X\nY.\n|\nDOCUMENTS REVIEWED\nX\n`, true)), [
    'MAXIMUS guideline:',
    'Decision rationale:',
  ]);
});

test('sentence starts: after a full stop or a colon and a blank; not after a semicolon, a comma, a full stop without a blank, or run-together words', () => {
  const fixed = 'The Claims Administrator did not cite any medical evidence for its decision.';
  assert.equal(at(`${KNEE}X. The`)[0].label, fixed);
  assert.equal(at(`${KNEE}X: The`)[0].label, fixed);
  for (const tail of ['X; The', 'X, The', 'X.The', 'X. TheClaims']) assert.deepEqual(at(`${KNEE}${tail}`), [], tail);
});

test('citations: "Decision based on" must be written, right after the label or not', () => {
  assert.deepEqual(at(`${KNEE.replace(CA, 'Claims Administrator guideline:  ')}MTUS `), []);
  const glued = at(`${KNEE.replace(CA, 'Claims Administrator guideline:')}Decision based on MTUS `);
  assert.equal(first(glued), 'Knee Complaints 2004 54 "Knee Complaints 2004, Section(s): "');
});

test('chapters: what they replace after extra spaces, after ", and", and nothing once the year is written', () => {
  assert.equal(first(at(`${KNEE}Decision based on MTUS  Kn`)), 'Knee Complaints 2004 56 "Knee Complaints 2004, Section(s): "');
  assert.deepEqual(labels(at(`${KNEE}Decision based on MTUS Knee Complaints 2004, and Low`)), [
    'Low Back Complaints 2004',
    'Low Back Disorders 2016',
  ]);
  assert.equal(
    first(at(`${KNEE}Decision based on MTUS Knee Complaints 2004,  and  Low`)),
    'Low Back Complaints 2004 83 "Low Back Complaints 2004, Section(s): "',
  );
  assert.deepEqual(at(`${KNEE}Decision based on MTUS Knee Complaints 2004, `), []);
  assert.deepEqual(at(`${KNEE}Decision based on MTUS Knee Complaints 2004`), []);
  // A chapter already cited on this line is offered again, after the others, as cited for this item.
  const again = at(`${KNEE}Decision based on MTUS Knee Complaints 2004, Section(s): Special Studies. Decision based on MTUS `);
  const knee = again.find((c) => c.label === 'Knee Complaints 2004');
  assert.match(String(knee?.documentation), /^Cited for this item\./);
  // A chapter the letter cites that the guideline tables do not know: offered first on the next line.
  assert.equal(
    at(
      `${HEAD}Knee brace: Upheld\n${CA}Decision based on MTUS Foo Bar Complaints 2004, Section(s): Summary.\nMAXIMUS guideline: Decision based on MTUS `,
    )[0].label,
    'Foo Bar Complaints 2004',
  );
  // A 2014 label the letter cites, typed out in full: still offered.
  assert.deepEqual(
    labels(at(`${HEAD}Xanax: Upheld\n${CA}Decision based on MTUS ACOEM, Chapter 12.\nMAXIMUS guideline: Decision based on MTUS ACOEM `)),
    ['ACOEM'],
  );
});

test('sections: the chapter before "Section(s):" in its spellings, the list after it, and sections only from the table of contents', () => {
  const low = `${KNEE}Decision based on MTUS Low Back Complaints 2004, `;
  const knee = `${KNEE}Decision based on MTUS Knee Complaints 2004, `;
  const kneeSections = ['Special Studies', 'Diagnostic Criteria', 'Initial Care', 'Surgical Considerations', 'Summary'];
  for (const text of [
    `${knee}Section (s): `,
    `${knee}Section(s) : `,
    `${knee}Section: `,
    `${KNEE}Decision based on MTUS Knee Complaints, 2004, Section(s): `,
    `${KNEE}Decision based on MTUS Low Back Complaints 2004, Knee Complaints 2004, Section(s): `,
    `${KNEE}Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies, and Knee Complaints 2004, Section(s): `,
  ])
    assert.deepEqual(labels(at(text)), kneeSections, JSON.stringify(text.slice(KNEE.length)));
  assert.equal(at(`${low}Sections : `).length, 7);
  assert.deepEqual(labels(at(`${low}Sections:Spe`)), ['Special Studies']);
  assert.deepEqual(labels(at(`${KNEE}Decision based on MTUS Knee Complaints 2004 Section(s):Special`)), ['Special Studies']);
  // The sections are the chapter's, whatever the list already holds; the section being typed is still offered.
  assert.deepEqual(labels(at(`${low}Section(s): Opioid Treatment 2016, Sp`)), ['Special Studies']);
  assert.deepEqual(labels(at(`${low}Section(s): Special Studies, Summary`)), ['Summary']);
  assert.deepEqual(labels(at(`${knee}Section(s): Special Studies,Summary, `)), [
    'Diagnostic Criteria',
    'Initial Care',
    'Surgical Considerations',
  ]);
  // A sentence ended in the list: no sections for what follows it.
  assert.deepEqual(at(`${low}Section(s): Special Studies. See p.5, Sum`), []);
  // An unknown chapter has no sections.
  assert.deepEqual(at(`${KNEE}Decision based on MTUS Foo 2004, Section(s): `), []);
  // A section no real letter cites comes from the guideline's table of contents.
  const opioid = at(`${HEAD}Norco: Upheld\n${CA}Decision based on MTUS Opioid Treatment 2016, Section(s): 4.2`);
  assert.deepEqual(
    opioid.map((c) => [c.label, c.documentation]),
    [['4.2 Methods for Tapering Opioids', "From the guideline's table of contents."]],
  );
});

test('Non-MTUS: the spellings of the starter, what a chapter replaces, a chapter cited for the item, and the popup closing', () => {
  for (const starter of ['NonMTUS', 'Non MTUS'])
    assert.equal(
      at(`${KNEE}Decision based on ${starter} Citation `)[0]?.label,
      'Official Disability Guidelines (ODG), Knee & Leg Chapter',
      starter,
    );
  assert.equal(
    first(at(`${KNEE}Decision based on Non-MTUS Citation  Off`)),
    'Official Disability Guidelines (ODG), Knee & Leg Chapter 69 "Official Disability Guidelines (ODG), Knee & Leg Chapter"',
  );
  const again = at(`${KNEE}Decision based on Non-MTUS Citation ODG Knee Chapter. Decision based on Non-MTUS Citation `);
  assert.equal(again[0].detail, 'ODG chapter cited for this item');
  // Typed words the chapters end with but do not begin with, or a chapter typed out in full and a space: nothing.
  assert.deepEqual(at(`${KNEE}Decision based on Non-MTUS Citation Chapter`), []);
  assert.deepEqual(at(`${KNEE}Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Knee & Leg Chapter `), []);
});

test('conclusion: while the request typed agrees with it, for a request without a name, and not inside the rationale', () => {
  const rationale = (request: string, typed: string): string =>
    `${HEAD}${request}: Upheld\nDecision rationale: Not recommended. Therefore, ${typed}`;
  assert.equal(at(rationale('Zanaflex 4mg', 'the request for Z'))[0].label, 'the request for Zanaflex 4mg is not medically necessary.');
  assert.equal(
    at(rationale('Lorazepam 1mg', 'the request for Loraz'))[0].label,
    'the request for Lorazepam 1mg is not medically necessary.',
  );
  assert.deepEqual(labels(at(rationale('Physical therapy', 'the request for Physical therapy is not'))), [
    'the request for Physical therapy is not medically necessary.',
  ]);
  assert.equal(at(rationale('', ''))[0].label, 'the request for this item is not medically necessary.');
  // Inside a rationale already written: no conclusion, asked for or not.
  for (const invoked of [false, true]) {
    assert.deepEqual(
      atBar(`${HEAD}Norco: Upheld\nDecision rationale: Not recommended. Therefore, |the request is not medically necessary.`, invoked),
      [],
    );
    assert.deepEqual(
      atBar(`${HEAD}Norco: Upheld\nDecision rationale: Not recommended. |Therefore, the request is not medically necessary.`, invoked),
      [],
    );
  }
  // Asked without saying how (a client that sends no trigger): as if opened by a typed space.
  const text = `${HEAD}Norco: Upheld\nDecision rationale: Not recommended. `;
  const letter = parseLetter(text);
  assert.deepEqual(completions(letter, positionAt(letter, text.length)).items, []);
});

test('completion edges: a page break before the outcome, "MTUS" and "Non-MTUS" only right after "Decision based on", a glued conclusion, no conclusion for another word', () => {
  // A page break (form feed) before the outcome word on its own line.
  assert.equal(first(at(`${HEAD}Physical therapy:\n\fUp`)), 'Upheld 1 "Upheld"');
  // "MTUS" is the word right after "Decision based on"; a Non-MTUS citation only when it comes first.
  const mtusChoices = labels(at(`${KNEE}Decision based on MTUS `));
  assert.ok(mtusChoices.length > 0);
  assert.deepEqual(labels(at(`${KNEE}Decision based on the MTUS `)), []);
  assert.deepEqual(
    labels(at(`${KNEE}Decision based on MTUS Knee Complaints, Non-MTUS Citation `)),
    labels(at(`${KNEE}Decision based on MTUS Knee Complaints, `)),
  );
  // A conclusion typed right after the label's colon, without a space.
  const glued = `${HEAD}Norco: Upheld\nDecision rationale:Therefore, the request`;
  assert.equal(
    at(glued).some((c) => /^the request for Norco is not medically necessary\.$/.test(c.label)),
    true,
  );
  // Asked for after another word than a concluding one: no conclusion offered for it.
  assert.deepEqual(
    labels(at(`${HEAD}Norco: Upheld\nDecision rationale: Not recommended. The`, true)).filter((l) => /medically necessary/.test(l)),
    [],
  );
});

test('outcome words: not at the start of the first item of a draft without the decisions heading, whatever ends the line above', () => {
  const draft = 'Notes:\n|Norco #60: Upheld\nClaims Administrator guideline: Decision based on MTUS.\n';
  assert.deepEqual(
    labels(atBar(draft)).filter((l) => l === 'Upheld' || l === 'Overturned'),
    [],
  );
  // On the first item's line, after its start, the outcome is offered as before.
  assert.equal(first(at('Notes:\nNorco 10/325mg #90: Upheld')), 'Upheld 20 "Upheld"');
});
