// The fields whose citations and conclusion are parsed on first read (server/src/letter/fields.ts): what they say
// they have read, what they keep, and what they were given by a re-parse (read again as given, or moved on first
// read), on real letters and on fields made here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type GuidelineField, type RationaleField } from '../../server/src/letter';
import { citationsIfRead, conclusionIfRead, guidelineField, rationaleField } from '../../server/src/letter/fields';
import { corpusLetters } from '../helpers/letters';

const letters = corpusLetters().slice(0, 40);

test('a field of a parsed letter has read nothing until asked, then keeps what it read', () => {
  let guidelines = 0;
  let rationales = 0;
  for (const l of letters)
    for (const item of parseLetter(l.text).items)
      for (const field of item.fields) {
        if (field.kind === 'rationale') {
          const f = field as RationaleField;
          rationales++;
          assert.equal(conclusionIfRead(f), undefined, `${l.id}: conclusion not read yet`);
          const c = f.conclusion;
          assert.deepStrictEqual(conclusionIfRead(f), { from: c, d: 0 });
          assert.equal(f.conclusion, c, 'kept');
          assert.equal((f as unknown as { toJSON(): RationaleField }).toJSON().conclusion, c);
        } else {
          const f = field as GuidelineField;
          guidelines++;
          assert.equal(citationsIfRead(f), undefined, `${l.id}: citations not read yet`);
          const cs = f.citations;
          assert.ok(Array.isArray(cs));
          const read = citationsIfRead(f);
          assert.equal(read?.from, cs, 'the same list');
          assert.equal(read?.d, 0);
          assert.equal(f.citations, cs, 'kept');
          assert.equal((f as unknown as { toJSON(): GuidelineField }).toJSON().citations, cs);
        }
      }
  assert.ok(guidelines > 40 && rationales > 20, `${guidelines} guideline and ${rationales} rationale fields`);
});

/** A real field and the text around it, to make fields from. */
function realFields() {
  const l = letters.find(
    (x) => parseLetter(x.text).items[0]?.maximus?.citations.length && parseLetter(x.text).items[0]?.rationale?.conclusion,
  )!;
  assert.ok(l, 'a letter whose first item cites and concludes');
  const item = parseLetter(l.text).items[0];
  return { text: l.text, maximus: item.maximus!, rationale: item.rationale! };
}

test('a guideline field given its citations keeps them as they are, or moves them on first read', () => {
  const { text, maximus: m } = realFields();
  const make = (known?: { from: typeof m.citations; d: number }) =>
    guidelineField(text, m.kind, m.label, m.body, m.span, m.body.span.start, m.body.span.end, known);
  const given = make({ from: m.citations, d: 0 });
  assert.deepStrictEqual(citationsIfRead(given), { from: m.citations, d: 0 });
  assert.equal(given.citations, m.citations, 'the very list given, not a copy');
  const moved = make({ from: m.citations, d: 7 });
  assert.deepStrictEqual(citationsIfRead(moved), { from: m.citations, d: 7 }, 'still to be moved');
  assert.deepEqual(
    moved.citations.map((c) => c.span.start),
    m.citations.map((c) => c.span.start + 7),
  );
  assert.deepStrictEqual(citationsIfRead(moved), { from: moved.citations, d: 0 }, 'moved once read');
  const fresh = make();
  assert.equal(citationsIfRead(fresh), undefined);
  assert.deepEqual(JSON.parse(JSON.stringify(fresh.citations)), JSON.parse(JSON.stringify(m.citations)), 'parsed from the text');
  // A field made elsewhere (a plain object) has read its citations.
  const plain: GuidelineField = { kind: m.kind, label: m.label, body: m.body, span: m.span, citations: m.citations };
  assert.deepStrictEqual(citationsIfRead(plain), { from: m.citations, d: 0 });
});

test('a rationale field given its conclusion keeps it, or moves it on first read; one given none stays without one', () => {
  const { text, rationale: r } = realFields();
  const c = r.conclusion!;
  const make = (known?: { from: typeof c | undefined; d: number }) =>
    rationaleField(text, r.label, r.body, r.span, r.body.span.start, r.body.span.end, known);
  const given = make({ from: c, d: 0 });
  assert.deepStrictEqual(conclusionIfRead(given), { from: c, d: 0 });
  assert.equal(given.conclusion, c, 'the very conclusion given');
  const moved = make({ from: c, d: 5 });
  assert.deepStrictEqual(conclusionIfRead(moved), { from: c, d: 5 }, 'still to be moved');
  assert.equal(moved.conclusion?.sentence.span.start, c.sentence.span.start + 5);
  assert.deepStrictEqual(conclusionIfRead(moved), { from: moved.conclusion, d: 0 }, 'moved once read');
  // Known to have no conclusion: none, wherever it moved, without reading the text (which has one).
  for (const d of [0, 5]) {
    const none = make({ from: undefined, d });
    assert.deepStrictEqual(conclusionIfRead(none), { from: undefined, d: 0 }, `moved by ${d}`);
    assert.equal(none.conclusion, undefined);
  }
  const fresh = make();
  assert.equal(conclusionIfRead(fresh), undefined);
  assert.deepEqual(fresh.conclusion?.sentence.span, c.sentence.span, 'found in the text');
  const plain: RationaleField = { kind: 'rationale', label: r.label, body: r.body, span: r.span, conclusion: c };
  assert.deepStrictEqual(conclusionIfRead(plain), { from: c, d: 0 });
});
