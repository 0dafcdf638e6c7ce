// duplicate-item: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../../server/src/letter';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real, firstItem, reported } from './inject';

test('duplicate-item: item 1 pasted twice', () => {
  const n = check('duplicate-item', real, (letter, text) => {
    const item = firstItem(letter);
    if (!item) return undefined;
    const copy = text.slice(item.span.start, item.span.end);
    const at = item.span.end;
    const mutated = splice(text, at, at, `\n\n${copy}`);
    const second = parseLetter(mutated).items[1];
    return second ? { text: mutated, at: second.header.span.end - 1 } : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

/** Items with these headers in one decisions section. */
function lettersItems(...headers: string[]): string {
  const lines = ['IMR ISSUES, DECISIONS AND RATIONALES'];
  for (const h of headers)
    lines.push(
      `${h}: Upheld`,
      'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.',
      'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.',
      'Decision rationale: The request is not medically necessary.',
    );
  return lines.join('\n') + '\n';
}

// Request keys are cached by request text; each run of these tests uses texts the process has not seen before,
// so the keys are computed here rather than taken from the cache.
let fresh = 0;
const unseen = (): string => `${7000 + ++fresh}`;

test('duplicate-item: the repeat is reported on its header line, citing the first item by number', () => {
  const n = unseen();
  const text = lettersItems(
    `Tramadol 50mg #${n}`,
    `Norco 10/325mg #${n}`,
    `Gabapentin 600mg #${n}`,
    `Norco 10/325mg #${n}`,
    `Norco 10/325mg #${n}`,
  );
  const ps = reported('duplicate-item', text);
  const headers = [...text.matchAll(/^Norco[^\n]*$/gm)].map((m) => m.index);
  assert.deepEqual(
    ps.map((p) => ({
      at: p.span.start,
      line: text.slice(p.span.start, p.span.end),
      message: p.message,
      level: p.level,
      related: p.related?.map((r) => ({ at: r.span.start, line: text.slice(r.span.start, r.span.end), message: r.message })),
    })),
    [headers[1], headers[2]].map((at) => ({
      at,
      line: `Norco 10/325mg #${n}: Upheld`,
      message: `The item "Norco 10/325mg #${n}" is already decided as item 2.`,
      level: 'warning',
      related: [{ at: headers[0], line: `Norco 10/325mg #${n}: Upheld`, message: 'Item 2' }],
    })),
  );
});

test('duplicate-item: case, runs of spaces (also no-break spaces) and trailing punctuation do not tell requests apart', () => {
  for (const [a, b] of [
    ['Norco 10/325mg #N', 'NORCO 10/325MG #N'],
    ['Norco 10/325mg #N', 'Norco  10/325mg \u00a0#N'],
    ['Norco 10/325mg #N', 'Norco\u00a010/325mg #N'],
    ['Norco 10/325mg #N', 'Norco 10/325mg #N.'],
    ['Norco 10/325mg #N', 'Norco 10/325mg #N,'],
    ['Norco 10/325mg #N', 'Norco 10/325mg #N;'],
    ['Norco 10/325mg #N', 'Norco 10/325mg #N .;,'],
  ]) {
    const n = unseen();
    const [x, y] = [a.replace('N', n), b.replace('N', n)];
    assert.equal(reported('duplicate-item', lettersItems(x, y)).length, 1, `${JSON.stringify(x)} ${JSON.stringify(y)}`);
  }
});

test('duplicate-item: different strength, quantity or wording inside the request are different requests', () => {
  for (const [a, b] of [
    ['Norco 10/325mg #N', 'Norco 5/325mg #N'],
    ['Norco 10/325mg #N', 'Norco 10/325mg #N0'],
    ['Norco 10/325mg #N', 'Norco, 10/325mg #N'],
    ['Norco 10/325mg #N', 'Norco10/325mg #N'],
    ['Norco 10/325mg #N', '.Norco 10/325mg #N'],
  ]) {
    const n = unseen();
    const [x, y] = [a.replace('N', n), b.replace('N', n)];
    assert.deepEqual(reported('duplicate-item', lettersItems(x, y)), [], `${JSON.stringify(x)} ${JSON.stringify(y)}`);
  }
});

test('duplicate-item: a partly authorised request is the same only with the same original request and the same remaining part', () => {
  const partial = (original: string, remaining: string) =>
    `${original} was the original request. Tramadol 50mg #30 was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, ${remaining} is`;
  const n = unseen();
  const same = lettersItems(partial(`Tramadol 50mg #${n}`, 'Tramadol 50mg #30'), partial(`Tramadol 50mg #${n}`, 'Tramadol 50mg #30'));
  assert.equal(parseLetter(same).items[0].partial?.original?.text, `Tramadol 50mg #${n}`);
  assert.equal(reported('duplicate-item', same).length, 1);
  const otherOriginal = lettersItems(
    partial(`Tramadol 50mg #${n}`, 'Tramadol 50mg #30'),
    partial(`Tramadol 50mg #${n}0`, 'Tramadol 50mg #30'),
  );
  assert.deepEqual(reported('duplicate-item', otherOriginal), []);
});

test('duplicate-item: requests that are only punctuation name nothing, so they are no duplicates', () => {
  assert.deepEqual(reported('duplicate-item', lettersItems('...', '...')), []);
  assert.deepEqual(reported('duplicate-item', lettersItems('.', ';')), []);
});

test('duplicate-item: a partly authorised request that does not name the original request is keyed by its header', () => {
  const header = `The Claims Administrator authorized Tramadol 50mg #${unseen()}, leaving the original request IMR eligible`;
  const text = lettersItems(header, header);
  const items = parseLetter(text).items;
  assert.equal(items[0].partial?.form, 'leaving-eligible');
  assert.equal(items[0].partial?.original, undefined);
  assert.deepEqual(
    reported('duplicate-item', text).map((p) => p.message),
    [`The item "${header}" is already decided as item 1.`],
  );
});
