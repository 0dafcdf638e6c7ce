// The structure features in process: the outline (documentSymbol), folding ranges, "Expand Selection" and the
// code lens, with their exact ranges on a small letter, on a draft without headings, on CRLF text, at the
// first and last character of a part and one past it, and the offset <-> position mapping they all share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, SelectionRange } from 'vscode-languageserver-types';
import { parseLetter, type Letter, type Span } from '../../server/src/letter';
import { documentSymbols, FIELDS_UP_TO, itemSymbol } from '../../server/src/features/symbols';
import { foldingRanges } from '../../server/src/features/folding';
import { enclosingSpans, selectionRanges } from '../../server/src/features/selectionRanges';
import { codeLenses, SHOW_SUMMARY_COMMAND } from '../../server/src/features/codeLens';
import { contains, offsetAt, positionAt, rangeOf } from '../../server/src/features/positions';
import { corpusLetters } from '../helpers/letters';
import { SMALL_LETTER } from '../helpers/smallLetter';

const LETTER = SMALL_LETTER;

/** A draft: no section headings, an invalid outcome word, odd citations, a field without an item header. */
const DRAFT = `Case Number: CM16-0213037
Priority: Standard

Zanaflex 4mg #30: Denied
Claims Administrator guideline: The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines.
MAXIMUS guideline: Decision based on MTUS Chronic Pain Treatment Guidelines Muscle relaxants Page(s): 63. Decision based on Non-MTUS Citation ACOEM Practice Guidelines. Decision based on Non-MTUS Citation Smith et al, Journal. Decision based on the treating physician's notes.
Decision rationale: The records are unclear.
Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.
`;

const r = (l1: number, c1: number, l2: number, c2: number) => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});
const flat = (s: DocumentSymbol) => ({ name: s.name, detail: s.detail, kind: s.kind, range: s.range, selectionRange: s.selectionRange });

test('outline of a letter: header fields, the sections, two items with their outcome and their three fields', () => {
  const symbols = documentSymbols(parseLetter(LETTER));
  assert.deepEqual(symbols.map(flat), [
    { name: 'Header', detail: 'CM16-0213037', kind: 3, range: r(0, 0, 3, 18), selectionRange: r(0, 0, 0, 12) },
    { name: 'HOW THE IMR FINAL DETERMINATION WAS MADE', detail: '', kind: 3, range: r(4, 0, 6, 47), selectionRange: r(4, 0, 4, 40) },
    { name: 'CLINICAL CASE SUMMARY', detail: '', kind: 3, range: r(7, 0, 9, 41), selectionRange: r(7, 0, 7, 21) },
    { name: 'IMR ISSUES, DECISIONS AND RATIONALES', detail: '2 items', kind: 3, range: r(10, 0, 20, 77), selectionRange: r(10, 0, 10, 36) },
  ]);
  assert.deepEqual(symbols[0].children?.map(flat), [
    { name: 'Case Number', detail: 'CM16-0213037', kind: 7, range: r(0, 0, 0, 25), selectionRange: r(0, 0, 0, 12) },
    { name: 'Date of Injury', detail: '10/13/2016', kind: 7, range: r(0, 33, 0, 59), selectionRange: r(0, 33, 0, 48) },
    { name: 'Date Assigned', detail: '11/09/2016', kind: 7, range: r(1, 0, 1, 25), selectionRange: r(1, 0, 1, 14) },
    { name: 'UR Denial Date', detail: '11/03/2016', kind: 7, range: r(1, 33, 1, 59), selectionRange: r(1, 33, 1, 48) },
    { name: 'Decision Date', detail: '12/09/2016', kind: 7, range: r(2, 0, 2, 25), selectionRange: r(2, 0, 2, 14) },
    { name: 'Application Received', detail: '11/03/2016', kind: 7, range: r(2, 33, 2, 65), selectionRange: r(2, 33, 2, 54) },
    { name: 'Priority', detail: 'Standard', kind: 7, range: r(3, 0, 3, 18), selectionRange: r(3, 0, 3, 9) },
  ]);
  assert.deepEqual(symbols[1].children, []);
  assert.deepEqual(symbols[2].children, []);
  const items = symbols[3].children ?? [];
  assert.deepEqual(items.map(flat), [
    { name: 'Norco 10/325mg #60', detail: 'Upheld', kind: 19, range: r(12, 0, 16, 62), selectionRange: r(12, 0, 12, 26) },
    { name: 'Physical therapy 12 sessions', detail: 'Overturned', kind: 19, range: r(17, 0, 20, 77), selectionRange: r(17, 0, 17, 40) },
  ]);
  assert.deepEqual(items[0].children, [
    {
      name: 'Claims Administrator guideline',
      detail: 'MTUS Chronic Pain Medical Treatment Guidelines 2009',
      kind: 8,
      range: r(13, 0, 13, 141),
      selectionRange: r(13, 0, 13, 31),
      children: undefined,
    },
    { name: 'MAXIMUS guideline', detail: 'ODG', kind: 8, range: r(14, 0, 14, 81), selectionRange: r(14, 0, 14, 18), children: undefined },
    {
      name: 'Decision rationale',
      detail: 'not medically necessary',
      kind: 15,
      range: r(15, 0, 16, 62),
      selectionRange: r(15, 0, 15, 19),
      children: undefined,
    },
  ]);
  assert.deepEqual(items[1].children?.map(flat), [
    {
      name: 'Claims Administrator guideline',
      detail: 'no evidence cited',
      kind: 8,
      range: r(18, 0, 18, 108),
      selectionRange: r(18, 0, 18, 31),
    },
    {
      name: 'MAXIMUS guideline',
      detail: 'MTUS Low Back Complaints 2004',
      kind: 8,
      range: r(19, 0, 19, 97),
      selectionRange: r(19, 0, 19, 18),
    },
    { name: 'Decision rationale', detail: 'medically necessary', kind: 15, range: r(20, 0, 20, 77), selectionRange: r(20, 0, 20, 19) },
  ]);
  // itemSymbol alone gives the same symbol as the outline.
  const letter = parseLetter(LETTER);
  assert.deepEqual(itemSymbol(letter, letter.items[1]), items[1]);
});

