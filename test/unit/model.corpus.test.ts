// The letter model on every real letter: item counts and outcome order as expected, every range inside
// the document, every item with its three fields, citations and a conclusion that agrees with the outcome.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type Letter, type Span } from '../../server/src/letter';
import { allRealLetters, corpusLetters, seedLetters } from '../helpers/letters';

const letters = allRealLetters();

function spans(letter: Letter): Span[] {
  const out: Span[] = [];
  if (letter.header)
    out.push(letter.header.span, ...letter.header.fields.flatMap((f) => (f.value ? [f.label.span, f.value.span] : [f.label.span])));
  for (const s of letter.sections) out.push(s.span, s.headingSpan, s.bodySpan);
  for (const i of letter.items) {
    out.push(i.span, i.header.span, i.request.span);
    if (i.outcome) out.push(i.outcome.span);
    for (const f of i.fields) out.push(f.span, f.label.span, f.body.span);
  }
  return out;
}

test('the corpus is there (146 letters in two extractions, or the fixture copies)', () => {
  const n = corpusLetters().length;
  assert.ok(n === 292 || (n >= 16 && n % 2 === 0), `found ${n} corpus letters`);
  assert.equal(seedLetters().length, 5);
});

test('item count and outcome order equal expected-outcomes.json for every real letter', () => {
  const wrong: string[] = [];
  for (const l of letters) {
    const got = parseLetter(l.text).items.map((i) => i.outcome?.text ?? '(none)');
    if (JSON.stringify(got) !== JSON.stringify(l.outcomes)) wrong.push(`${l.id}: got ${got.join(',')} expected ${l.outcomes.join(',')}`);
  }
  assert.deepEqual(wrong, []);
});

test('every item has its three fields, a request name and a conclusion that agrees with its outcome', () => {
  const wrong: string[] = [];
  for (const l of letters) {
    for (const item of parseLetter(l.text).items) {
      const where = `${l.id} item ${item.index + 1}`;
      if (!item.claimsAdministrator || !item.maximus || !item.rationale) wrong.push(`${where}: missing field`);
      if (!item.request.text || /\b(?:Upheld|Overturned)\b/.test(item.request.text)) wrong.push(`${where}: request "${item.request.text}"`);
      if (/medically necessary/.test(item.request.text)) wrong.push(`${where}: request swallowed rationale text`);
      const c = item.rationale?.conclusion;
      if (!c) wrong.push(`${where}: no conclusion`);
      else if ((c.kind === 'notNecessary') !== (item.outcome?.text === 'Upheld'))
        wrong.push(`${where}: ${item.outcome?.text} but "${c.sentence.text}"`);
      for (const f of [item.claimsAdministrator, item.maximus])
        if (f && f.citations.length === 0) wrong.push(`${where}: no citation in ${f.label.text}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('every span lies inside the document and is well formed', () => {
  for (const l of letters) {
    const letter = parseLetter(l.text);
    for (const s of spans(letter)) {
      assert.ok(s.start >= 0 && s.start <= s.end && s.end <= l.text.length, `${l.id}: bad span ${JSON.stringify(s)}`);
    }
  }
});

test('the default extraction and the layout extraction give the same items and request names', () => {
  const byName = new Map<string, string[][]>();
  for (const l of corpusLetters()) {
    const name = l.id.split('/')[1];
    const items = parseLetter(l.text).items.map((i) => [i.request.text, i.outcome?.text ?? '']);
    byName.set(name, [...(byName.get(name) ?? []), items.map((x) => x.join(' => '))]);
  }
  const differ = [...byName]
    .filter(([, v]) => v.length === 2 && JSON.stringify(v[0]) !== JSON.stringify(v[1]))
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  assert.deepEqual(differ, []);
});

test('header fields are parsed in both pdftotext layouts', () => {
  for (const l of corpusLetters()) {
    const h = parseLetter(l.text).header;
    assert.ok(h, `${l.id}: no header`);
    const get = (k: string) => h.fields.find((f) => f.key === k)?.value?.text;
    assert.match(get('caseNumber') ?? '', /^CM1[67]-\d{7}$/, `${l.id}: case number`);
    assert.match(get('priority') ?? '', /^(Standard|Expedited)$/, `${l.id}: priority`);
    for (const k of ['dateAssigned', 'decisionDate', 'dateOfInjury', 'urDenialDate', 'applicationReceived']) {
      assert.match(get(k) ?? '', /^\d{2}\/\d{2}\/\d{4}$/, `${l.id}: ${k}`);
    }
  }
});

test('sections of format 1 letters are found, in order', () => {
  for (const l of corpusLetters()) {
    const letter = parseLetter(l.text);
    assert.equal(letter.format, 'format1', l.id);
    assert.deepEqual(
      letter.sections.map((s) => s.kind),
      ['determination', 'caseSummary', 'issues'],
      l.id,
    );
  }
});
