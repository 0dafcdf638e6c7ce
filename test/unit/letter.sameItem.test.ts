// Whether an item parsed again is the item parsed before, moved (server/src/letter/sameItem.ts), one part at a
// time: an item equals its copy moved by the same length, and differs from it as soon as any one of its parts
// differs (a span by one, a text, an outcome's meaning, a field's kind, which field is the rationale), or the
// edit overlaps it by one character.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, sameItemMoved, type Field, type Item, type Span, type TextPart } from '../../server/src/letter';

const LETTER = `IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
Norco 10/325mg #120 was the original request. Norco 10/325mg #60 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, Norco 10/325mg #60 is: Upheld
Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009.
MAXIMUS guideline: Decision based on Non-MTUS Citation ODG.
Decision rationale: No functional improvement is documented. The request is not medically necessary.
Physical therapy 12 sessions: Overturned
Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.
MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.
Decision rationale: Therapy is indicated. The request is medically necessary.
`;
const [partial, plain] = parseLetter(LETTER).items;
const D = 7;

const mv = (s: Span, d = D): Span => ({ start: s.start + d, end: s.end + d });
const mvPart = (p: TextPart, d = D): TextPart => ({ text: p.text, span: mv(p.span, d) });
const mvField = (f: Field, d = D): Field => ({ ...f, label: mvPart(f.label, d), body: mvPart(f.body, d), span: mv(f.span, d) });

/** `y` moved by `d`, as a parse of the moved text would give it (its named fields among its own fields). */
function moved(y: Item, d = D): Item {
  const fields = y.fields.map((f) => mvField(f, d));
  const named = (f: Field | undefined) => (f ? fields[y.fields.indexOf(f)] : undefined);
  const header = mvPart(y.header, d);
  return {
    ...y,
    span: mv(y.span, d),
    header,
    request: y.request === y.header ? header : mvPart(y.request, d),
    outcome: y.outcome && { ...y.outcome, span: mv(y.outcome.span, d) },
    outcomeSlot: y.outcomeSlot + d,
    partial: y.partial && {
      form: y.partial.form,
      original: y.partial.original && mvPart(y.partial.original, d),
      authorized: y.partial.authorized && mvPart(y.partial.authorized, d),
      remaining: y.partial.remaining && mvPart(y.partial.remaining, d),
    },
    fields,
    claimsAdministrator: named(y.claimsAdministrator) as Item['claimsAdministrator'],
    maximus: named(y.maximus) as Item['maximus'],
    rationale: named(y.rationale) as Item['rationale'],
  };
}

const longer = (s: Span): Span => ({ start: s.start, end: s.end + 1 });
const later = (s: Span): Span => ({ start: s.start + 1, end: s.end });
const reworded = (p: TextPart): TextPart => ({ ...p, text: `${p.text}x` });

test('an item equals itself and its copy moved by the same length, not by another', () => {
  for (const y of [partial, plain]) {
    assert.ok(sameItemMoved(y, y, 0));
    assert.ok(sameItemMoved(moved(y), y, D));
    assert.ok(sameItemMoved(moved(y, -3), y, -3));
    assert.ok(!sameItemMoved(moved(y), y, D - 1));
    assert.ok(!sameItemMoved(moved(y), y, D + 1));
    assert.ok(!sameItemMoved(undefined, y, 0));
  }
  assert.ok(partial.partial && partial.request !== partial.header, 'the first item is partly authorised');
  assert.ok(!plain.partial && plain.outcome?.meaning === 'Overturned');
});