test('outline of a draft: items outside any section sit at the top level; citation kinds in the field detail; an invalid outcome has no detail', () => {
  const symbols = documentSymbols(parseLetter(DRAFT));
  assert.deepEqual(symbols.map(flat), [
    { name: 'Header', detail: 'CM16-0213037', kind: 3, range: r(0, 0, 1, 18), selectionRange: r(0, 0, 0, 12) },
    { name: 'Zanaflex 4mg #30', detail: '', kind: 19, range: r(3, 0, 6, 44), selectionRange: r(3, 0, 3, 24) },
    // A field without an item header: the item is selected at its first label.
    { name: '(item without header)', detail: '', kind: 19, range: r(7, 0, 7, 108), selectionRange: r(7, 0, 7, 31) },
  ]);
  assert.deepEqual(
    symbols[1].children?.map((c) => c.detail),
    ['outside MTUS; ODG', 'MTUS Chronic Pain Treatment Guidelines; ACOEM; Non-MTUS', ''],
  );
  assert.deepEqual(symbols[2].children?.map(flat), [
    {
      name: 'Claims Administrator guideline',
      detail: 'no evidence cited',
      kind: 8,
      range: r(7, 0, 7, 108),
      selectionRange: r(7, 0, 7, 31),
    },
  ]);
});

test('outline: a header field without a value spans its label; an untitled section; one item says "1 item"', () => {
  const text = LETTER.replace('Priority: Standard\n', 'Priority:\n\n').replace(/Physical therapy[\s\S]*$/, '');
  const letter = parseLetter(text);
  const symbols = documentSymbols(letter);
  const priority = symbols[0].children?.find((c) => c.name === 'Priority');
  assert.deepEqual(priority && flat(priority), {
    name: 'Priority',
    detail: '',
    kind: 7,
    range: r(3, 0, 3, 9),
    selectionRange: r(3, 0, 3, 9),
  });
  assert.equal(symbols[3].detail, '1 item');
  const untitled = documentSymbols({ ...letter, sections: [{ ...letter.sections[0], title: '' }] });
  assert.equal(untitled[1].name, '(untitled)');
  // A heading span outside the section selects the section's start.
  const odd = documentSymbols({ ...letter, sections: [{ ...letter.sections[1], headingSpan: { start: 0, end: 5 } }] });
  assert.deepEqual(odd[1].selectionRange, r(8, 0, 8, 0));
});

test('outline: items outside the issues section are placed among the sections by where they start', () => {
  const text = `Case Number: CM16-0213037

SOMA 350mg: Upheld
Decision rationale: It is not medically necessary.

CLINICAL CASE SUMMARY
The injured worker is a 50 year old male.
Lidoderm: Overturned
Decision rationale: It is medically necessary.
`;
  const symbols = documentSymbols(parseLetter(text));
  assert.deepEqual(
    symbols.map((s) => [s.name, s.range.start.line, s.detail, s.children?.length]),
    [
      ['Header', 0, 'CM16-0213037', 1],
      ['SOMA 350mg', 2, 'Upheld', 1],
      ['CLINICAL CASE SUMMARY', 5, '', 0],
      ['Lidoderm', 7, 'Overturned', 1],
    ],
  );
});

test(`outline: up to ${FIELDS_UP_TO} items list their fields, more list the items alone`, () => {
  const item = (k: number) =>
    `Item ${k}: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.\nDecision rationale: The request is not medically necessary.\n`;
  const head = LETTER.slice(0, LETTER.indexOf('Norco'));
  for (const n of [FIELDS_UP_TO, FIELDS_UP_TO + 1]) {
    const text = head + Array.from({ length: n }, (_, k) => item(k + 1)).join('');
    const letter = parseLetter(text);
    assert.equal(letter.items.length, n);
    const issues = documentSymbols(letter)[3];
    assert.equal(issues.detail, `${n} items`);
    assert.equal(issues.children?.length, n);
    const last = issues.children?.[n - 1];
    assert.equal(last?.name, `Item ${n}`);
    // Positions far down the letter (many lines past the last one found) are still exact.
    assert.deepEqual(last?.range, rangeOf(letter, letter.items[n - 1].span));
    assert.deepEqual(
      last?.children?.map((c) => c.detail),
      n <= FIELDS_UP_TO ? ['no evidence cited', 'no evidence cited', 'not medically necessary'] : undefined,
    );
  }
});

