// Hovers through the built server over stdio, on real letters: outcome words, header dates (intervals
// computed here from the letter's own text), MTUS chapters (against the knowledge base's JSON), 2009 pages
// with their confidence, "Section(s):" topics, section headings, and the deepened item summary.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hover, Position } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRealLetters, corpusLetters, fixture, minimumFor, seedLetters, ROOT } from '../helpers/letters';
import { letterUri, startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer({ pull: true });
});
after(async () => {
  await server.stop();
});

async function hoverAt(uri: string, position: Position): Promise<string | undefined> {
  const h = await server.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  return h ? (h.contents as { value: string }).value : undefined;
}

async function withLetter(id: string, text: string, body: (doc: TextDocument) => Promise<void>): Promise<void> {
  const uri = letterUri(id);
  await server.open(uri, text);
  try {
    await body(TextDocument.create(uri, 'imr-letter', 1, text));
  } finally {
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
}

test('every real letter: hovering each outcome word explains it for the injured worker, in the expected order', async () => {
  const wrong: string[] = [];
  for (const letter of allRealLetters()) {
    await withLetter(letter.id, letter.text, async (doc) => {
      const got: string[] = [];
      // The outcome word ends an item header line, or stands alone after a header line ending in ":".
      const re = /(?<=:[ \t]*)(Upheld|Overturned)(?=[ \t]*$)|^(Upheld|Overturned)(?=[ \t]*$)/gm;
      for (const m of letter.text.matchAll(re)) {
        const value = await hoverAt(doc.uri, doc.positionAt(m.index! + 2));
        const word = /^\*\*(Upheld|Overturned)\*\* — /.exec(value ?? '')?.[1];
        if (word) got.push(word);
        if (word === 'Upheld' && !/not\*\* authorised/.test(value!)) wrong.push(`${letter.id}: Upheld hover lacks its meaning`);
        // A retrospective item's service was already given: it "**was**" medically necessary.
        if (word === 'Overturned' && !/\*\*(?:is|was)\*\* medically necessary/.test(value!))
          wrong.push(`${letter.id}: Overturned hover lacks its meaning`);
      }
      if (got.join(',') !== letter.outcomes.join(',')) wrong.push(`${letter.id}: ${got.join(',')} != ${letter.outcomes.join(',')}`);
    });
  }
  assert.deepEqual(wrong, []);
});

const dayOf = (mdy: string): number => {
  const [m, d, y] = mdy.split('/').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

test('header dates (every layout letter): assignment-to-decision and UR-denial-to-application intervals', async () => {
  const layout = corpusLetters().filter((l) => l.id.startsWith('letters-layout/'));
  assert.ok(layout.length >= 8);
  const wrong: string[] = [];
  for (const letter of layout) {
    const assigned = /Date Assigned:\s+(\d\d\/\d\d\/\d{4})/.exec(letter.text)?.[1];
    const decided = /Decision Date:\s+(\d\d\/\d\d\/\d{4})/.exec(letter.text);
    const ur = /UR Denial Date:\s+(\d\d\/\d\d\/\d{4})/.exec(letter.text);
    const app = /Application\s+(\d\d\/\d\d\/\d{4})/.exec(letter.text)?.[1];
    if (!assigned || !decided || !ur || !app) {
      wrong.push(`${letter.id}: test could not read the header`);
      continue;
    }
    await withLetter(letter.id, letter.text, async (doc) => {
      const onDecision = await hoverAt(doc.uri, doc.positionAt(decided.index + decided[0].length - 3));
      const days = dayOf(decided[1]) - dayOf(assigned);
      if (!onDecision?.includes(`| assignment to decision | ${days} day${days === 1 ? '' : 's'} |`))
        wrong.push(`${letter.id}: decision date hover: ${onDecision}`);
      const onUr = await hoverAt(doc.uri, doc.positionAt(ur.index + ur[0].length - 3));
      const applied = dayOf(app) - dayOf(ur[1]);
      if (!onUr?.includes(`| UR denial to IMR application | ${applied} day${applied === 1 ? '' : 's'} |`))
        wrong.push(`${letter.id}: UR date hover: ${onUr}`);
    });
  }
  assert.deepEqual(wrong, []);
});

type KbChapter = { label: string; year: number; reg?: string | null };
const kbChapters = ((): KbChapter[] => {
  const raw = JSON.parse(readFileSync(join(ROOT, 'server', 'src', 'kb', 'mtus_chapters.json'), 'utf8')) as Record<string, unknown>;
  return Object.values(raw).filter(Array.isArray).flat() as KbChapter[];
})();

test('MTUS chapters (every layout letter): the hover names chapter and year, and the regulation the knowledge base gives', async () => {
  const wrong: string[] = [];
  let checked = 0;
  const layout = corpusLetters().filter((l) => l.id.startsWith('letters-layout/'));
  for (const letter of layout) {
    await withLetter(letter.id, letter.text, async (doc) => {
      for (const m of letter.text.matchAll(/Decision based on MTUS ([A-Z][A-Za-z ,&/'-]*?[a-z]) ((?:19|20)\d\d)\b/g)) {
        const chapterAt = m.index! + m[0].indexOf(m[1]) + 1;
        const value = await hoverAt(doc.uri, doc.positionAt(chapterAt));
        checked++;
        if (!value?.startsWith(`**MTUS ${m[1]} ${m[2]}**`)) {
          wrong.push(`${letter.id}: "${m[1]} ${m[2]}" -> ${value?.split('\n')[0]}`);
          continue;
        }
        const reg = kbChapters.find((c) => c.label === m[1] && c.year === Number(m[2]))?.reg;
        if (reg && !value.includes(`| Regulation | ${reg} |`)) wrong.push(`${letter.id}: ${m[1]} ${m[2]} lacks regulation ${reg}`);
        if (reg && !value.includes('Confidence:')) wrong.push(`${letter.id}: ${m[1]} lacks its confidence`);
      }
    });
  }
  assert.ok(checked >= minimumFor(20, layout), `only ${checked} chapters checked`);
  assert.deepEqual(wrong, []);
});

test('2014 seeds: a "Page(s):" number shows the 2009 page table row with its confidence', async () => {
  const seed = seedLetters().find((l) => /Page\(s\): 24\b/.test(l.text));
  assert.ok(seed, 'a seed letter citing page 24');
  await withLetter(seed.id, seed.text, async (doc) => {
    const at = seed.text.search(/Page\(s\): 24\b/) + 'Page(s): '.length;
    const value = await hoverAt(doc.uri, doc.positionAt(at));
    assert.match(value ?? '', /\*\*Page 24\*\*/);
    assert.match(value ?? '', /\| Benzodiazepines \| 24 \| A — confirmed by a real letter \|/);
    assert.match(value ?? '', /\| Biofeedback \| 24-25 \| B — commonly cited, not verified/);
  });
});

test('a "Section(s):" topic shows how often real letters cite it under that chapter', async () => {
  const text = fixture('corpus/letters-layout/CM16-0230548.txt');
  await withLetter('topic.imr', text, async (doc) => {
    const at = text.indexOf('Section(s): Special Studies') + 'Section(s): '.length + 2;
    const value = await hoverAt(doc.uri, doc.positionAt(at));
    assert.match(value ?? '', /^\*\*Special Studies\*\* — a section of MTUS Neck and Upper Back Complaints 2004/);
    assert.match(value ?? '', /Cited \d+ times? under this chapter in real 2016-17 letters/);
    assert.match(value ?? '', /Confidence: observed in real letters/);
  });
});

test('section headings say what the section must contain and what this letter has', async () => {
  const text = fixture('corpus/letters/CM16-0233904.txt');
  await withLetter('headings.imr', text, async (doc) => {
    const issues = await hoverAt(doc.uri, doc.positionAt(text.indexOf('IMR ISSUES, DECISIONS AND RATIONALES') + 4));
    assert.match(issues ?? '', /^\*\*IMR ISSUES, DECISIONS AND RATIONALES\*\* — what this section must contain/);
    assert.match(issues ?? '', /"Decision rationale:"/);
    const count = (text.match(/^Decision rationale:/gm) ?? []).length;
    assert.match(issues ?? '', new RegExp(`This letter: ${count} disputed items?\\.`));
    const how = await hoverAt(doc.uri, doc.positionAt(text.indexOf('HOW THE IMR FINAL DETERMINATION WAS MADE') + 4));
    const licensure = /State\(s\) of Licensure: (.*)/.exec(text)?.[1]?.trim();
    assert.ok(licensure);
    assert.ok(how?.includes(`licensure "${licensure}"`), how);
  });
});

test('item header: both parties side by side, partial-authorisation figures that add up, the conclusion', async () => {
  const text = fixture('corpus/letters/CM16-0233904.txt');
  await withLetter('item.imr', text, async (doc) => {
    const value = (await hoverAt(doc.uri, doc.positionAt(text.indexOf('Baclofen 100mg #3:')))) ?? '';
    assert.match(value, /\| Claims Administrator \| MAXIMUS \(expert reviewer\) \|/);
    assert.match(value, /Figures: 30 requested − 27 authorised = 3 in dispute\./);
    assert.match(value, /Conclusion \(not medically necessary\): _/);
  });
});

test('a wrong outcome word says which outcome it reads as; a mismatched partial figure is called out', async () => {
  const text = fixture('corpus/letters/CM16-0233904.txt')
    .replace('Baclofen 100mg #3: Upheld', 'Baclofen 100mg #3: Denied')
    .replace(/^(Baclofen 100mg #30 was the original request\. Baclofen 100mg #)27/m, '$125');
  await withLetter('defects.imr', text, async (doc) => {
    const at = text.indexOf('#3: Denied') + 5;
    assert.match(
      (await hoverAt(doc.uri, doc.positionAt(at))) ?? '',
      /^\*\*"Denied"\*\* is not an item outcome[\s\S]*reads as \*\*Upheld\*\*/,
    );
    const header = (await hoverAt(doc.uri, doc.positionAt(text.indexOf('Baclofen 100mg #3:')))) ?? '';
    assert.match(header, /Figures \*\*do not add up\*\*: 30 requested − 25 authorised = 5, but 3 is in dispute/);
  });
});
