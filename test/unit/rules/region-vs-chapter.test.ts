// region-vs-chapter: the regions a request names against the body-region chapters on its MAXIMUS line; the
// finding at the first such chapter, naming the regions on both sides, and pointing at the request and at any
// chapter of the request's region that the Claims Administrator's line cites.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES, type Problem } from '../../../server/src/rules';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir } from '../../helpers/letters';

const rule = 'region-vs-chapter';
const only = RULES.filter((r) => r.name === rule);
const found = (text: string): Problem[] => lint(parseLetter(text), only);

/** A one-item letter; a guideline line left undefined is left out. */
function letterOf(header: string, maximus: string | undefined, ca?: string): string {
  return (
    'IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n' +
    `${header}: Upheld\n` +
    (ca === undefined ? '' : `Claims Administrator guideline: ${ca}\n`) +
    (maximus === undefined ? '' : `MAXIMUS guideline: ${maximus}\n`) +
    'Decision rationale: The request is not medically necessary.\n'
  );
}
/** A guideline line citing each chapter ("Non-MTUS Citation ..." as written). */
const line = (...chapters: string[]) =>
  chapters
    .map((c) => (c.startsWith('Non-MTUS') ? `Decision based on ${c}.` : `Decision based on MTUS ${c}, Section(s): Special Studies.`))
    .join(' ');

/** Each finding as its message, the text at its span, and its related places as [message, text]. */
function described(text: string) {
  return found(text).map((p) => ({
    message: p.message,
    at: text.slice(p.span.start, p.span.end),
    level: p.level,
    fixes: p.fixes,
    related: p.related?.map((r) => [r.message, text.slice(r.span.start, r.span.end)]),
  }));
}

test("region-vs-chapter: the finding names the request's region and the chapter's, at the chapter, pointing at the request and the Claims Administrator's chapter of that region", () => {
  const text = letterOf(
    'MRI of the left knee',
    line('Low Back Complaints 2004'),
    line('Chronic Pain Medical Treatment 2009', 'Knee Complaints 2004'),
  );
  assert.deepEqual(described(text), [
    {
      message: 'The request is for the knee, but "Low Back Complaints" is about the low back (lumbar spine).',
      at: 'Low Back Complaints',
      level: 'warning',
      fixes: undefined,
      related: [
        ['the requested item', 'MRI of the left knee'],
        ['the Claims Administrator cites Knee Complaints', 'Knee Complaints'],
      ],
    },
  ]);
});

test('region-vs-chapter: two regions named, several body-region chapters cited after a neutral one: the first regional chapter is reported and the others summed up', () => {
  const text = letterOf(
    'MRI of the left knee and ankle',
    line('Chronic Pain Medical Treatment 2016', 'Shoulder Complaints 2004', 'Low Back Complaints 2004'),
    line('Low Back Complaints 2004', 'Ankle and Foot Complaints 2004', 'Non-MTUS Citation ODG Knee'),
  );
  assert.deepEqual(described(text), [
    {
      message:
        'The request is for the knee and ankle or foot, but "Shoulder Complaints" is about the shoulder, as are the other body-region chapters cited.',
      at: 'Shoulder Complaints',
      level: 'warning',
      fixes: undefined,
      related: [
        ['the requested item', 'MRI of the left knee and ankle'],
        ['the Claims Administrator cites Ankle and Foot Complaints', 'Ankle and Foot Complaints'],
      ],
    },
  ]);
  // The first region of a chapter that covers two is the one named: Neck and Upper Back is about the neck.
  const neck = letterOf('Right shoulder arthroscopy', line('Neck and Upper Back Complaints 2004'));
  assert.deepEqual(
    found(neck).map((p) => p.message),
    ['The request is for the shoulder, but "Neck and Upper Back Complaints" is about the neck (cervical spine).'],
  );
});

