// body-part-mismatch: on every real letter, on rationales moved to another body part in many real letters,
// and on the shapes it must leave alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { partsDiscussed, partsInstead, partsNamed, sidedParts } from '../../server/src/letter/bodyParts';
import { lint, RULES, type Problem } from '../../server/src/rules';
import { corpusLetters, minimumFor } from '../helpers/letters';

const RULE = 'body-part-mismatch';
const findings = (text: string): Problem[] => lint(parseLetter(text), RULES).filter((p) => p.rule === RULE);
const letters = corpusLetters();

test('body parts named by a request, discussed by a rationale, and sides', () => {
  assert.deepEqual(partsNamed('MRI of the cervical and thoracic spine'), ['cervical spine', 'thoracic spine']);
  assert.deepEqual(partsNamed('Norco 10/325mg #120'), []);
  assert.deepEqual(partsDiscussed('Facet arthropathy at L4-5 and a torn meniscus.'), ['lumbar spine', 'knee']);
  assert.deepEqual(
    sidedParts('pain in the right\nknee and the left upper extremity, bilateral shoulders').map((s) => `${s.side} ${s.part}`),
    ['right knee', 'bilateral shoulder'],
  );
  // The issue's own example: the cervical and thoracic spine requested, the lumbar spine discussed.
  assert.deepEqual(
    partsInstead(
      ['cervical spine', 'thoracic spine'],
      'The clinical information indicated the patient complained of continued pain of the lumbar spine.',
    ),
    ['lumbar spine'],
  );
  // Left alone: a requested part named anywhere; a study's sentence; neurology of the legs for a lumbar request; a neighbour.
  assert.deepEqual(partsInstead(['cervical spine'], 'The patient complained of lumbar pain. An MRI of the neck was done.'), []);
  assert.deepEqual(
    partsInstead(['foot'], 'A small study found improvement in chronic refractory patellar tendinopathy. The patient has not had an exam.'),
    [],
  );
  assert.deepEqual(partsInstead(['lumbar spine'], 'The patient had no neurological deficits in the lower extremities or the legs.'), []);
  assert.deepEqual(partsInstead(['leg'], 'The patient underwent fixation of the ankle.'), []);
  assert.deepEqual(
    partsInstead(['knee'], 'The patient complained of neck pain.'),
    [],
    'a joint request against a spine discussion is not comparable',
  );
  // The requested part named only by the guideline and the request's restatement does not count.
  const elbow =
    'The request is for a MRI of the Elbow. Guidelines state that MRI of the elbow is usually not necessary. The patient does not meet criteria for a shoulder MRI.';
  assert.deepEqual(partsInstead(['elbow'], elbow), ['shoulder']);
  assert.deepEqual(partsInstead(['elbow'], elbow + ' The patient has lateral elbow pain.'), []);
});

test('on the corpus: exactly two findings, both real, in both extractions', () => {
  const got: string[] = [];
  for (const l of letters) for (const p of findings(l.text)) got.push(`${l.id} ${p.level} ${l.text.slice(p.span.start, p.span.end)}`);
  const expected = [
    // The hand whose side the rationale contradicts.
    'CM17-0006912.txt information PT/OT 18 sessions left hand, right lower leg is: Upheld',
    // An elbow MRI decided on "criteria for a shoulder MRI".
    'CM16-0242302.txt information MRI without contrast of the right elbow: Upheld',
  ]
    .flatMap((e) => ['letters', 'letters-layout'].map((sub) => `${sub}/${e}`))
    .filter((e) => letters.some((l) => l.id === e.split(' ')[0]));
  assert.deepEqual(got.map((g) => g.replace(/\s+/g, ' ')).sort(), expected.sort());
});

test('injected: a rationale moved to another spine region or joint is reported on its item, in many real letters', () => {
  let mutated = 0;
  // The region's words and its anatomy ("low back", "L4-5", "neck", "C5-6", "meniscus") all move.
  const MOVES: Record<string, { words: RegExp; to: string; part: string }> = {
    lumbar: {
      words: /\b(?:lumbar|lumbosacral|low(?:er)? back|L[1-5] ?- ?(?:L?[1-5]|S1)|sciatica)\b/gi,
      to: 'cervical',
      part: 'cervical spine',
    },
    cervical: { words: /\b(?:cervical|neck|C[1-7] ?- ?(?:C?[1-7]|T1))\b/gi, to: 'lumbar', part: 'lumbar spine' },
    knee: { words: /\b(?:knees?|menisc\w*|patell\w*|ACL)\b/gi, to: 'shoulder', part: 'shoulder' },
    shoulder: { words: /\b(?:shoulders?|rotator cuff|acromio\w*|glenohumeral|subacromial)\b/gi, to: 'knee', part: 'knee' },
  };
  for (const l of letters) {
    const letter = parseLetter(l.text);
    const before = findings(l.text);
    for (const item of letter.items) {
      const m = /\b(lumbar|cervical|knee|shoulder)\b/i.exec(item.request.text);
      const rationale = item.rationale?.body;
      if (!m || !rationale || before.some((p) => p.span.start >= item.span.start && p.span.start < item.span.end)) continue;
      const move = MOVES[m[1].toLowerCase()];
      // As a rationale copied from another item reads: "the patient complained of continued pain of the <other part>".
      const moved =
        `The clinical information indicated the patient complained of continued pain of the ${move.to}. ` +
        l.text.slice(rationale.span.start, rationale.span.end).replace(move.words, move.to);
      // Only rationales that now name none of the request's parts (no anatomy of theirs is left, no neighbour).
      if (!partsInstead(partsNamed(item.request.text), moved.replace(/\s+/g, ' ')).length) continue;
      const text = l.text.slice(0, rationale.span.start) + moved + l.text.slice(rationale.span.end);
      const got = findings(text).filter((p) => p.span.start >= item.span.start && p.span.start < rationale.span.start);
      assert.equal(got.length, 1, `${l.id} item ${item.index}`);
      assert.match(got[0].message, new RegExp(move.part));
      mutated++;
    }
  }
  assert.ok(mutated >= minimumFor(80, letters), `only ${mutated} rationales moved`);
});

