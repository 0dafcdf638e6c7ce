// Completion through the built server over stdio, on real letters cut where a reviewer would be typing:
// outcome words after a header's colon, the field labels an item still lacks, MTUS chapters with years,
// the chapter's known sections, ODG chapters, the fixed sentences and a conclusion that agrees with the outcome.
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { CompletionItemKind, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { corpusLetters, fixture } from '../helpers/letters';
import { startServer, type TestServer } from '../helpers/lsp';

let server: TestServer;
before(async () => {
  server = await startServer({ pull: true });
});
after(async () => {
  await server.stop();
});

let n = 0;
/** Opens `text` with the cursor at "‸" (removed) and returns the completion items there. */
async function completeAt(marked: string, invoked = false): Promise<{ items: CompletionItem[]; doc: TextDocument }> {
  const at = marked.indexOf('‸');
  assert.ok(at >= 0, 'no cursor mark');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const uri = `file:///letters/completion-${n++}.imr`;
  await server.open(uri, text);
  const doc = TextDocument.create(uri, 'imr-letter', 1, text);
  const list = await server.connection.sendRequest<CompletionList>('textDocument/completion', {
    textDocument: { uri },
    position: doc.positionAt(at),
    ...(invoked ? { context: { triggerKind: 1 } } : {}),
  });
  await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  return { items: list.items, doc };
}

/** The letter text after applying a completion item's edit. */
const apply = (doc: TextDocument, item: CompletionItem): string => TextDocument.applyEdits(doc, [item.textEdit as TextEdit]);

const base = fixture('corpus/letters/CM16-0233904.txt');

test("after an item header's colon: Upheld and Overturned, and accepting one gives a valid header", async () => {
  const marked = base.replace('Baclofen 100mg #3: Upheld', 'Baclofen 100mg #3:‸');
  const { items, doc } = await completeAt(marked);
  assert.deepEqual(
    items.map((i) => i.label),
    ['Upheld', 'Overturned'],
  );
  assert.match(apply(doc, items[1]), /^Baclofen 100mg #3: Overturned$/m);
  // Typing the start of the word: the edit replaces it.
  const typed = await completeAt(base.replace('Baclofen 100mg #3: Upheld', 'Baclofen 100mg #3: Ov‸'));
  assert.match(
    apply(
      typed.doc,
      typed.items.find((i) => i.label === 'Overturned')!,
    ),
    /^Baclofen 100mg #3: Overturned$/m,
  );
});

test("every real letter: at each item header's outcome the two outcome words are offered", async () => {
  const wrong: string[] = [];
  for (const letter of corpusLetters()
    .filter((l) => l.id.startsWith('letters/'))
    .slice(0, 40)) {
    const m = /^(.+): (Upheld|Overturned)[ \t]*$/m.exec(letter.text);
    if (!m) continue;
    const marked = letter.text.slice(0, m.index + m[1].length + 2) + '‸' + letter.text.slice(m.index + m[0].length);
    const { items } = await completeAt(marked);
    if (items.map((i) => i.label).join() !== 'Upheld,Overturned') wrong.push(`${letter.id}: ${items.map((i) => i.label).join()}`);
  }
  assert.deepEqual(wrong, []);
});

test('field labels where a field is due, in order, the next one preselected', async () => {
  // A new item after the last one: header written, nothing else yet.
  const draft = `${base.trimEnd()}\n\nNorco 10/325mg #60: Upheld\n\n‸`;
  const { items, doc } = await completeAt(draft);
  const labels = items.filter((i) => i.kind === CompletionItemKind.Field);
  assert.deepEqual(
    labels.map((i) => i.label),
    ['Claims Administrator guideline:', 'MAXIMUS guideline:', 'Decision rationale:'],
  );
  assert.equal(labels[0].preselect, true);
  assert.match(apply(doc, labels[0]), /Norco 10\/325mg #60: Upheld\n\nClaims Administrator guideline: $/);
  // After the Claims Administrator line, the MAXIMUS line is next; "MA" typed leaves only the label it begins.
  const next = await completeAt(
    `${base.trimEnd()}\n\nNorco 10/325mg #60: Upheld\n\nClaims Administrator guideline: Decision based on MTUS Opioid Treatment 2016.\n\nMA‸`,
  );
  assert.deepEqual(
    next.items.filter((i) => i.kind === CompletionItemKind.Field).map((i) => i.label),
    ['MAXIMUS guideline:'],
  );
});

test('"Decision based on MTUS ": chapters with years, those for the item first; the 2014 labels without a year last', async () => {
  const marked = base.replace(/^Claims Administrator guideline: .*$/m, 'Claims Administrator guideline: Decision based on MTUS ‸');
  const { items, doc } = await completeAt(marked);
  const labels = items.map((i) => i.label);
  for (const l of [
    'Low Back Complaints 2004',
    'Chronic Pain Medical Treatment 2016',
    'Opioid Treatment 2016',
    'Elbow Complaints 2007',
    'Low Back Disorders 2016',
  ])
    assert.ok(labels.includes(l), `missing ${l}`);
  const firstYearless = labels.findIndex((l) => !/\s(19|20)\d\d$/.test(l));
  assert.ok(
    firstYearless > 0 && labels.slice(firstYearless).every((l) => /^Chronic Pain .*Guidelines$/.test(l)),
    'chapters carry their year; then the 2014 labels',
  );
  assert.ok(labels.indexOf('Chronic Pain Medical Treatment 2016') < labels.indexOf('Stress-Related Conditions 2004'));
  const lowBack = items.find((i) => i.label === 'Low Back Complaints 2004')!;
  assert.equal(lowBack.detail?.startsWith('8 CCR 9792.23.5'), true);
  assert.match(apply(doc, lowBack), /^Claims Administrator guideline: Decision based on MTUS Low Back Complaints 2004, Section\(s\): $/m);
});

test('after "Section(s):" the chapter\'s known sections; after "Non-MTUS Citation" the ODG chapters', async () => {
  const lowBack = await completeAt(
    base.replace(/^MAXIMUS guideline: .*$/m, 'MAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004, Section(s): ‸'),
  );
  const sections = lowBack.items.map((i) => i.label);
  assert.ok(sections.includes('Special Studies') && sections.includes('Physical Methods'), sections.join('|'));
  assert.ok(
    !sections.some((s) => s.includes(', ') && s.split(', ').every((p) => sections.includes(p))),
    'no list of topics offered as one topic',
  );
  const opioids = await completeAt(
    base.replace(/^MAXIMUS guideline: .*$/m, 'MAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016, Section(s): ‸'),
  );
  assert.ok(opioids.items.some((i) => i.label === '3.3 Initiating and Monitoring Chronic Opioid Treatment'));
  const odg = await completeAt(base.replace(/^MAXIMUS guideline: .*$/m, 'MAXIMUS guideline: Decision based on Non-MTUS Citation ‸'));
  assert.ok(odg.items.some((i) => i.label === 'Official Disability Guidelines (ODG), Pain Chapter'));
  assert.ok(odg.items.every((i) => String(i.label).startsWith('Official Disability Guidelines (ODG), ')));
});

test('at the start of a guideline line: the fixed sentences for that party and the two "Decision based on" starters', async () => {
  const ca = await completeAt(base.replace(/^Claims Administrator guideline: .*$/m, 'Claims Administrator guideline: ‸'));
  const caLabels = ca.items.map((i) => i.label);
  assert.ok(caLabels.includes('The Claims Administrator did not cite any medical evidence for its decision.'));
  assert.ok(caLabels.includes('The Claims Administrator based their decision on recommendation(s) outside of the MTUS Guidelines.'));
  assert.ok(caLabels.includes('Decision based on MTUS') && caLabels.includes('Decision based on Non-MTUS Citation'));
  const mx = await completeAt(base.replace(/^MAXIMUS guideline: .*$/m, 'MAXIMUS guideline: ‸'));
  const mxLabels = mx.items.map((i) => i.label);
  assert.ok(mxLabels.includes('The Expert Reviewer did not cite any medical evidence for its decision.'));
  assert.ok(!mxLabels.some((l) => String(l).startsWith('The Claims Administrator')));
});

test('at the end of a rationale, when asked: a conclusion that agrees with the outcome is preselected', async () => {
  const marked = `${base.trimEnd()} ‸\n`;
  // A typed space opens nothing there; Ctrl+Space offers the conclusion.
  assert.deepEqual((await completeAt(marked)).items, []);
  const { items } = await completeAt(marked, true);
  const last = [...base.matchAll(/^(.+): (Upheld|Overturned)$/gm)].pop()!;
  const preselected = items.find((i) => i.preselect);
  assert.ok(preselected, items.map((i) => i.label).join('|'));
  assert.equal(preselected.label, `Therefore, the request for ${last[1]} is ${last[2] === 'Upheld' ? 'not ' : ''}medically necessary.`);
});

test('nothing is offered in the case summary prose', async () => {
  const at = base.indexOf('The injured worker');
  const { items } = await completeAt(base.slice(0, at) + 'The inj‸' + base.slice(at + 'The inj'.length));
  assert.deepEqual(items, []);
});