test('region-vs-chapter: no Claims Administrator line, one that cites no evidence, or cites only other regions: only the request is related', () => {
  for (const ca of [
    undefined,
    'The Claims Administrator did not cite any medical evidence for its decision.',
    line('Low Back Complaints 2004', 'Chronic Pain Medical Treatment 2009'),
    line('Non-MTUS Citation ODG Knee Complaints'),
  ]) {
    const text = letterOf('MRI of the left knee', line('Low Back Complaints 2004'), ca);
    assert.deepEqual(
      described(text).map((d) => d.related),
      [[['the requested item', 'MRI of the left knee']]],
      String(ca),
    );
  }
});

test('region-vs-chapter: silent without a MAXIMUS line, without a region in the request, without a body-region MTUS chapter, or with one of the region among them', () => {
  assert.deepEqual(found(letterOf('MRI of the left knee', undefined, line('Low Back Complaints 2004'))), []);
  assert.deepEqual(found(letterOf('MRI', line('Low Back Complaints 2004'))), []);
  assert.deepEqual(found(letterOf('MRI of the left knee', line('Chronic Pain Medical Treatment 2016'))), []);
  // A Non-MTUS citation naming another region's chapter is not a body-region MTUS chapter.
  assert.deepEqual(found(letterOf('MRI of the left knee', line('Non-MTUS Citation ODG Low Back Complaints'))), []);
  assert.deepEqual(
    found(letterOf('MRI of the left knee', line('Chronic Pain Medical Treatment 2016', 'Non-MTUS Citation ODG Low Back'))),
    [],
  );
  // Any chapter of a region named is enough, first or last; for any of the regions named.
  assert.deepEqual(found(letterOf('MRI of the left knee', line('Knee Complaints 2004', 'Low Back Complaints 2004'))), []);
  assert.deepEqual(found(letterOf('MRI of the left knee', line('Low Back Complaints 2004', 'Knee Complaints 2004'))), []);
  assert.deepEqual(found(letterOf('MRI of the lumbar spine and knee', line('Knee Complaints 2004'))), []);
  assert.deepEqual(found(letterOf('MRI of the lumbar spine and knee', line('Low Back Complaints 2004'))), []);
  // Low Back covers the thoracic spine as its second region.
  assert.deepEqual(found(letterOf('MRI of the thoracic spine', line('Low Back Complaints 2004'))), []);
  // The reported item is the one with the defect; a clean item beside it is not reported.
  const two =
    letterOf('MRI of the left knee', line('Knee Complaints 2004')) +
    'MRI of the right knee: Upheld\nMAXIMUS guideline: ' +
    line('Elbow Complaints 2007') +
    '\nDecision rationale: The request is not medically necessary.\n';
  const ps = found(two);
  assert.equal(parseLetter(two).items.length, 2);
  assert.deepEqual(
    ps.map((p) => two.slice(p.span.start, p.span.end)),
    ['Elbow Complaints'],
  );
  assert.ok(ps[0].span.start > parseLetter(two).items[1].span.start);
});

test("region-vs-chapter: CM17-0001064, a knee MRI decided on Low Back Complaints with Knee Complaints on the Claims Administrator's line", () => {
  const file = join(corpusDir(), 'letters', 'CM17-0001064.txt');
  if (!existsSync(file)) return;
  const l = { text: readFileSync(file, 'utf8') };
  const letter = parseLetter(l.text);
  const ps = found(l.text);
  assert.equal(ps.length, 1);
  const item = letter.items[0];
  assert.equal(l.text.slice(ps[0].span.start, ps[0].span.end), 'Low Back Complaints');
  assert.ok(ps[0].span.start >= item.maximus!.span.start && ps[0].span.end <= item.maximus!.span.end);
  assert.deepEqual(
    ps[0].related?.map((r) => [r.message, l.text.slice(r.span.start, r.span.end)]),
    [
      ['the requested item', item.request.text],
      ['the Claims Administrator cites Knee Complaints', 'Knee Complaints'],
    ],
  );
  assert.match(ps[0].message, /^The request is for the knee, but "Low Back Complaints" is about the low back \(lumbar spine\)\.$/);
});