const small = (request: string, rationale: string): string =>
  [
    'IMR ISSUES, DECISIONS AND RATIONALES',
    `${request}: Upheld`,
    'Claims Administrator guideline: Decision based on MTUS Knee Complaints 2004.',
    'MAXIMUS guideline: Decision based on MTUS Knee Complaints 2004.',
    `Decision rationale: ${rationale} The request is not medically necessary.`,
    '',
  ].join('\n');

test('sides: the other side only is reported; the same side, bilateral, or no side is not', () => {
  const f = (request: string, rationale: string): string[] => findings(small(request, rationale)).map((p) => p.message);
  assert.equal(f('MRI of the left knee', 'The patient has right knee pain.').length, 1);
  assert.deepEqual(f('MRI of the left knee', 'The patient has right knee pain and left knee swelling.'), []);
  assert.deepEqual(f('MRI of the left knee', 'The patient has bilateral knee pain.'), []);
  assert.deepEqual(f('MRI of the left knee', 'The patient has knee pain.'), []);
  assert.deepEqual(f('MRI of the bilateral knees', 'The patient has right knee pain.'), []);
  assert.equal(f('MRI of the knee', 'The patient complained of hip pain.').length, 1);
  assert.deepEqual(f('MRI', 'The patient complained of hip pain.'), []);
  assert.deepEqual(findings(''), []);
});

test('messages name every part, say whether the rationale names the request at all, and point at the rationale', () => {
  const one = (request: string, rationale: string): Problem => {
    const text = small(request, rationale);
    const got = findings(text);
    assert.equal(got.length, 1, `${request}: ${rationale}`);
    const p = got[0];
    // Reported on the item's heading line, with the rationale's label as the related place.
    assert.equal(text.slice(p.span.start, p.span.end), `${request}: Upheld`);
    assert.deepEqual(
      p.related?.map((r) => [text.slice(r.span.start, r.span.end), r.message]),
      [['Decision rationale:', 'Decision rationale']],
    );
    return p;
  };
  assert.equal(
    one('MRI of the knee', 'The patient complained of hip pain.').message,
    "The item is for the knee, but its rationale discusses the worker's hip, and never the knee.",
  );
  // Two and three parts are listed with commas and a last "and", in the order of the table of parts.
  assert.equal(
    one('MRI of the cervical and thoracic spine', 'The patient complained of continued pain of the lumbar spine.').message,
    "The item is for the cervical spine and thoracic spine, but its rationale discusses the worker's lumbar spine, and never the cervical spine and thoracic spine.",
  );
  assert.equal(
    one('MRI of the knee', 'The patient complained of hip, elbow and shoulder pain.').message,
    "The item is for the knee, but its rationale discusses the worker's shoulder, elbow and hip, and never the knee.",
  );
  // The request named only where a guideline is quoted: said so, not "never".
  assert.equal(
    one(
      'MRI of the right elbow',
      'The request is for a MRI of the Elbow. Guidelines state that MRI of the elbow is usually not necessary. The patient does not meet criteria for a shoulder MRI.',
    ).message,
    "The item is for the elbow, but its rationale discusses the worker's shoulder, and names the elbow only where it quotes a guideline or restates the request.",
  );
  // The other side: the rationale's words for the part, in lower case, each once.
  assert.equal(
    one('MRI of the left knee', 'The patient has Right Knee pain. The right knee is swollen.').message,
    'The item is for the left knee, but its rationale speaks only of the right knee.',
  );
  assert.equal(
    one('MRI of the left knee and right shoulder', 'The patient has right knee pain and right shoulder pain.').message,
    'The item is for the left knee, but its rationale speaks only of the right knee.',
  );
});

test('an item without a request or a rationale is not read', () => {
  const noRationale = small('MRI of the knee', 'x').replace(/Decision rationale: .*\n/, '');
  assert.deepEqual(findings(noRationale), []);
  assert.deepEqual(findings(small(' ', 'The patient complained of hip pain.')), []);
});

test('body-part-mismatch: the message says whether the requested parts are named only where a guideline is quoted, for two parts named', () => {
  const message = (request: string, rationale: string): string[] => findings(small(request, rationale)).map((p) => p.message);
  // One of the two parts named by a guideline's words, the other nowhere: the parts are named only there.
  assert.deepEqual(message('MRI of the knee and ankle', 'Guidelines address knee imaging. The patient reports shoulder pain.'), [
    "The item is for the knee and ankle, but its rationale discusses the worker's shoulder, and names the knee and ankle only where it quotes a guideline or restates the request.",
  ]);
  assert.deepEqual(message('MRI of the knee and ankle', 'The patient reports shoulder pain.'), [
    "The item is for the knee and ankle, but its rationale discusses the worker's shoulder, and never the knee and ankle.",
  ]);
});
