// Formats and text artifacts the corpus lacks or has rarely: format 2 and 3 letters, CRLF, CR-only, form
// feeds inside items, wrapped headers and outcomes, numbered items, half-written letters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HEADINGS, parseLetter, type Line } from '../../server/src/letter';
import { headingAt } from '../../server/src/letter/sections';
import { lineContent, splitLines } from '../../server/src/letter/text';
import { fixture } from '../helpers/letters';
import { seededRandom } from '../helpers/random';

const real = fixture('corpus/letters/CM16-0230548.txt');

test('format 2 (2013 MAXIMUS letter): sections, header, numbered items, Page(s) citations', () => {
  const l = parseLetter(fixture('written/format2.imr'));
  assert.equal(l.format, 'format2');
  assert.deepEqual(
    l.sections.map((s) => s.title),
    ['HOW THE IMR FINAL DETERMINATION WAS MADE', 'DOCUMENTS REVIEWED', 'CLINICAL CASE SUMMARY', 'IMR DECISION(S) AND RATIONALE(S)'],
  );
  assert.equal(l.header?.fields.find((f) => f.key === 'caseNumber')?.value?.text, 'CM13-0012345');
  assert.equal(l.header?.fields.find((f) => f.key === 'applicationReceived')?.value?.text, '07/25/2013');
  assert.deepEqual(
    l.items.map((i) => [i.request.text, i.outcome?.text]),
    [
      ['Norco 10/325mg #120', 'Upheld'],
      ['Physical therapy 2 times a week for 4 weeks (8 sessions) for the lumbar spine', 'Overturned'],
    ],
  );
  const ca = l.items[0].claimsAdministrator!.citations[0];
  assert.equal(ca.kind, 'mtus');
  if (ca.kind === 'mtus') {
    assert.equal(ca.chapter.text, 'Chronic Pain Medical Treatment Guidelines');
    assert.deepEqual(
      ca.pages.map((p) => [p.from, p.to]),
      [[76, 80]],
    );
  }
  assert.equal(l.items[1].claimsAdministrator!.citations[0].kind, 'noEvidence');
  assert.equal(l.items[1].rationale?.conclusion?.kind, 'necessary');
});

