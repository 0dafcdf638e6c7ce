// Every rule page's example, linted as a whole letter: its "bad" excerpt put into a complete, clean letter
// raises its rule, and its "good" excerpt raises nothing at all. An excerpt replaces the part of the letter it
// shows (header lines, sections, the item's lines, a guideline sentence); "..." stands for the letter's own text
// there, so an excerpt that ends without "..." ends that part (how missing-rationale shows a missing line).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES } from '../../server/src/rules';

/** A complete letter that raises nothing; each line has a kind an excerpt's line can be matched to. */
const TEMPLATE: readonly (readonly [kind: string, text: string])[] = [
  ['hdr:Case Number', 'Case Number: CM16-0213037'],
  ['hdr:Date of Injury', 'Date of Injury: 10/13/2016'],
  ['hdr:Date Assigned', 'Date Assigned: 11/09/2016'],
  ['hdr:UR Denial Date', 'UR Denial Date: 11/03/2016'],
  ['hdr:Decision Date', 'Decision Date: 12/09/2016'],
  ['hdr:Application Received', 'Application Received: 11/03/2016'],
  ['hdr:Priority', 'Priority: Standard'],
  ['sec:HOW THE IMR FINAL DETERMINATION WAS MADE', 'HOW THE IMR FINAL DETERMINATION WAS MADE'],
  ['body', 'MAXIMUS Federal Services sent the case file to a medical doctor who is board certified in Internal Medicine.'],
  ['credentials', 'The Expert Reviewer has the following credentials:'],
  ['licensure', 'State(s) of Licensure: California'],
  ['body', 'Certification(s)/Specialty: Internal Medicine'],
  ['sec:CLINICAL CASE SUMMARY', 'CLINICAL CASE SUMMARY'],
  ['body', 'The expert reviewer developed the following clinical case summary based on a review of the case file.'],
  ['body', 'The injured worker is a 50 year old who reported an industrial injury on 10/13/2016.'],
  ['sec:IMR ISSUES, DECISIONS AND RATIONALES', 'IMR ISSUES, DECISIONS AND RATIONALES'],
  ['intro', 'The Final Determination was based on decisions for the disputed items/services set forth below:'],
  ['item', 'Norco 10/325mg #120: Upheld'],
  [
    'ca',
    'Claims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.',
  ],
  ['mx', 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.'],
  ['dr', 'Decision rationale: The injured worker has chronic pain. The request for Norco 10/325mg #120 is not medically necessary.'],
];
const ITEM_LINES = ['item', 'ca', 'mx', 'dr'];
const FILLER: Record<string, string> = {
  ca: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.',
  mx: 'Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Opioids, criteria for use.',
  dr: 'The injured worker has chronic pain.',
};
const CONCLUSION = 'The request for Norco 10/325mg #120 is not medically necessary.';
const index = (kind: string): number => TEMPLATE.findIndex(([k]) => k === kind);

/** The kind of an excerpt line, and the line as a whole letter would print it. */
function classify(line: string): { kind: string; text: string } {
  const header = /^(Case Number|Date of Injury|Date Assigned|UR Denial Date|Decision Date|Application Received|Priority):/.exec(line);
  if (header) return { kind: `hdr:${header[1]}`, text: line };
  const heading = TEMPLATE.find(([k, t]) => k.startsWith('sec:') && t === line);
  if (heading) return { kind: heading[0], text: line };
  const field = [
    ['ca', 'Claims Administrator guideline:'],
    ['mx', 'MAXIMUS guideline:'],
    ['dr', 'Decision rationale:'],
  ].find(([, label]) => line.startsWith(label));
  if (field) {
    const [kind, label] = field;
    // "..." inside a field is that field's ordinary text; at the end of a rationale it is the rest of it,
    // its conclusion included.
    const body = line.slice(label.length).trim();
    const rest = TEMPLATE[index('dr')][1].slice(label.length + 1);
    const filled =
      kind !== 'dr'
        ? body.replace('...', FILLER[kind])
        : body === '...'
          ? rest
          : body.endsWith('...')
            ? `${body.slice(0, -3)}${CONCLUSION}`
            : body.replace('...', FILLER.dr);
    return { kind, text: `${label} ${filled}` };
  }
  // A bare citation sentence, or a chapter with its sections, is shown as the MAXIMUS guideline.
  if (/^Decision based on /.test(line)) return { kind: 'mx', text: `MAXIMUS guideline: ${line}` };
  if (/^[A-Z][A-Za-z ]+ \d{4}, Section\(s\): /.test(line))
    return { kind: 'mx', text: `MAXIMUS guideline: Decision based on MTUS ${line}.` };
  if (line === TEMPLATE[index('credentials')][1]) return { kind: 'credentials', text: line };
  if (/^State\(s\) of Licensure:/.test(line)) return { kind: 'licensure', text: line };
  if (line === TEMPLATE[index('intro')][1]) return { kind: 'intro', text: line };
  if (/(?::\s*(?:\S+)?|:)$/.test(line)) return { kind: 'item', text: line };
  return { kind: 'other', text: line };
}

/** Where the template part at `at` ends: a section runs to the next heading, an item's lines to the item's end. */
function partEnd(at: number): number {
  const [kind] = TEMPLATE[at];
  let end = at + 1;
  if (kind.startsWith('sec:')) while (end < TEMPLATE.length && !TEMPLATE[end][0].startsWith('sec:')) end++;
  else if (ITEM_LINES.includes(kind))
    while (end < TEMPLATE.length && ITEM_LINES.includes(TEMPLATE[end][0]) && TEMPLATE[end][0] !== 'item') end++;
  return end;
}

/** The whole letter with `excerpt` in place. */
export function letterWith(excerpt: string): string {
  const lines = excerpt.split('\n').map((l) => (l.trim() === '...' ? { kind: '...', text: '' } : classify(l)));
  // Header lines stand each in its own place.
  if (lines.every((l) => l.kind.startsWith('hdr:'))) {
    const byKind = new Map(lines.map((l) => [l.kind, l.text]));
    return TEMPLATE.map(([k, t]) => byKind.get(k) ?? t).join('\n') + '\n';
  }
  const known = lines.filter((l) => l.kind !== '...' && l.kind !== 'other').map((l) => index(l.kind));
  let from = Math.min(...known);
  let to = Math.max(...known) + 1;
  // An excerpt that shows a heading or an item header with other lines replaces that whole part; a single
  // item header line replaces just that line.
  const parts = lines.filter((l) => l.kind.startsWith('sec:') || (l.kind === 'item' && lines.length > 1));
  for (const p of parts) to = Math.max(to, partEnd(index(p.kind)));
  if (lines.some((l) => ITEM_LINES.includes(l.kind)) && lines.length > 1 && lines.some((l) => l.kind === 'item'))
    to = Math.max(to, partEnd(index('item')));
  from = Math.min(from, ...parts.map((p) => index(p.kind)));
  const out: string[] = [];
  lines.forEach((l, i) => {
    if (l.kind !== '...') return void out.push(l.text);
    // "...": the template's lines after the previous line's kind, up to the next line's kind (or its part's end).
    const prev = [...lines.slice(0, i)].reverse().find((x) => x.kind !== '...' && x.kind !== 'other');
    const next = lines.slice(i + 1).find((x) => x.kind !== '...' && x.kind !== 'other');
    const start = prev ? index(prev.kind) + 1 : from;
    const stop =
      next && index(next.kind) > start && !(prev && next.kind === prev.kind)
        ? Math.min(index(next.kind), prev ? partEnd(index(prev.kind)) : to)
        : prev
          ? partEnd(index(prev.kind))
          : to;
    for (let k = start; k < Math.max(start, stop); k++) out.push(TEMPLATE[k][1]);
  });
  return [...TEMPLATE.slice(0, from).map(([, t]) => t), ...out, ...TEMPLATE.slice(to).map(([, t]) => t)].join('\n') + '\n';
}

const problems = (text: string) => lint(parseLetter(text), RULES);

test('the template letter the examples go into raises nothing', () => {
  assert.deepEqual(problems(TEMPLATE.map(([, t]) => t).join('\n') + '\n'), []);
});

for (const rule of RULES) {
  test(`${rule.name}: the page's bad example raises it in a whole letter, the good one raises nothing`, () => {
    assert.ok(rule.example, 'the rule page has an example');
    const bad = letterWith(rule.example.bad);
    assert.ok(
      problems(bad).some((p) => p.rule === rule.name),
      `bad example: ${JSON.stringify(problems(bad).map((p) => p.rule))}\n${bad}`,
    );
    const good = letterWith(rule.example.good);
    assert.deepEqual(
      problems(good).map((p) => `${p.rule}: ${p.message}`),
      [],
      `good example:\n${good}`,
    );
  });
}