test('outline ranges on real letters equal the model spans mapped one by one (labels first, values later: positions go back and forth)', () => {
  const letters = corpusLetters().filter((l) => /CM16-0247255|CM16-0233904/.test(l.id));
  assert.equal(letters.length, 4);
  for (const l of letters) {
    const letter = parseLetter(l.text);
    const symbols = documentSymbols(letter);
    const header = letter.header as NonNullable<Letter['header']>;
    const fields = symbols.find((s) => s.name === 'Header')?.children ?? [];
    assert.equal(fields.length, header.fields.length, l.id);
    header.fields.forEach((f, k) => {
      const span = f.value
        ? { start: Math.min(f.label.span.start, f.value.span.start), end: Math.max(f.label.span.end, f.value.span.end) }
        : f.label.span;
      assert.deepEqual(fields[k].range, rangeOf(letter, span), `${l.id} ${f.key}`);
      assert.deepEqual(fields[k].selectionRange, rangeOf(letter, f.label.span), `${l.id} ${f.key}`);
    });
    for (const sec of letter.sections) {
      const found = symbols.find((s) => s.name === sec.title);
      assert.deepEqual(found?.range, rangeOf(letter, sec.span), `${l.id} ${sec.title}`);
      assert.deepEqual(found?.selectionRange, rangeOf(letter, sec.headingSpan), `${l.id} ${sec.title}`);
    }
    const issues = symbols.find((s) => s.name === letter.issues?.title);
    letter.items.forEach((item, k) => {
      const s = issues?.children?.[k];
      assert.deepEqual(s?.range, rangeOf(letter, item.span), `${l.id} item ${k}`);
      assert.deepEqual(s?.selectionRange, rangeOf(letter, item.header.span), `${l.id} item ${k}`);
      item.fields.forEach((f, j) => {
        assert.deepEqual(s?.children?.[j].range, rangeOf(letter, f.span), `${l.id} item ${k} field ${j}`);
        assert.deepEqual(s?.children?.[j].selectionRange, rangeOf(letter, f.label.span), `${l.id} item ${k} field ${j}`);
      });
    });
    // Top-level symbols come in document order.
    const starts = symbols.map((s) => s.range.start.line * 10000 + s.range.start.character);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
      l.id,
    );
  }
});

test('outline: a text without a final line break ends on its last line', () => {
  const text = LETTER.trimEnd();
  assert.deepEqual(documentSymbols(parseLetter(text)), documentSymbols(parseLetter(LETTER)));
});