test('an item differs from its moved copy when any one part differs', () => {
  const y = partial;
  const x = moved(y);
  const o = x.outcome!;
  const p = x.partial!;
  const [ca, maximus, rationale] = x.fields;
  // The field replaced where the item names it too, so that only the field's own part differs.
  const withField = (k: number, f: Field): Partial<Item> => {
    const fields = x.fields.map((g, i) => (i === k ? f : g));
    const named = <T>(g: T): T => (g === (x.fields[k] as unknown) ? (f as unknown as T) : g);
    return { fields, claimsAdministrator: named(x.claimsAdministrator), maximus: named(x.maximus), rationale: named(x.rationale) };
  };
  const variants: [string, Partial<Item>][] = [
    ['span end', { span: longer(x.span) }],
    ['span start', { span: later(x.span) }],
    ['header text', { header: reworded(x.header), request: x.request }],
    ['header span end', { header: { ...x.header, span: longer(x.header.span) } }],
    ['header span start', { header: { ...x.header, span: later(x.header.span) } }],
    ['request text', { request: reworded(x.request) }],
    ['request span', { request: { ...x.request, span: longer(x.request.span) } }],
    ['request is the header', { request: x.header }],
    ['outcome slot', { outcomeSlot: x.outcomeSlot + 1 }],
    ['no outcome', { outcome: undefined }],
    ['outcome text', { outcome: { ...o, text: 'Upheld.' } }],
    ['outcome meaning', { outcome: { ...o, meaning: 'Overturned' } }],
    ['outcome validity', { outcome: { ...o, valid: false } }],
    ['outcome span', { outcome: { ...o, span: longer(o.span) } }],
    ['no partial', { partial: undefined }],
    ['partial form', { partial: { ...p, form: 'leaving-eligible' } }],
    ['no original', { partial: { ...p, original: undefined } }],
    ['original text', { partial: { ...p, original: reworded(p.original!) } }],
    ['original span', { partial: { ...p, original: { ...p.original!, span: longer(p.original!.span) } } }],
    ['no authorized', { partial: { ...p, authorized: undefined } }],
    ['authorized text', { partial: { ...p, authorized: reworded(p.authorized!) } }],
    ['no remaining', { partial: { ...p, remaining: undefined } }],
    ['remaining span', { partial: { ...p, remaining: { ...p.remaining!, span: later(p.remaining!.span) } } }],
    ['one field fewer', { fields: x.fields.slice(0, 2) }],
    ['one field more', { fields: [...x.fields, { ...rationale }] }],
    ['field kind', withField(0, { ...ca, kind: 'maximus' })],
    ['field label text', withField(1, { ...maximus, label: reworded(maximus.label) })],
    ['field label span', withField(1, { ...maximus, label: { ...maximus.label, span: longer(maximus.label.span) } })],
    ['field body span', withField(2, { ...rationale, body: { ...rationale.body, span: longer(rationale.body.span) } })],
    ['field span', withField(2, { ...rationale, span: longer(rationale.span) })],
    ['no Claims Administrator field named', { claimsAdministrator: undefined }],
    ['no MAXIMUS field named', { maximus: undefined }],
    ['no rationale named', { rationale: undefined }],
    ['another field named as the Claims Administrator guideline', { claimsAdministrator: maximus as Item['claimsAdministrator'] }],
    ['another field named as the MAXIMUS guideline', { maximus: ca as Item['maximus'] }],
    ['another field named as the rationale', { rationale: ca as unknown as Item['rationale'] }],
  ];
  const same = variants.filter(([, change]) => sameItemMoved({ ...x, ...change }, y, D)).map(([what]) => what);
  assert.deepEqual(same, []);
  // An item without a header, whose request is its header: a request equal to the header but another part is not it.
  const headerless = parseLetter(`${LETTER}${LETTER.split('\n').slice(-4).join('\n')}`).items.find((i) => i.request === i.header)!;
  assert.ok(headerless && headerless.header.text === '', 'an item without a header');
  const hx = moved(headerless);
  assert.ok(sameItemMoved(hx, headerless, D));
  assert.ok(!sameItemMoved({ ...hx, request: { ...hx.header } }, headerless, D), 'the request a copy of the header');
  assert.ok(!sameItemMoved(moved(plain), { ...plain, request: plain.header }, D), 'the old request its header, the new one not');
  // And the other way round: the old item lacks what the new one has.
  const bare = { ...y, outcome: undefined, partial: undefined, claimsAdministrator: undefined };
  assert.ok(!sameItemMoved(moved(y), bare, D), 'the old item lacks an outcome, a partial and a named field');
  assert.ok(!sameItemMoved(moved(y), { ...y, outcome: undefined }, D), 'the old item lacks an outcome');
  assert.ok(!sameItemMoved(moved(y), { ...y, partial: undefined }, D), 'the old item lacks a partial');
  assert.ok(!sameItemMoved(moved(y), { ...y, partial: { ...y.partial!, original: undefined } }, D), 'the old partial lacks its original');
  assert.ok(!sameItemMoved(moved(y), { ...y, rationale: undefined }, D), 'the old item names no rationale');
  // Both lacking the same part are the same.
  assert.ok(sameItemMoved({ ...moved(y), outcome: undefined }, { ...y, outcome: undefined }, D));
  assert.ok(sameItemMoved({ ...moved(y), partial: undefined }, { ...y, partial: undefined }, D));
  assert.ok(sameItemMoved({ ...moved(y), maximus: undefined }, { ...y, maximus: undefined }, D));
  const q = moved(y).partial!;
  assert.ok(
    sameItemMoved(
      { ...moved(y), partial: { ...q, authorized: undefined } },
      { ...y, partial: { ...y.partial!, authorized: undefined } },
      D,
    ),
  );
});

test('an edit overlapping the item by one character makes it another; one touching its edges does not', () => {
  const x = moved(plain);
  const { start, end } = x.span;
  assert.ok(sameItemMoved(x, plain, D, { start: end, end: end + 5 }), 'an edit right after the item');
  assert.ok(sameItemMoved(x, plain, D, { start: start - 5, end: start }), 'an edit right before it');
  assert.ok(!sameItemMoved(x, plain, D, { start: end - 1, end: end + 5 }), 'an edit over its last character');
  assert.ok(!sameItemMoved(x, plain, D, { start: start - 5, end: start + 1 }), 'an edit over its first character');
  assert.ok(!sameItemMoved(x, plain, D, { start: start + 3, end: start + 3 + 1 }), 'an edit inside it');
  assert.ok(sameItemMoved(x, plain, D, { start: end + 1, end: end + 1 }), 'an insertion after it');
});
