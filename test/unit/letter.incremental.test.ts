// Re-parsing after an edit (updateLetter) must give exactly what a full parse of the new text gives, on real
// letters: typing inside every item, and seeded random edits that add and remove line breaks, labels,
// outcomes, headings and whole items. It must also really be incremental where it can be.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, updateLetter, type Letter } from '../../server/src/letter';
import { corpusLetters, minimumFor } from '../helpers/letters';
import { seededRandom } from '../helpers/random';
import { WRITTEN } from '../helpers/golden';

const letters = corpusLetters();

/** The model as data, lazily collapsed texts included. */
const dump = (l: Letter): string => JSON.stringify(l);

function check(prev: Letter, next: string, what: string): Letter {
  const updated = updateLetter(prev, next);
  const full = parseLetter(next);
  assert.equal(dump(updated), dump(full), what);
  return updated;
}

/** A long letter made of the disputed items of many real letters under one real letter's sections. */
function joinedLetter(): string {
  const base = letters[0].text;
  const issues = parseLetter(base).issues;
  assert.ok(issues, 'the first corpus letter has an issues section');
  const items = letters.slice(0, 40).flatMap((l) => parseLetter(l.text).items.map((i) => l.text.slice(i.span.start, i.span.end)));
  return base.slice(0, issues.bodySpan.start) + items.join('\n\n') + '\n';
}

test('typing inside each item of every real letter re-parses as a full parse would, reusing the header', () => {
  let incremental = 0;
  for (const l of letters.filter((_, i) => i % 2 === 0)) {
    let prev = parseLetter(l.text);
    for (let k = prev.items.length - 1; k >= 0; k--) {
      const rationale = prev.items[k].rationale;
      if (!rationale) continue;
      const at = rationale.body.span.start + ((rationale.body.span.end - rationale.body.span.start) >> 1);
      const next = prev.text.slice(0, at) + 'x' + prev.text.slice(at);
      const updated = check(prev, next, `${l.id}: typing in item ${k}`);
      if (prev.header && updated.header === prev.header) incremental++;
      prev = updated;
    }
  }
  // Short letters keep their items near the top, where a full parse is due; the long ones do not.
  assert.ok(incremental >= minimumFor(21, letters), `only ${incremental} edits were re-parsed incrementally`);
});

test('seeded random edits of a long letter of real items re-parse as a full parse would', () => {
  const { random, pick } = seededRandom(20161209);
  const inserts = [
    'x',
    ' ',
    '\n',
    '\r\n',
    '\r',
    '\f',
    ':',
    '.',
    '\n\n',
    ': Upheld',
    ': Overturned\n',
    '\nUpheld\n',
    'Denied',
    '\nDecision rationale: ',
    '\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Section(s): Opioids',
    '\nMAXIMUS guideline: Decision based on Non-MTUS Citation ODG',
    'is not medically necessary.',
    'IMR ISSUES, DECISIONS AND RATIONALES\n',
    'CLINICAL CASE\n',
    'Norco 10/325mg #120: Upheld\n',
    'was the original request. 6 sessions was authorized by the Claims Administrator. The remaining IMR eligible portion of the original request, 6 sessions is:',
  ];
  let prev = parseLetter(joinedLetter());
  let incremental = 0;
  for (let e = 0; e < 300; e++) {
    const text = prev.text;
    const at = Math.floor(random() * text.length);
    const removed = random() < 0.3 ? Math.floor(random() * (random() < 0.1 ? 2000 : 30)) : 0;
    const next = text.slice(0, at) + (random() < 0.85 ? pick(inserts) : '') + text.slice(at + removed);
    const updated = check(prev, next, `edit ${e} at ${at}, ${removed} removed`);
    if (updated.header === prev.header) incremental++;
    // Go on from either result: both must serve as the previous version of the next edit.
    prev = random() < 0.5 ? updated : parseLetter(next);
  }
  assert.ok(incremental > 100, `only ${incremental} of 300 edits were re-parsed incrementally`);
});

test('an unchanged text gives the previous letter back, and any edit of a small letter still parses', () => {
  const prev = parseLetter(letters[1].text);
  assert.equal(updateLetter(prev, letters[1].text), prev);
  for (const next of ['', 'x', letters[1].text + '\n', letters[1].text.slice(0, 100)]) check(prev, next, JSON.stringify(next.slice(0, 20)));
});

/** Letters of each format made long enough to be re-parsed in part: a long summary before the items, many items. */
function longLetters(): { id: string; text: string }[] {
  const prose = Array.from({ length: 90 }, (_, k) => `The worker was seen again on visit ${k + 1} and reported pain of ${k % 10}/10.`).join(
    '\n',
  );
  const out: { id: string; text: string }[] = [];
  for (const w of WRITTEN) {
    const letter = parseLetter(w.text);
    const issues = letter.issues;
    if (!issues || letter.items.length === 0) continue;
    const summary = letter.sections.find((s) => s.kind === 'caseSummary');
    const at = summary ? summary.span.end : issues.span.start;
    const padded = `${w.text.slice(0, at)}\n${prose}\n${w.text.slice(at)}`;
    const p = parseLetter(padded);
    const first = p.items[0];
    const last = p.items[p.items.length - 1];
    const itemsText = padded.slice(first.span.start, last.span.end);
    // Many items, over a hundred lines: the letter's own, again and again, each copy named apart.
    const copies = Math.max(12, Math.ceil(100 / itemsText.split('\n').length));
    const many = Array.from({ length: copies }, (_, k) => itemsText.replace(/^(\d+\. )?([A-Z][^:\n]*?)(:)/gm, `$1$2 copy ${k + 1}$3`)).join(
      '\n',
    );
    const text = padded.slice(0, first.span.start) + many + padded.slice(last.span.end);
    out.push({ id: w.id, text });
    // No items at all, the decisions section holding prose only.
    out.push({ id: `${w.id}, no items`, text: padded.slice(0, first.span.start) + prose + padded.slice(last.span.end) });
    // A heading after the items.
    out.push({ id: `${w.id}, a heading after the items`, text: `${text.trimEnd()}\n\nCLINICAL CASE SUMMARY\nAfter the items.\n` });
  }
  return out;
}

test('letters of every format, made long, edited all over: each re-parse equals a full parse', () => {
  const long = longLetters();
  assert.ok(long.length >= 12, `${long.length} letters`);
  let partial = 0;
  let edits = 0;
  for (const { id, text } of long) {
    const prev = parseLetter(text);
    // Spread over the whole text, and on the lines around each heading.
    const lineStarts = prev.sections.flatMap((s) => {
      const line = prev.lines.findIndex((l) => l.end >= s.headingSpan.start);
      return [-4, -3].map((d) => prev.lines[line + d]?.start).filter((x): x is number => x !== undefined);
    });
    const spread = Array.from({ length: 12 }, (_, k) => Math.floor(((k + 0.5) * text.length) / 12));
    for (const at of [...spread, ...lineStarts]) {
      const lineEnd = text.indexOf('\n', at);
      for (const next of [
        text.slice(0, at) + 'x' + text.slice(at),
        text.slice(0, at) + '\n' + text.slice(at),
        text.slice(0, at) + text.slice(at + 1),
        text.slice(0, at) + text.slice(lineEnd < 0 ? text.length : lineEnd + 1),
      ]) {
        const updated = check(prev, next, `${id}: edit at ${at}`);
        edits++;
        if (updated.header === prev.header && prev.header) partial++;
      }
    }
  }
  assert.ok(partial > edits / 8, `only ${partial} of ${edits} edits re-parsed in part`);
});