test('outline: only items that start inside the issues section (from its first character, not at its end) are its children', () => {
  const letter = parseLetter(LETTER);
  const [first, second] = letter.items;
  const issues = letter.issues as NonNullable<Letter['issues']>;
  const withIssues = (span: Span): Letter => ({ ...letter, sections: letter.sections.map((s) => (s === issues ? { ...s, span } : s)) });
  const names = (l: Letter) => documentSymbols(l).map((s) => [s.name, (s.children ?? []).map((c) => c.name)]);
  const headerAndOthers: [string, string[]][] = [
    ['Header', ['Case Number', 'Date of Injury', 'Date Assigned', 'UR Denial Date', 'Decision Date', 'Application Received', 'Priority']],
    ['HOW THE IMR FINAL DETERMINATION WAS MADE', []],
    ['CLINICAL CASE SUMMARY', []],
  ];
  // The section starts at the second item: the first stands alone, before it.
  assert.deepEqual(names(withIssues({ start: second.span.start, end: issues.span.end })), [
    ...headerAndOthers,
    ['Norco 10/325mg #60', ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']],
    ['IMR ISSUES, DECISIONS AND RATIONALES', ['Physical therapy 12 sessions']],
  ]);
  // The section ends where the second item starts: the second stands alone, after it.
  assert.deepEqual(names(withIssues({ start: issues.span.start, end: second.span.start })).slice(3), [
    ['IMR ISSUES, DECISIONS AND RATIONALES', ['Norco 10/325mg #60']],
    ['Physical therapy 12 sessions', ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale']],
  ]);
  assert.equal(first.index, 0);
});

test('outline of odd models: a selection outside its range selects the range start; empty names; a header without a case number', () => {
  const letter = parseLetter(LETTER);
  const header = letter.header as NonNullable<Letter['header']>;
  // The header's span begins after its first label, or ends before it.
  assert.deepEqual(documentSymbols({ ...letter, header: { ...header, span: { start: 13, end: 204 } } })[0].selectionRange, r(0, 13, 0, 13));
  assert.deepEqual(documentSymbols({ ...letter, header: { ...header, span: { start: 0, end: 5 } } })[0].selectionRange, r(0, 0, 0, 0));
  // A label of colons only gives an untitled field; only the final colon is dropped.
  const [caseNumber, ...rest] = header.fields;
  const odd = documentSymbols({
    ...letter,
    header: {
      ...header,
      fields: [
        { ...caseNumber, label: { ...caseNumber.label, text: ':' } },
        { ...rest[0], label: { ...rest[0].label, text: 'A: B:' } },
      ],
    },
  });
  assert.deepEqual(
    odd[0].children?.map((c) => c.name),
    ['(untitled)', 'A: B'],
  );
  // No case number: the header's detail is empty, whatever the first field holds.
  const noCase = documentSymbols({ ...letter, header: { ...header, fields: rest } });
  assert.equal(noCase[0].detail, '');
  assert.deepEqual(noCase[0].selectionRange, r(0, 33, 0, 48));
  const noValue = documentSymbols({ ...letter, header: { ...header, fields: [{ key: 'caseNumber', label: caseNumber.label }, ...rest] } });
  assert.equal(noValue[0].detail, '');
  // An item whose header lies outside its span; an item with neither header text nor fields.
  const [item] = letter.items;
  const shifted = { ...item, span: { start: item.span.start + 1, end: item.span.end } };
  assert.deepEqual(itemSymbol(letter, shifted).selectionRange, r(12, 1, 12, 1));
  const cut = { ...item, span: { start: item.span.start, end: item.header.span.end - 1 } };
  assert.deepEqual(itemSymbol(letter, cut).selectionRange, r(12, 0, 12, 0));
  const bare = { ...item, header: { text: '', span: item.header.span }, fields: [] };
  const sym = itemSymbol(letter, bare);
  assert.deepEqual([sym.name, sym.selectionRange, sym.children], ['Norco 10/325mg #60', r(12, 0, 16, 62), []]);
  // A section whose heading reaches past its span selects the span start.
  const sec = letter.sections[0];
  const long = documentSymbols({ ...letter, sections: [{ ...sec, headingSpan: { start: sec.span.start, end: sec.span.end + 1 } }] });
  assert.deepEqual(long[1].selectionRange, r(4, 0, 4, 0));
});

test('CRLF line ends give the same outline, folds, selections and lens as LF', () => {
  const lf = parseLetter(LETTER);
  const crlf = parseLetter(LETTER.replace(/\n/g, '\r\n'));
  assert.deepEqual(documentSymbols(crlf), documentSymbols(lf));
  assert.deepEqual(foldingRanges(crlf), foldingRanges(lf));
  assert.deepEqual(codeLenses(crlf, 'u'), codeLenses(lf, 'u'));
  const at = [
    { line: 12, character: 8 },
    { line: 16, character: 61 },
    { line: 16, character: 62 },
  ];
  assert.deepEqual(selectionRanges(crlf, at), selectionRanges(lf, at));
});

test('empty and heading-less text: no symbols, folds or lens; one selection range, empty', () => {
  const empty = parseLetter('');
  assert.deepEqual(documentSymbols(empty), []);
  assert.deepEqual(foldingRanges(empty), []);
  assert.deepEqual(codeLenses(empty, 'u'), []);
  assert.deepEqual(selectionRanges(empty, [{ line: 0, character: 0 }]), [{ range: r(0, 0, 0, 0), parent: undefined }]);
  const prose = parseLetter('Just some prose.\nNo letter here.\n');
  assert.deepEqual(codeLenses(prose, 'u'), []);
  assert.deepEqual(foldingRanges(prose), []);
});

test('folding: header, sections and items fold; a field folds only from three lines; equal line pairs fold once', () => {
  assert.deepEqual(foldingRanges(parseLetter(LETTER)), [
    { startLine: 0, endLine: 3, kind: 'region' },
    { startLine: 4, endLine: 6, kind: 'region' },
    { startLine: 7, endLine: 9, kind: 'region' },
    { startLine: 10, endLine: 20, kind: 'region' },
    { startLine: 12, endLine: 16, kind: 'region' },
    { startLine: 17, endLine: 20, kind: 'region' },
  ]);
  // A rationale of three lines folds (no kind); a two-line one does not; a two-line section does.
  const text = LETTER.replace(
    'Decision rationale: No functional improvement is documented.\n',
    'Decision rationale: No functional improvement\nis documented.\n',
  ).replace('Certification(s)/Specialty: Orthopaedic Surgery\n', '');
  assert.deepEqual(foldingRanges(parseLetter(text)), [
    { startLine: 0, endLine: 3, kind: 'region' },
    { startLine: 4, endLine: 5, kind: 'region' },
    { startLine: 6, endLine: 8, kind: 'region' },
    { startLine: 9, endLine: 20, kind: 'region' },
    { startLine: 11, endLine: 16, kind: 'region' },
    { startLine: 14, endLine: 16 },
    { startLine: 17, endLine: 20, kind: 'region' },
  ]);
  // A section and its only item on the same lines fold once; a one-line header does not fold.
  const one =
    'Case Number: CM16-0213037\nIMR ISSUES, DECISIONS AND RATIONALES\nSOMA: Upheld\nDecision rationale: It is\nnot medically necessary.\n';
  assert.deepEqual(foldingRanges(parseLetter(one)), [
    { startLine: 1, endLine: 4, kind: 'region' },
    { startLine: 2, endLine: 4, kind: 'region' },
  ]);
  // A wrapped item header of three lines folds; the ordering puts the longer range first at a shared start.
  const wrapped =
    'IMR ISSUES, DECISIONS AND RATIONALES\nPhysical therapy 2 times a week\nfor 6 weeks (12\nsessions): Upheld\nDecision rationale: It is not medically necessary.\n';
  // An item that is only its wrapped header folds once, as a region.
  assert.deepEqual(
    foldingRanges(
      parseLetter('IMR ISSUES, DECISIONS AND RATIONALES\nPhysical therapy 2 times a week\nfor 6 weeks (12\nsessions): Upheld\n'),
    ),
    [
      { startLine: 0, endLine: 3, kind: 'region' },
      { startLine: 1, endLine: 3, kind: 'region' },
    ],
  );
  const letter = parseLetter(wrapped);
  assert.equal(letter.items[0].header.text, 'Physical therapy 2 times a week for 6 weeks (12 sessions): Upheld');
  assert.deepEqual(foldingRanges(letter), [
    { startLine: 0, endLine: 4, kind: 'region' },
    { startLine: 1, endLine: 4, kind: 'region' },
    { startLine: 1, endLine: 3 },
  ]);
  // Folds come in line order, the longer first at a shared start, whatever order the parts are listed in.
  const lf = parseLetter(LETTER);
  assert.deepEqual(foldingRanges({ ...lf, sections: [...lf.sections].reverse() }), foldingRanges(lf));
  const short = { ...letter.sections[0], span: { start: letter.items[0].span.start, end: letter.text.indexOf('(12') } };
  assert.deepEqual(foldingRanges({ ...letter, sections: [short] }), [
    { startLine: 1, endLine: 4, kind: 'region' },
    { startLine: 1, endLine: 3 },
    { startLine: 1, endLine: 2, kind: 'region' },
  ]);
});

/** The ranges of the selection chain at `offset`, innermost first, as [start, end) offsets. */
function chain(letter: Letter, offset: number): [number, number][] {
  const [sel] = selectionRanges(letter, [positionAt(letter, offset)]);
  const out: [number, number][] = [];
  for (let s: SelectionRange | undefined = sel; s; s = s.parent) out.push([offsetAt(letter, s.range.start), offsetAt(letter, s.range.end)]);
  return out;
}
const spanOf = (text: string, part: string, from = 0): [number, number] => {
  const i = text.indexOf(part, from);
  assert.ok(i >= 0, part);
  return [i, i + part.length];
};

test('selection grows word -> line -> field -> item -> section -> letter, the same at the first and last character of a word and one past it', () => {
  const letter = parseLetter(LETTER);
  const T = LETTER;
  const item: [number, number] = [T.indexOf('Norco'), T.indexOf('\nPhysical therapy')];
  const issues: [number, number] = [T.indexOf('IMR ISSUES'), T.length - 1];
  const all: [number, number] = [0, T.length];
  const rationaleLine = spanOf(T, 'Decision rationale: No functional improvement is documented.');
  const rationale: [number, number] = [rationaleLine[0], item[1]];
  const [w0, w1] = spanOf(T, 'documented');
  for (const at of [w0, w1 - 1, w1])
    assert.deepEqual(chain(letter, at), [[w0, w1], rationaleLine, rationale, item, issues, all], `at ${at}`);
  // One past the word is the full stop, then the line's end: still the word before it.
  assert.deepEqual(chain(letter, w1 + 1)[0], rationaleLine);
  // "10/325mg" and "#60" are words; the header line is the item header, so it appears once.
  const header = spanOf(T, 'Norco 10/325mg #60: Upheld');
  for (const [word, extra] of [
    ['10/325mg', 0],
    ['#60', 0],
    ['Upheld', 0],
  ] as const) {
    const w = spanOf(T, word, item[0]);
    assert.deepEqual(chain(letter, w[0] + extra), [w, header, item, issues, all], word);
  }
  // A citation's word: the field is the whole guideline line.
  const ca = spanOf(
    T,
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids, criteria for use.',
  );
  assert.deepEqual(chain(letter, ca[0] + 'Claims Administrator guideline: Deci'.length), [
    spanOf(T, 'Decision', ca[0]),
    ca,
    item,
    issues,
    all,
  ]);
  // The space between two words: the word before it.
  assert.deepEqual(chain(letter, T.indexOf(' based', ca[0]))[0], spanOf(T, 'Decision', ca[0]));
  // Header: the value, its line, the whole header.
  const headerSpan: [number, number] = [0, T.indexOf('\nHOW')];
  assert.deepEqual(chain(letter, T.indexOf('11/09/2016') + 3), [
    spanOf(T, '11/09/2016'),
    spanOf(T, 'Date Assigned: 11/09/2016        UR Denial Date: 11/03/2016'),
    headerSpan,
    all,
  ]);
  // "Priority: Standard" is one field and one line: the field is the line.
  assert.deepEqual(chain(letter, T.indexOf('Standard')), [spanOf(T, 'Standard'), spanOf(T, 'Priority: Standard'), headerSpan, all]);
  // A section heading: the word, the heading (= its line), the section.
  assert.deepEqual(chain(letter, T.indexOf('CASE SUMMARY')), [
    spanOf(T, 'CASE'),
    spanOf(T, 'CLINICAL CASE SUMMARY'),
    [T.indexOf('CLINICAL CASE'), T.indexOf('\nIMR ISSUES')],
    all,
  ]);
  // Prose in a section.
  assert.deepEqual(chain(letter, T.indexOf('year old')), [
    spanOf(T, 'year'),
    spanOf(T, 'The injured worker is a 50 year old male.'),
    [T.indexOf('CLINICAL CASE'), T.indexOf('\nIMR ISSUES')],
    all,
  ]);
  // The end of the text (after the last line break): the letter alone.
  assert.deepEqual(chain(letter, T.length), [[T.length, T.length], all]);
});

test('selection at the boundaries: first and last character of an item, a field, a section and the header; in the second item', () => {
  const letter = parseLetter(LETTER);
  const T = LETTER;
  const all: [number, number] = [0, T.length];
  const issues: [number, number] = [T.indexOf('IMR ISSUES'), T.length - 1];
  const item: [number, number] = [T.indexOf('Norco'), T.indexOf('\nPhysical therapy')];
  const header = spanOf(T, 'Norco 10/325mg #60: Upheld');
  // The item's first character.
  assert.deepEqual(chain(letter, item[0]), [spanOf(T, 'Norco'), header, item, issues, all]);
  // The item's last offset (after its full stop): the rationale's last line, the rationale, the item.
  const rationale: [number, number] = [T.indexOf('Decision rationale: No functional'), item[1]];
  assert.deepEqual(chain(letter, item[1]), [
    spanOf(T, 'The request for Norco 10/325mg #60 is not medically necessary.'),
    rationale,
    item,
    issues,
    all,
  ]);
  // A field's first character.
  assert.deepEqual(chain(letter, rationale[0]), [
    spanOf(T, 'Decision', rationale[0]),
    spanOf(T, 'Decision rationale: No functional improvement is documented.'),
    rationale,
    item,
    issues,
    all,
  ]);
  // In the second item.
  const second: [number, number] = [T.indexOf('Physical therapy'), T.length - 1];
  const line = spanOf(T, 'Decision rationale: Therapy is indicated. The request is medically necessary.');
  assert.deepEqual(chain(letter, T.indexOf('Therapy is')), [spanOf(T, 'Therapy'), line, second, issues, all]);
  // A section's first character and its last.
  const summary: [number, number] = [T.indexOf('CLINICAL CASE'), T.indexOf('\nIMR ISSUES')];
  assert.deepEqual(chain(letter, summary[0]), [spanOf(T, 'CLINICAL'), spanOf(T, 'CLINICAL CASE SUMMARY'), summary, all]);
  assert.deepEqual(chain(letter, summary[1]), [spanOf(T, 'The injured worker is a 50 year old male.'), summary, all]);
  // The header's first and last characters.
  const head: [number, number] = [0, T.indexOf('\nHOW')];
  assert.deepEqual(chain(letter, 0), [[0, 4], spanOf(T, 'Case Number: CM16-0213037        Date of Injury: 10/13/2016'), head, all]);
  assert.deepEqual(chain(letter, head[1]), [spanOf(T, 'Standard'), spanOf(T, 'Priority: Standard'), head, all]);
  // The second field of a header line is narrower than its line: not a step.
  assert.deepEqual(chain(letter, T.indexOf('11/03/2016')), [
    spanOf(T, '11/03/2016'),
    spanOf(T, 'Date Assigned: 11/09/2016        UR Denial Date: 11/03/2016'),
    head,
    all,
  ]);
});

test('selection in a wrapped item header: the header is a step, to its last character', () => {
  const text =
    'IMR ISSUES, DECISIONS AND RATIONALES\nPhysical therapy 2 times a week\nfor 6 weeks (12\nsessions): Upheld\nDecision rationale: It is not medically necessary.\n';
  const letter = parseLetter(text);
  const item = letter.items[0];
  const header: [number, number] = [item.header.span.start, item.header.span.end];
  assert.equal(text.slice(...header), 'Physical therapy 2 times a week\nfor 6 weeks (12\nsessions): Upheld');
  const rest: [number, number][] = [
    [item.span.start, item.span.end],
    [0, text.length - 1],
    [0, text.length],
  ];
  assert.deepEqual(chain(letter, text.indexOf('weeks (12')), [spanOf(text, 'weeks'), spanOf(text, 'for 6 weeks (12'), header, ...rest]);
  assert.deepEqual(chain(letter, header[1]), [spanOf(text, 'Upheld'), spanOf(text, 'sessions): Upheld'), header, ...rest]);
});

test('selection in a labels-first header: a field runs from its label to its value lines below, whichever label the cursor is on', () => {
  const text = 'Case Number:\nDate Assigned:\n\nCM16-0247255\n12/30/2016\n\nIMR ISSUES, DECISIONS AND RATIONALES\n';
  const letter = parseLetter(text);
  const header = letter.header as NonNullable<Letter['header']>;
  assert.deepEqual(
    header.fields.map((f) => [f.label.text, f.value?.text]),
    [
      ['Case Number:', 'CM16-0247255'],
      ['Date Assigned:', '12/30/2016'],
    ],
  );
  const field: [number, number] = [text.indexOf('Date Assigned:'), text.indexOf('12/30/2016') + 10];
  const head: [number, number] = [header.span.start, header.span.end];
  const all: [number, number] = [0, text.length];
  const caseField: [number, number] = [0, text.indexOf('CM16') + 12];
  for (const at of [field[1] - 10, field[1] - 1, field[1]])
    assert.deepEqual(chain(letter, at), [spanOf(text, '12/30/2016'), field, head, all], `at ${at}`);
  assert.deepEqual(chain(letter, 0), [spanOf(text, 'Case'), spanOf(text, 'Case Number:'), caseField, head, all]);
  assert.deepEqual(chain(letter, caseField[1]), [spanOf(text, 'CM16-0247255'), caseField, head, all]);
  // On a later label: that label's own field, not the first field, whose run covers every label below it.
  assert.deepEqual(chain(letter, field[0]), [spanOf(text, 'Date'), spanOf(text, 'Date Assigned:'), field, head, all]);
  assert.deepEqual(chain(letter, field[0] + 14), [spanOf(text, 'Date Assigned:'), field, head, all]);
  // Between the labels and the values (the blank line), on no label or value: the shorter of the runs holding it.
  const blank = text.indexOf('\n\n') + 1;
  assert.ok(field[1] - field[0] < caseField[1] - caseField[0]);
  assert.deepEqual(chain(letter, blank), [[blank, blank], field, head, all]);
  // A field without a value: its label alone (the line already).
  const noValue = { ...letter, header: { ...header, fields: header.fields.map((f) => ({ key: f.key, label: f.label })) } };
  assert.deepEqual(chain(noValue, field[0]), [spanOf(text, 'Date'), spanOf(text, 'Date Assigned:'), head, all]);
  assert.deepEqual(chain(noValue, caseField[1]), [spanOf(text, 'CM16-0247255'), head, all]);
});

test('selection words: a full stop joins a word only before a digit; a blank line and trailing blanks give the letter alone', () => {
  const text = 'Case Number: CM16-0213037\n   \nTake Dr.Smith 5.a dose .5mg, re-test/.   \n';
  const letter = parseLetter(text);
  const line: [number, number] = [text.indexOf('Take'), text.indexOf('   \n', 30)];
  const all: [number, number] = [0, text.length];
  const word = (w: string, from = 0): [number, number] => spanOf(text, w, from);
  assert.deepEqual(chain(letter, text.indexOf('Smith')), [word('Smith'), line, all]);
  assert.deepEqual(chain(letter, text.indexOf('Dr.')), [word('Dr'), line, all]);
  assert.deepEqual(chain(letter, text.indexOf('5.a')), [word('5'), line, all]);
  assert.deepEqual(chain(letter, text.indexOf('.5mg') + 1), [word('.5mg'), line, all]);
  // The end of a line of blanks: an empty line step.
  const blank = text.indexOf('   \n') + 3;
  assert.deepEqual(chain(letter, blank), [[blank, blank], all]);
  assert.deepEqual(chain(letter, blank - 1), [all]);
  // On trailing blanks: past the trimmed line.
  assert.deepEqual(chain(letter, line[1] + 2), [all]);
  assert.deepEqual(chain(letter, line[1] - 2), [word('re-test'), line, all]);
  assert.deepEqual(chain(letter, line[1]), [line, all]);
});

test('selection words: a decimal point stays inside a number, trailing punctuation does not; indentation and trailing blanks leave the line', () => {
  const text = 'Case Number: CM16-0213037\n   Take 7.5mg, then re-test/.   \n';
  const letter = parseLetter(text);
  const line = spanOf(text, 'Take 7.5mg, then re-test/.');
  assert.deepEqual(enclosingSpans(letter, text.indexOf('7.5')), [
    { start: line[0] + 5, end: line[0] + 10 },
    { start: line[0], end: line[1] },
    { start: 0, end: text.length },
  ]);
  assert.deepEqual(enclosingSpans(letter, text.indexOf('test'))[0], { start: text.indexOf('re-test'), end: text.indexOf('re-test') + 7 });
  // On blanks before the text: no word, the trimmed line does not hold the offset.
  assert.deepEqual(enclosingSpans(letter, text.indexOf('   Take') + 1), [{ start: 0, end: text.length }]);
  // Several positions at once, and a line past the end.
  assert.deepEqual(
    selectionRanges(letter, [
      { line: 1, character: 4 },
      { line: 99, character: 0 },
    ]).map((s) => s.range),
    [r(1, 3, 1, 7), r(2, 0, 2, 0)],
  );
});

test('selection in an item without fields reaches its header; in a field label the field', () => {
  const text = 'IMR ISSUES, DECISIONS AND RATIONALES\nSOMA 350mg: Upheld\nDecision rationale: It is not medically necessary.\n';
  const letter = parseLetter(text);
  const item = letter.items[0];
  assert.deepEqual(enclosingSpans(letter, text.indexOf('SOMA') + 1), [
    { start: text.indexOf('SOMA'), end: text.indexOf('SOMA') + 4 },
    item.header.span,
    item.span,
    (letter.issues as { span: Span }).span,
    { start: 0, end: text.length },
  ]);
  assert.deepEqual(enclosingSpans(letter, text.indexOf('rationale:')).slice(0, 3), [
    { start: text.indexOf('rationale:'), end: text.indexOf('rationale:') + 9 },
    (item.rationale as { span: Span }).span,
    item.span,
  ]);
});

test('code lens: over the issues heading, counting outcomes; without a heading at the first item; none without items', () => {
  assert.equal(SHOW_SUMMARY_COMMAND, 'imrLetters.showDecisionSummary');
  assert.deepEqual(codeLenses(parseLetter(LETTER), 'file:///a.imr'), [
    {
      range: r(10, 0, 10, 36),
      command: { title: '2 items: 1 Upheld, 1 Overturned', command: 'imrLetters.showDecisionSummary', arguments: ['file:///a.imr'] },
    },
  ]);
  assert.deepEqual(codeLenses(parseLetter(DRAFT), 'u'), [
    { range: r(3, 0, 3, 0), command: { title: '2 items: 2 without outcome', command: SHOW_SUMMARY_COMMAND, arguments: ['u'] } },
  ]);
  // An issues heading with no items yet still gets its lens.
  const noItems = parseLetter('Case Number: CM16-0213037\nIMR ISSUES, DECISIONS AND RATIONALES\n');
  // A section that is its heading alone is selected by its heading.
  const headingOnly = documentSymbols(parseLetter('Case Number: CM16-0213037\nIMR ISSUES, DECISIONS AND RATIONALES'))[1];
  assert.deepEqual([headingOnly.range, headingOnly.selectionRange], [r(1, 0, 1, 36), r(1, 0, 1, 36)]);
  assert.deepEqual(codeLenses(noItems, 'u'), [
    { range: r(1, 0, 1, 36), command: { title: '0 items', command: SHOW_SUMMARY_COMMAND, arguments: ['u'] } },
  ]);
});

test('positions: offsets map through the line table, clamped to the text; CRLF and CR line ends count as one break', () => {
  const letter = parseLetter('ab\r\ncd\ref\n');
  assert.deepEqual(
    [0, 2, 3, 4, 6, 7, 9, 10, -5, 99].map((o) => positionAt(letter, o)),
    [
      { line: 0, character: 0 },
      { line: 0, character: 2 },
      { line: 0, character: 2 },
      { line: 1, character: 0 },
      { line: 1, character: 2 },
      { line: 2, character: 0 },
      { line: 2, character: 2 },
      { line: 3, character: 0 },
      { line: 0, character: 0 },
      { line: 3, character: 0 },
    ],
  );
  assert.deepEqual(
    [
      { line: 0, character: 1 },
      { line: 0, character: 9 },
      { line: 1, character: -3 },
      { line: 2, character: 2 },
      { line: 3, character: 0 },
      { line: 4, character: 0 },
      { line: -1, character: 5 },
    ].map((p) => offsetAt(letter, p)),
    [1, 2, 4, 9, 10, 10, 0],
  );
  assert.deepEqual(rangeOf(letter, { start: 1, end: 8 }), r(0, 1, 2, 1));
  assert.equal(contains({ start: 3, end: 5 }, 3), true);
  assert.equal(contains({ start: 3, end: 5 }, 5), true);
  assert.equal(contains({ start: 3, end: 5 }, 2), false);
  assert.equal(contains({ start: 3, end: 5 }, 6), false);
});

test('Expand Selection in the header of every real letter: the field whose label or value holds the cursor, else the shortest run holding it (the first of equal ones), never a run that does not', () => {
  let shortestTaken = 0;
  let tieTaken = 0;
  // Labels first, then values: on the second label's line, after it, both runs hold the cursor. The first run is
  // shorter than the second by the first line's length less the second value's ("Priority:" and "CM16-0213037"),
  // and as long with three spaces after "Priority:". Blank lines above keep the runs off offset 0.
  const written = [0, 3].map((k) => ({
    id: `labels first, ${k} spaces`,
    text: `${'\n'.repeat(10)}Priority:${' '.repeat(k)}\nCase Number:   \nStandard\nCM16-0213037\n\nHOW THE IMR FINAL DETERMINATION WAS MADE\nMAXIMUS Federal Services sent the complete case file to an expert reviewer.\n`,
  }));
  for (const real of [...corpusLetters(), ...written]) {
    const letter = parseLetter(real.text);
    const header = letter.header;
    if (!header) continue;
    const runs = header.fields.map((f) => ({
      f,
      run: { start: f.label.span.start, end: Math.max(f.label.span.end, f.value?.span.end ?? 0) },
    }));
    for (let offset = header.span.start; offset <= header.span.end; offset++) {
      const spans = enclosingSpans(letter, offset);
      for (const s of spans) assert.ok(contains(s, offset), `${real.id} at ${offset}: ${JSON.stringify(s)} does not hold it`);
      const holding = runs.filter(({ run }) => contains(run, offset));
      const own = holding.find(({ f }) => contains(f.label.span, offset) || (f.value !== undefined && contains(f.value.span, offset)));
      let shortest: (typeof holding)[number] | undefined;
      for (const r of holding) if (!shortest || r.run.end - r.run.start < shortest.run.end - shortest.run.start) shortest = r;
      const want = (own ?? shortest)?.run;
      const got: Span[] = spans.filter(
        (s: Span) => runs.some(({ run }) => run.start === s.start && run.end === s.end) && s !== header.span,
      );
      // The run meant is the only one offered, and it is offered whenever it holds the cursor's whole line (a run
      // narrower than the line cannot grow the selection and is dropped).
      assert.ok(
        got.every((s: Span) => want !== undefined && s.start === want.start && s.end === want.end),
        `${real.id} at ${offset}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
      );
      const l = letter.lines.find((x) => x.start <= offset && offset <= x.end);
      const body = l && letter.text.slice(l.start, l.end);
      const line = l &&
        body !== undefined && {
          start: l.start + body.length - body.trimStart().length,
          end: l.end - (body.length - body.trimEnd().length),
        };
      if (want && line && want.start <= line.start && want.end >= line.end && (want.start < line.start || want.end > line.end))
        assert.equal(got.length, 1, `${real.id} at ${offset}: want ${JSON.stringify(want)} offered`);
      if (want && got.length && !own && holding.length > 1) {
        const [first, second] = holding;
        if (holding[holding.length - 1] !== shortest) shortestTaken++;
        if (first.run.end - first.run.start === second.run.end - second.run.start) tieTaken++;
      }
    }
  }
  // Offsets held by several runs, none by its label or value, where the shortest is not the last run: what
  // tells "the shortest" from "the last".
  assert.ok(shortestTaken > 0, 'no offset where the shortest run is not the last');
  assert.ok(tieTaken > 0, 'no offset held by two runs of one length');
});

test('outline: a section with nothing under its heading is selected by its heading', () => {
  const text = `${'Case Number: CM16-0213037\n'}HOW THE IMR FINAL DETERMINATION WAS MADE\nMAXIMUS Federal Services sent the complete case file.\nCLINICAL CASE SUMMARY`;
  const letter = parseLetter(text);
  const last = letter.sections[letter.sections.length - 1];
  assert.equal(last.title, 'CLINICAL CASE SUMMARY');
  assert.equal(last.span.end, last.headingSpan.end, 'the section ends with its heading');
  const symbol = documentSymbols(letter).find((s) => s.name === 'CLINICAL CASE SUMMARY')!;
  assert.deepEqual(symbol.selectionRange, rangeOf(letter, last.headingSpan));
});
