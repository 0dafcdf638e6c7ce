// The shared check of the three missing-field rules (missing-claims-administrator-guideline,
// missing-maximus-guideline, missing-rationale; rules/helpers/missingField.ts): what each reports when a field
// is taken out of a real letter, against golden files (test/golden/missing-field/<folder>.txt). Every item of
// every real and hand-written letter, each field deleted in turn, and each Claims Administrator label deleted
// with its text left behind: the message, the range, where the line is due, and the fix with its snippet.
// `npm run test:update-goldens` rewrites the files after an intended change; review their diff in the commit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, type FieldKind, type Letter } from '../../../../server/src/letter';
import { lint, RULES, type Problem } from '../../../../server/src/rules';
import { allRealLetters, isFullCorpus } from '../../../helpers/letters';
import { Goldens, WRITTEN } from '../../../helpers/golden';
import { applyFix, oneItemLetter, splice } from '../inject';

const RULE: Record<FieldKind, string> = {
  claimsAdministrator: 'missing-claims-administrator-guideline',
  maximus: 'missing-maximus-guideline',
  rationale: 'missing-rationale',
};
const THREE = RULES.filter((r) => Object.values(RULE).includes(r.name));
const goldens = new Goldens('missing-field');

/** One problem as a line of the golden file: every part of it, offsets included. */
function show(p: Problem): string {
  const parts = [`  ${p.rule} ${p.span.start}-${p.span.end} ${JSON.stringify(p.message)}`];
  if (p.due)
    parts.push(`    due ${p.due.at} ${JSON.stringify(p.due.what)}${p.due.item === undefined ? '' : ` item ${JSON.stringify(p.due.item)}`}`);
  for (const f of p.fixes ?? []) {
    parts.push(`    fix ${JSON.stringify(f.title)}${f.safe ? ' safe' : ''}${f.changesOutcome ? ' changesOutcome' : ''}`);
    for (const e of f.edits)
      parts.push(
        `      ${e.span.start}-${e.span.end} ${JSON.stringify(e.newText)}${e.snippet === undefined ? '' : ` snippet ${JSON.stringify(e.snippet)}`}`,
      );
  }
  return parts.join('\n');
}

/** The letter with each field of each item taken out in turn, and each Claims Administrator label alone. */
function cases(letter: Letter, text: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  letter.items.forEach((item, i) => {
    item.fields.forEach((f, k) => {
      const end = k + 1 < item.fields.length ? item.fields[k + 1].span.start : f.span.end;
      out.push({ name: `item ${i + 1} without its ${f.kind} field`, text: splice(text, f.span.start, end, '') });
      if (f.kind === 'claimsAdministrator' && f.body.text)
        out.push({ name: `item ${i + 1} without its ${f.kind} label`, text: splice(text, f.label.span.start, f.body.span.start, '') });
    });
  });
  return out;
}

