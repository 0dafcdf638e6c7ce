// missing-conclusion: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, minimumFor } from '../../helpers/letters';
import { applyFix, check, splice, real, firstItem, oneItemLetter, reported } from './inject';

test('missing-conclusion: every deciding phrase of a rationale removed (fix appends one)', () => {
  const n = check(
    'missing-conclusion',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const r = item?.rationale;
      if (!r || !item.outcome?.valid) return undefined;
      const body = text
        .slice(r.body.span.start, r.body.span.end)
        .replace(/medical(?:ly)?[\s-]+(?:necessary|necessity|indicated|reasonable|appropriate)|\b(?:un|non-?)?necessary\b/gi, 'covered');
      return { text: splice(text, r.body.span.start, r.body.span.end, body), at: r.label.span.start };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

const REQUEST = 'Norco 10/325mg #120';
const STATES_NONE = (what: string) =>
  `The rationale for "${what}" states no conclusion ("... is medically necessary" or "... is not medically necessary").`;

function findings(text: string) {
  return reported('missing-conclusion', text).map((p) => ({
    message: p.message,
    level: p.level,
    at: text.slice(p.span.start, p.span.end),
    fixes: p.fixes?.map((f) => ({
      title: f.title,
      edits: f.edits.map((e) => ({ start: e.span.start, end: e.span.end, newText: e.newText })),
    })),
    due: p.due,
  }));
}

test('missing-conclusion: an upheld item without a conclusion: reported on the rationale line, the fix appends "is not medically necessary"', () => {
  const text = oneItemLetter(REQUEST, { rationale: 'Guidelines say things.' });
  const end = text.indexOf('Guidelines say things.') + 'Guidelines say things.'.length;
  const sentence = `The request for ${REQUEST} is not medically necessary.`;
  assert.deepEqual(findings(text), [
    {
      message: STATES_NONE(REQUEST),
      level: 'warning',
      at: 'Decision rationale: Guidelines say things.',
      fixes: [{ title: `Append "${sentence}"`, edits: [{ start: end, end, newText: ` ${sentence}` }] }],
      due: { at: end, what: 'the conclusion of the rationale', item: REQUEST },
    },
  ]);
  const fixed = applyFix(text, reported('missing-conclusion', text)[0]);
  assert.ok(fixed.includes(`Decision rationale: Guidelines say things. ${sentence}\n`));
  assert.deepEqual(findings(fixed), []);
});

test('missing-conclusion: an overturned item: the fix appends "is medically necessary"', () => {
  const text = oneItemLetter(REQUEST, { outcome: 'Overturned', rationale: 'Guidelines say things.' });
  const sentence = `The request for ${REQUEST} is medically necessary.`;
  const [f, ...rest] = findings(text);
  assert.deepEqual(rest, []);
  assert.equal(f.message, STATES_NONE(REQUEST));
  assert.deepEqual(
    f.fixes?.map((x) => [x.title, x.edits.map((e) => e.newText)]),
    [[`Append "${sentence}"`, [` ${sentence}`]]],
  );
  assert.deepEqual(findings(applyFix(text, reported('missing-conclusion', text)[0])), []);
});

test('missing-conclusion: without a valid outcome there is no conclusion to suggest, only the finding', () => {
  for (const outcome of ['Maybe', '']) {
    const text = oneItemLetter(REQUEST, { outcome, rationale: 'Guidelines say things.' });
    const end = text.indexOf('Guidelines say things.') + 'Guidelines say things.'.length;
    assert.deepEqual(findings(text), [
      {
        message: STATES_NONE(REQUEST),
        level: 'warning',
        at: 'Decision rationale: Guidelines say things.',
        fixes: undefined,
        due: { at: end, what: 'the conclusion of the rationale', item: REQUEST },
      },
    ]);
  }
  // An item with no request text is "this item".
  const blank = oneItemLetter('', { rationale: 'Guidelines say things.' });
  assert.deepEqual(
    findings(blank).map((f) => [f.message, f.due?.item]),
    [[STATES_NONE('this item'), '']],
  );
});

test('missing-conclusion: a concluding rationale, an empty one (being written) and a missing one are not reported', () => {
  assert.deepEqual(
    findings(oneItemLetter(REQUEST, { rationale: `Guidelines say things. The request for ${REQUEST} is not medically necessary.` })),
    [],
  );
  assert.deepEqual(findings(oneItemLetter(REQUEST, { rationale: '' })), []);
  assert.deepEqual(findings(oneItemLetter(REQUEST, { rationale: 'x' }).replace(/Decision rationale.*\n/, '')), []);
});

test('missing-conclusion: format 3: the shared rationale section is reported once, for the first item', () => {
  const f3 = readFileSync(join(FIXTURES, 'written', 'format3.imr'), 'utf8');
  const conclusion = 'The request for a lumbar epidural steroid injection at L4-L5 is\nmedically necessary.';
  assert.ok(f3.includes(conclusion));
  const ESI = 'Lumbar epidural steroid injection at L4-L5';
  const heading = 'RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT MEDICALLY NECESSARY:';
  const one = f3.replace(conclusion, 'Done.');
  const two = one.replace(`${ESI}: Overturned`, `${ESI}: Overturned\n${REQUEST}: Upheld`);
  assert.deepEqual(findings(f3), []);
  for (const text of [one, two]) {
    const sentence = `The request for ${ESI} is medically necessary.`;
    const end = text.indexOf('Done.') + 'Done.'.length;
    assert.deepEqual(findings(text), [
      {
        message: STATES_NONE(ESI),
        level: 'warning',
        at: heading,
        fixes: [{ title: `Append "${sentence}"`, edits: [{ start: end, end, newText: ` ${sentence}` }] }],
        due: { at: end, what: 'the conclusion of the rationale', item: ESI },
      },
    ]);
  }
});

test('missing-conclusion: in format 1 every item has its own rationale: a later item without a conclusion is reported too', () => {
  const first = oneItemLetter(REQUEST, { rationale: `Guidelines say things. The request for ${REQUEST} is not medically necessary.` });
  const second = oneItemLetter('Soma 350mg #60', { outcome: 'Overturned', rationale: 'Guidelines say other things.' })
    .split('\n')
    .slice(2)
    .join('\n');
  const text = first + second;
  assert.deepEqual(
    findings(text).map((f) => [f.message, f.at]),
    [[STATES_NONE('Soma 350mg #60'), 'Decision rationale: Guidelines say other things.']],
  );
});