test('format 3 (MEDICAL PROFESSIONAL REVIEW): labelled sections, wrapped heading, item fields from sections', () => {
  const l = parseLetter(fixture('written/format3.imr'));
  assert.equal(l.format, 'format3');
  assert.equal(l.sections.length, 6);
  assert.ok(
    l.sections.some((s) => s.title === 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL REVIEWER AND WHY:'),
    'heading wrapped over two lines',
  );
  assert.equal(l.items.length, 1);
  const item = l.items[0];
  assert.equal(item.request.text, 'Lumbar epidural steroid injection at L4-L5');
  assert.equal(item.outcome?.text, 'Overturned');
  assert.equal(item.maximus?.citations[0].kind, 'mtus');
  assert.equal(item.rationale?.conclusion?.kind, 'necessary');
  assert.equal(l.header?.fields.find((f) => f.key === 'priority')?.value?.text, 'Expedited');
});

test('format 3 with the disputed item on the heading line', () => {
  const text = fixture('written/format3.imr').replace('ISSUE AT DISPUTE:\nLumbar', 'ISSUE AT DISPUTE: Lumbar');
  const item = parseLetter(text).items[0];
  assert.equal(item.request.text, 'Lumbar epidural steroid injection at L4-L5');
  assert.equal(text.slice(item.outcome!.span.start, item.outcome!.span.end), 'Overturned');
});

test('CRLF and CR-only line ends give the same model as LF, with offsets into the original text', () => {
  const lf = parseLetter(real);
  for (const eol of ['\r\n', '\r']) {
    const text = real.replace(/\n/g, eol);
    const l = parseLetter(text);
    assert.deepEqual(
      l.items.map((i) => [i.request.text, i.outcome?.text, i.rationale?.conclusion?.kind]),
      lf.items.map((i) => [i.request.text, i.outcome?.text, i.rationale?.conclusion?.kind]),
    );
    for (const i of l.items) assert.equal(text.slice(i.outcome!.span.start, i.outcome!.span.end), i.outcome!.text);
    assert.equal(l.lines.length, lf.lines.length);
  }
});

test('trailing spaces, indented headings and a form feed inside an item change nothing', () => {
  const messy = real
    .split('\n')
    .map((line) => (/^[A-Z ,]+$/.test(line) ? `      ${line}   ` : `${line}  `))
    .join('\n')
    .replace('MAXIMUS guideline:', '\f\nMAXIMUS guideline:');
  const a = parseLetter(real).items.map((i) => [i.request.text, i.outcome?.text, i.fields.length]);
  const b = parseLetter(messy).items.map((i) => [i.request.text, i.outcome?.text, i.fields.length]);
  assert.deepEqual(b, a);
  assert.equal(parseLetter(messy).sections.length, 3);
});

test('an outcome alone on the line after the header', () => {
  const text = real.replace('MRI of neck and right hand without contrast: Upheld', 'MRI of neck and right hand without contrast:\nUpheld');
  const item = parseLetter(text).items[0];
  assert.equal(item.request.text, 'MRI of neck and right hand without contrast');
  assert.equal(item.outcome?.text, 'Upheld');
});

test('a long request wrapped over two lines keeps its whole name', () => {
  const text = real.replace(
    'Acupuncture 3 times a week for 2 weeks, neck, right hand and head: Overturned',
    'Acupuncture 3 times a week for 2 weeks, neck,\nright hand and head: Overturned',
  );
  assert.equal(parseLetter(text).items[1].request.text, 'Acupuncture 3 times a week for 2 weeks, neck, right hand and head');
});

test('partial authorisations: both forms, with original, authorised and remaining parts', () => {
  const remaining = parseLetter(fixture('corpus/letters/CM16-0233904.txt')).items[0];
  assert.deepEqual(
    [
      remaining.partial?.form,
      remaining.partial?.original?.text,
      remaining.partial?.authorized?.text,
      remaining.partial?.remaining?.text,
      remaining.request.text,
    ],
    ['remaining', 'Baclofen 100mg #30', 'Baclofen 100mg #27', 'Baclofen 100mg #3', 'Baclofen 100mg #3'],
  );
  const leaving = parseLetter(fixture('corpus/letters/CM16-0229336.txt')).items[0];
  assert.equal(leaving.partial?.form, 'leaving-eligible');
  assert.equal(leaving.partial?.authorized?.text, 'Skilled nursing facility for 7 days with PT/OT once a day for left foot fracture');
  assert.equal(
    leaving.request.text,
    'Acute inpatient rehabilitation physical therapy and occupational therapy 7-10 days for left foot fracture',
  );
  // A blank line inside the header (a page break in the layout extraction) does not cut it.
  const blank = parseLetter(fixture('corpus/letters/CM17-0020728.txt')).items[0];
  assert.equal(blank.partial?.original?.text, 'Physical therapy to the lumbar spine 2 times a week for 3 weeks (6)');
  assert.equal(blank.request.text, 'Physical therapy to the lumbar spine 2 times a week for 2 weeks (4)');
});

test('citations: several MTUS chapters in one sentence, sections with commas, Non-MTUS and fixed sentences', () => {
  const item = parseLetter(real).items[0];
  const ca = item.claimsAdministrator!.citations;
  assert.deepEqual(
    ca.map((c) => c.kind),
    ['mtus', 'mtus', 'nonMtus'],
  );
  const [neck, hand, odg] = ca;
  assert.ok(neck.kind === 'mtus' && hand.kind === 'mtus' && odg.kind === 'nonMtus');
  assert.equal(neck.chapter.text, 'Neck and Upper Back Complaints');
  assert.equal(neck.year?.text, '2004');
  assert.deepEqual(
    neck.sections.map((s) => s.text),
    ['Special Studies'],
  );
  assert.equal(hand.chapter.text, 'Forearm, Wrist, and Hand Complaints');
  assert.equal(odg.family, 'ODG');
  const topics = parseLetter(
    'IMR ISSUES, DECISIONS AND RATIONALES\nX: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): TENS, chronic pain (transcutaneous electrical nerve stimulation), NSAIDs, GI symptoms & cardiovascular risk, Opioids, criteria for use.\n',
  ).items[0].claimsAdministrator!.citations[0];
  assert.ok(topics.kind === 'mtus');
  assert.deepEqual(
    topics.sections.map((s) => s.text),
    [
      'TENS, chronic pain (transcutaneous electrical nerve stimulation)',
      'NSAIDs, GI symptoms & cardiovascular risk',
      'Opioids, criteria for use',
    ],
  );
});

test('2014 seed citations: topic and pages', () => {
  const l = parseLetter(fixture('seeds/000_daecf29a3151d267.txt'));
  const c = l.items[0].claimsAdministrator!.citations[0];
  assert.ok(c.kind === 'mtus');
  assert.equal(c.chapter.text, 'Chronic Pain Treatment Guidelines');
  assert.equal(c.topic?.text, 'Benzodiazepines, weaning of medications');
  assert.deepEqual(
    c.pages.map((p) => p.from),
    [24, 124],
  );
});

test('half-written letters give a partial model, never an exception', () => {
  for (let cut = 0; cut <= real.length; cut += 97) {
    const l = parseLetter(real.slice(0, cut));
    for (const i of l.items) assert.ok(i.span.end <= cut);
  }
  const draft = parseLetter(
    'IMR ISSUES, DECISIONS AND RATIONALES\nNorco 10/325mg #120:\nClaims Administrator guideline: \nDecision rationale: The request is not medically necessary.\n',
  );
  assert.equal(draft.items.length, 1);
  assert.equal(draft.items[0].outcome, undefined);
  assert.equal(draft.items[0].maximus, undefined);
  assert.equal(draft.items[0].rationale?.conclusion?.kind, 'notNecessary');
  assert.equal(parseLetter('').items.length, 0);
  assert.equal(parseLetter('\u0000\u0001binary\uD800').format, 'unknown');
});

test('wrong outcome words are kept as written with the outcome they mean', () => {
  const l = parseLetter(real.replace(': Upheld', ': Uphold').replace(': Overturned', ': Approved'));
  assert.deepEqual(
    l.items.map((i) => [i.outcome?.text, i.outcome?.valid, i.outcome?.meaning]),
    [
      ['Uphold', false, 'Upheld'],
      ['Approved', false, 'Overturned'],
    ],
  );
});

test('conclusions: negation is read from the deciding clause', () => {
  const conclude = (sentence: string) =>
    parseLetter(
      `IMR ISSUES, DECISIONS AND RATIONALES\nX 10mg #30: Upheld\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: The patient improved. ${sentence}\n`,
    ).items[0].rationale?.conclusion?.kind;
  assert.equal(conclude('The request is not medically necessary.'), 'notNecessary');
  assert.equal(conclude('The request is medically necessary.'), 'necessary');
  assert.equal(
    conclude('Although the first trial did not help, as such the request for a second trial is medically necessary.'),
    'necessary',
  );
  assert.equal(conclude('The request is not, in my opinion, medically necessary.'), 'notNecessary');
  assert.equal(conclude('Therefore the request is not-medically necessary.'), 'notNecessary');
  assert.equal(conclude('The MRI is not supported by the records as being medically necessary at this time.'), 'notNecessary');
  assert.equal(conclude('Likewise, the medical necessity of this request is not established.'), 'notNecessary');
  assert.equal(
    conclude('If symptoms persist, further therapy may be medically necessary. The request is not medically necessary.'),
    'notNecessary',
  );
});

/**
 * A heading by its definition: a line that starts with a capital letter, 5 to 120 characters long once trimmed,
 * whose words (any spacing, any case) are a heading's title; or a labelled heading's title followed by text on
 * its line; or the first words of a title whose rest is on the next non-blank line, at most two lines on.
 */
function headingByDefinition(text: string, lines: readonly Line[], i: number) {
  const normal = (t: string) => t.replace(/\s+/g, ' ').toUpperCase();
  const c = lineContent(text, lines[i]);
  if (!/^[A-Z]/.test(c.text) || c.text.length < 5 || c.text.length > 120) return undefined;
  const t = normal(c.text);
  const whole = HEADINGS.find((h) => h.title === t);
  if (whole) return { title: whole.title, span: { start: c.start, end: c.end }, nextLine: i + 1 };
  const colon = t.indexOf(':');
  const labelled = HEADINGS.find((h) => h.labelled && colon > 0 && colon < t.length - 1 && h.title === t.slice(0, colon + 1));
  if (labelled)
    return {
      title: labelled.title,
      span: { start: c.start, end: c.start + colon + 1 },
      nextLine: i + 1,
      inlineBodyStart: c.start + colon + 1,
    };
  if (!HEADINGS.some((h) => h.title.startsWith(`${t} `))) return undefined;
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const d = lineContent(text, lines[j]);
    if (d.text === '' && j <= i + 2) continue;
    const joined = HEADINGS.find((h) => h.title === normal(`${c.text} ${d.text}`));
    return joined && { title: joined.title, span: { start: c.start, end: d.end }, nextLine: j + 1 };
  }
  return undefined;
}