/** What the three rules report on every case of a letter, and whether each first fix takes its problem away. */
function dumpLetter(id: string, text: string): string {
  const lines = [`# ${id}`];
  for (const c of cases(parseLetter(text), text)) {
    const problems = lint(parseLetter(c.text), THREE);
    lines.push(`${c.name}: ${problems.length ? '' : 'nothing'}`);
    for (const p of problems) {
      lines.push(show(p));
      if (!p.fixes?.length) continue;
      const again = lint(parseLetter(applyFix(c.text, p)), THREE).filter((q) => q.rule === p.rule).length;
      const before = problems.filter((q) => q.rule === p.rule).length;
      lines.push(`    after the fix: ${again} of ${before} ${p.rule}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

const letters = allRealLetters();
const folderOf = (id: string) => id.split('/')[0];

test('what the missing-field rules report, and their fixes, on every real letter with a field taken out', () => {
  assert.ok(letters.length > 0, 'no real letters');
  const byFolder = new Map<string, string[]>();
  for (const l of letters) {
    const f = folderOf(l.id);
    if (!byFolder.has(f)) byFolder.set(f, []);
    byFolder.get(f)!.push(dumpLetter(l.id, l.text));
  }
  // A clone without ../shared runs on the sample in test/fixtures, whose letters are a part of the goldens.
  if (!isFullCorpus(letters)) return;
  for (const [folder, dumps] of byFolder) goldens.check(`${folder}.txt`, dumps.join(''));
});

/** One-item letters for what the real letters hardly show: the cases the inserted lines are built from. */
const CA = 'Claims Administrator guideline: ';
const ONE_ITEM: readonly { id: string; text: string }[] = [
  // Snippet syntax in the text: "$", "}" and "\\" are escaped in the snippet, not in the plain text.
  { id: 'snippet characters', text: oneItemLetter('Compound cream {ketoprofen} $120 \\ 30g', { outcome: 'Overturned' }) },
  // No outcome: the rationale's stub has no conclusion; no request: "this item".
  { id: 'no outcome', text: oneItemLetter('Lidocaine patches #30', { outcome: '' }) },
  { id: 'no request', text: oneItemLetter('', { outcome: 'Upheld' }) },
  // The Claims Administrator's chapter of another region than the request's gives way to the request's own.
  {
    id: 'another region',
    text: oneItemLetter('MRI of the left knee', {
      rationale: 'The MTUS does not support imaging of the knee without red flags. The request is not medically necessary.',
    }).replace(
      /^Claims Administrator guideline: .*$/m,
      `${CA}Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.`,
    ),
  },
  // A chapter of the request's region, and one of no region, are kept; a repeated chapter is named once.
  {
    id: 'the same region twice',
    text: oneItemLetter('MRI of the lumbar spine').replace(
      /^Claims Administrator guideline: .*$/m,
      `${CA}Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies. Decision based on MTUS Low Back Complaints 2004. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Low Back Chapter, MRIs.`,
    ),
  },
  // The rationale reasons from a chapter of another region than the request's: kept, and the request's own joins it.
  {
    id: 'the rationale names another region',
    text: oneItemLetter('MRI of the right knee', {
      rationale:
        'As the Low Back Complaints chapter notes for imaging in general, red flags are needed. The request is not medically necessary.',
    }).replace(
      /^Claims Administrator guideline: .*$/m,
      `${CA}Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.`,
    ),
  },
  // Two editions of one chapter: the first is named.
  {
    id: 'two editions',
    text: oneItemLetter('Norco 10/325mg #60').replace(
      /^Claims Administrator guideline: .*$/m,
      `${CA}Decision based on MTUS Chronic Pain Medical Treatment Guidelines 2009, Opioids. Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.`,
    ),
  },
  // The rationale reasons from the MTUS, ACOEM or ODG that the Claims Administrator did not cite.
  {
    id: 'rationale names ODG',
    text: oneItemLetter('Tramadol 50mg #60', {
      rationale: 'The ODG recommends against long-term use. The request is not medically necessary.',
    }).replace(
      /^Claims Administrator guideline: .*$/m,
      `${CA}The Claims Administrator did not cite any medical evidence for its decision.`,
    ),
  },
  {
    id: 'rationale names ACOEM',
    text: oneItemLetter('Physical therapy 8 sessions', {
      rationale: 'ACOEM guidelines support a short course. The request is medically necessary.',
    }).replace(
      /^Claims Administrator guideline: .*$/m,
      `${CA}Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Physical therapy.`,
    ),
  },
  // A citation of the MTUS by year alone names no chapter to repeat; a Non-MTUS source's own full stop is not doubled.
  {
    id: 'MTUS by year alone',
    text: oneItemLetter('Norco 10/325mg #60').replace(/^Claims Administrator guideline: .*$/m, `${CA}Decision based on MTUS 2009.`),
  },
  {
    id: 'Non-MTUS source with its full stop',
    text: oneItemLetter('Norco 10/325mg #60').replace(
      /^Claims Administrator guideline: .*$/m,
      `${CA}Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain Chapter, Opioids.`,
    ),
  },
  // An item without a header (a second set of lines) names no region: the Claims Administrator's regional chapter
  // is repeated as it is.
  {
    id: 'no header, a regional chapter',
    text: `${oneItemLetter('MRI of the left knee')}${CA}Decision based on MTUS Low Back Complaints 2004, Section(s): Special Studies.\nMAXIMUS guideline: Decision based on MTUS Low Back Complaints 2004.\nDecision rationale: Imaging is not supported without red flags.\n`,
  },
  // The Claims Administrator's label gone, its text left behind: when the MAXIMUS line goes too, its line is
  // inserted whole before the rationale, and the label goes back before the text only for the Claims Administrator.
  {
    id: 'orphaned citation',
    text: oneItemLetter('Norco 10/325mg #60').replace(/^Claims Administrator guideline: /m, ''),
  },
];

test('what the missing-field rules report, and their fixes, on the hand-written letters with a field taken out', () => {
  goldens.check(
    'written.txt',
    [...WRITTEN, ...ONE_ITEM.map((o) => ({ id: `one item: ${o.id}`, text: o.text }))].map((w) => dumpLetter(w.id, w.text)).join(''),
  );
});

test('every missing-field golden file belongs to a folder of letters', () => {
  if (!isFullCorpus(letters)) return;
  goldens.checkOrphans(new Set([...new Set(letters.map((l) => folderOf(l.id)))].map((f) => `${f}.txt`).concat('written.txt')));
});
