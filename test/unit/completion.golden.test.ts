// What completion offers while each hand-written letter is being written, against golden files
// (test/golden/completion/<letter>.txt): after every space and colon typed (the trigger characters), and on
// asking at the end of every line half typed and whole. One line per place that offers something: where,
// how many choices, the first ones in the order shown, and a digest of every choice's label, edit and details.
// After an intended change, `npm run test:update-goldens` rewrites the files; review their diff in the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHAPTER_TOPICS } from '../../server/src/kb';
import { chapterSections } from '../../server/src/features/completionSections';
import { commonChapters } from '../../server/src/features/completion';
import { choicesAtEnd } from '../helpers/completion';
import { digest, drafts, Goldens, WRITTEN } from '../helpers/golden';

const goldens = new Goldens('completion');

/** What completion offers at the end of `text`, on one line, or undefined when nothing. */
function offered(text: string, invoked: boolean): string | undefined {
  const { at, items } = choicesAtEnd(text, invoked);
  if (items.length === 0) return undefined;
  const first = items.slice(0, 6).map((c) => c.label);
  return `${at.line}:${at.character}${invoked ? ' invoked' : ''} ${items.length}: ${first.join(' | ')}${items.length > 6 ? ' | …' : ''} #${digest(JSON.stringify(items))}`;
}

function dump(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ' ' && text[i] !== ':') continue;
    const o = offered(text.slice(0, i + 1), false);
    if (o) out.push(o);
  }
  for (const state of drafts(text)) {
    const o = offered(state, true);
    if (o) out.push(o);
  }
  return `${out.join('\n')}\n`;
}

test('completion while every hand-written letter is written equals its golden file', () => {
  for (const w of WRITTEN) goldens.check(`${w.id.replace('/', '-')}.txt`, dump(w.text));
});

// The "Section(s):" choices of every chapter before they are ranked for an item, and the chapters by use.
const SECTIONS = 'chapter-sections.txt';
test('the sections of every chapter, and of a chapter no letter cites, and the chapters by use, equal their golden file', () => {
  const keys = [...CHAPTER_TOPICS.keys(), 'Nope 1999'];
  const lines = keys.map((k) => `${k}: ${chapterSections(k).join(' | ')}`);
  // And the chapters offered after "MTUS ", commonest first, with their counts.
  lines.push('', ...commonChapters().map((c) => `${c.key} (${c.seen})`));
  goldens.check(SECTIONS, `${lines.join('\n')}\n`);
  for (const k of keys) assert.deepEqual(chapterSections(k.toUpperCase()), chapterSections(k), `${k}: whatever the case of the key`);
});

test('every completion golden file belongs to a hand-written letter or to the chapter sections', () => {
  goldens.checkOrphans(new Set([...WRITTEN.map((w) => `${w.id.replace('/', '-')}.txt`), SECTIONS]));
});

test('the completion goldens offer outcome words, labels, chapters, sections and conclusions', () => {
  const all = WRITTEN.map((w) => dump(w.text)).join('');
  for (const choice of ['Upheld', 'Decision rationale:', 'Chronic Pain Medical Treatment', 'is not medically necessary'])
    assert.ok(all.includes(choice), `no place offers ${choice}`);
});