test('headings as their definition says, in every case, spacing, wrapping and look-alike letter', () => {
  const { random, pick } = seededRandom(1970);
  // Letters whose upper case is an ASCII capital (dotless i, long s), lower case, and characters that are no letters.
  const respell = (w: string): string =>
    [...w]
      .map((ch) =>
        ch === 'I' && random() < 0.2 ? '\u0131' : ch === 'S' && random() < 0.2 ? '\u017f' : random() < 0.15 ? ch.toLowerCase() : ch,
      )
      .join('');
  const spaces = ['  ', '\t', ' \u00a0', ' '];
  const variants: string[] = [];
  for (const h of HEADINGS) {
    const words = h.title.split(' ');
    for (let k = 0; k < 12; k++) {
      const ws = words.map((w, n) => (n === 0 && random() < 0.5 ? w : respell(w)));
      const cut = Math.floor(random() * words.length);
      const blank = '\n'.repeat(Math.floor(random() * 4));
      const lead = pick(['', ' ', '\t', '\f']);
      const sep = () => (random() < 0.3 ? pick(spaces) : ' ');
      const first = ws.slice(0, cut || words.length).join(sep());
      const rest = cut ? `\n${blank}${ws.slice(cut).join(sep())}` : '';
      const after = h.labelled && random() < 0.4 ? ` Norco 10/325mg #${k}` : pick(['', ' ', ' x']);
      variants.push(`Text before.\n${lead}${first}${rest}${after}\nText after.\n`);
    }
  }
  // Each title with only its first letter in capitals, and a labelled heading's line at 120 characters and at 121.
  for (const h of HEADINGS) variants.push(`${h.title[0]}${h.title.slice(1).toLowerCase()}\n`);
  for (const n of [120, 121]) variants.push(`ISSUE AT DISPUTE: ${'x'.repeat(n - 'ISSUE AT DISPUTE: '.length)}\n`);
  // Near misses: too short, too long, a lower-case start, a prefix alone, a title with a word more.
  variants.push('ISSU\n', `HOW THE IMR FINAL DETERMINATION WAS MADE ${'X'.repeat(80)}\n`, 'how the IMR final determination was made\n');
  variants.push(
    'CLINICAL CASE\n\n\n\nSUMMARY\n',
    'CLINICAL CASE\nREPORT\n',
    'CLINICAL\n',
    'IMR ISSUES, DECISIONS AND RATIONALES TODAY\n',
    'ISSUE AT DISPUTE:\n',
  );
  let headings = 0;
  for (const text of variants) {
    const lines = splitLines(text);
    for (let i = 0; i < lines.length; i++) {
      const got = headingAt(text, lines, i);
      const want = headingByDefinition(text, lines, i);
      if (want) headings++;
      assert.deepEqual(
        got && {
          title: got.title,
          span: got.span,
          nextLine: got.nextLine,
          ...(got.inlineBodyStart !== undefined ? { inlineBodyStart: got.inlineBodyStart } : {}),
        },
        want,
        `${JSON.stringify(text)} line ${i}`,
      );
    }
  }
  assert.ok(headings > HEADINGS.length * 6, `${headings} headings among the variants`);
});

