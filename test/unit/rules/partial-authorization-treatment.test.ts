// partial-authorization-treatment: in "X was the original request. Y was authorized ... The remaining ... Z",
// each of Y and Z that names a therapy X does not is reported at that part, naming the therapies on both sides.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';

const rule = 'partial-authorization-treatment';

/** A small letter of one item: the decisions section and the item (as oneItemLetter in ./inject, without loading the corpus). */
function oneItemLetter(header: string, opts: { rationale?: string } = {}): string {
  return `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${header}: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nDecision rationale: ${opts.rationale ?? 'The request is not medically necessary.'}\n`;
}
const only = RULES.filter((r) => r.name === rule);
const partialHeader = (original: string, authorized: string, remaining: string) =>
  `${original} was the original request. ${authorized} was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, ${remaining}`;

/** Each finding of the one-item letter with `header`: message, the text at its span, its related places. */
function described(header: string) {
  const text = oneItemLetter(header);
  return lint(parseLetter(text), only).map((p) => ({
    message: p.message,
    at: text.slice(p.span.start, p.span.end),
    level: p.level,
    fixes: p.fixes,
    related: p.related?.map((r) => [r.message, text.slice(r.span.start, r.span.end)]),
  }));
}

test('partial-authorization-treatment: both parts naming other therapies are reported, each at its part, naming every therapy on both sides', () => {
  const original = 'Physical therapy and chiropractic 8 sessions';
  assert.deepEqual(described(partialHeader(original, 'Acupuncture and massage 2 sessions', 'PT/OT 6 sessions')), [
    {
      message: 'The authorised part names acupuncture and massage, but the original request is for physical therapy and chiropractic.',
      at: 'Acupuncture and massage 2 sessions',
      level: 'warning',
      fixes: undefined,
      related: [['the original request', original]],
    },
    {
      // PT/OT is physical and occupational therapy: only the one not requested is named.
      message: 'The remaining part names occupational therapy, but the original request is for physical therapy and chiropractic.',
      at: 'PT/OT 6 sessions',
      level: 'warning',
      fixes: undefined,
      related: [['the original request', original]],
    },
  ]);
});

test('partial-authorization-treatment: one part of another therapy is reported alone; the other part, of the same therapy, is not', () => {
  assert.deepEqual(
    described(partialHeader('Physical therapy 8 sessions', 'Physical therapy 2 sessions', 'Aquatic therapy 6 sessions')).map((d) => [
      d.message,
      d.at,
    ]),
    [['The remaining part names aquatic therapy, but the original request is for physical therapy.', 'Aquatic therapy 6 sessions']],
  );
  assert.deepEqual(
    described(partialHeader('Acupuncture 8 sessions', 'Massage 2 sessions', 'Acupuncture 6 sessions')).map((d) => [d.message, d.at]),
    [['The authorised part names massage, but the original request is for acupuncture.', 'Massage 2 sessions']],
  );
  // A part that names no therapy at all ("2 sessions") names none that differs.
  assert.deepEqual(described(partialHeader('Acupuncture 8 sessions', '2 sessions', '6 sessions')), []);
});

test('partial-authorization-treatment: with no authorised part, the remaining part is still compared', () => {
  const header =
    'Physical therapy 8 sessions was the original request. The remaining IMR eligible portion of the original request, Occupational therapy 6 sessions';
  const p = parseLetter(oneItemLetter(header)).items[0].partial;
  assert.equal(p?.form, 'remaining');
  assert.equal(p?.authorized, undefined);
  assert.deepEqual(
    described(header).map((d) => [d.message, d.at, d.related]),
    [
      [
        'The remaining part names occupational therapy, but the original request is for physical therapy.',
        'Occupational therapy 6 sessions',
        [['the original request', 'Physical therapy 8 sessions']],
      ],
    ],
  );
});

test('partial-authorization-treatment: an original request that names no therapy, the alternative left eligible, or no partial header: nothing', () => {
  assert.deepEqual(described(partialHeader('Baclofen 100mg #30', 'Physical therapy 2 sessions', 'Occupational therapy 6 sessions')), []);
  const eligible =
    'The Claims Administrator authorized Occupational therapy 6 sessions, leaving the original request IMR eligible. The original request, Physical therapy 12 sessions is';
  assert.equal(parseLetter(oneItemLetter(eligible)).items[0].partial?.form, 'leaving-eligible');
  assert.deepEqual(described(eligible), []);
  assert.deepEqual(described('Physical therapy and occupational therapy 12 sessions'), []);
});