test('a heading with a long run of spaces after it, before a long line, is still a heading', () => {
  const pad = ' '.repeat(100);
  const long = 'The Final Determination was based on decisions for the disputed items/services set forth below, '.repeat(2);
  const text = `CLINICAL CASE SUMMARY${pad}\n${long}\nIMR ISSUES, DECISIONS AND RATIONALES${pad}\n${long}\nNorco 10/325mg #120: Upheld\n`;
  const letter = parseLetter(text);
  assert.deepEqual(
    letter.sections.map((s) => [s.title, text.slice(s.headingSpan.start, s.headingSpan.end)]),
    [
      ['CLINICAL CASE SUMMARY', 'CLINICAL CASE SUMMARY'],
      ['IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS AND RATIONALES'],
    ],
  );
});

test('a section with nothing in it has an empty body where its next line starts, blank lines or not', () => {
  for (const gap of ['', '\n', '\n\n\n', '\n   \n\t\n']) {
    const text = `HOW THE IMR FINAL DETERMINATION WAS MADE\n${gap}CLINICAL CASE SUMMARY\nThe worker.\n`;
    const [first, second] = parseLetter(text).sections;
    const next = text.indexOf('\n') + 1;
    assert.deepEqual(first.bodySpan, { start: next, end: next }, JSON.stringify(gap));
    assert.equal(second.title, 'CLINICAL CASE SUMMARY');
  }
});
