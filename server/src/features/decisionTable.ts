// The letter's decisions as rows (item, outcome, both parties' citations, conclusion) and as a readable
// Markdown table: the data behind "IMR: Show Decision Summary", the code lens, the status item and the export.
import type { Item, Letter } from '../letter';
import { describeCitation } from './itemSummary';
import { headerValue, intervals, describeDays } from './headerDates';

export interface DecisionRow {
  readonly caseNumber: string;
  /** 1-based, as a reader counts. */
  readonly item: number;
  readonly request: string;
  /** "Upheld", "Overturned", the invalid word as written, or "" when missing. */
  readonly outcome: string;
  readonly claimsAdministratorCitations: readonly string[];
  readonly maximusCitations: readonly string[];
  /** "medically necessary", "not medically necessary" or "" when the rationale states none. */
  readonly conclusion: string;
  readonly conclusionSentence: string;
  /** 0-based line of the item header, for "go to item". */
  readonly line: number;
}

export interface OutcomeCounts {
  readonly items: number;
  readonly upheld: number;
  readonly overturned: number;
  /** Items without a valid outcome word. */
  readonly undecided: number;
}

export function decisionRows(letter: Letter, lineOf: (offset: number) => number = () => 0): DecisionRow[] {
  const caseNumber = headerValue(letter, 'caseNumber') ?? '';
  return letter.items.map((item: Item) => ({
    caseNumber,
    item: item.index + 1,
    request: item.request.text,
    outcome: item.outcome?.text ?? '',
    claimsAdministratorCitations: item.claimsAdministrator?.citations.map(describeCitation) ?? [],
    maximusCitations: item.maximus?.citations.map(describeCitation) ?? [],
    conclusion: item.rationale?.conclusion
      ? item.rationale.conclusion.kind === 'necessary'
        ? 'medically necessary'
        : 'not medically necessary'
      : '',
    conclusionSentence: item.rationale?.conclusion?.sentence.text ?? '',
    line: lineOf(item.span.start),
  }));
}

export function outcomeCounts(letter: Letter): OutcomeCounts {
  let upheld = 0;
  let overturned = 0;
  for (const i of letter.items) {
    if (i.outcome?.valid && i.outcome.meaning === 'Upheld') upheld++;
    else if (i.outcome?.valid && i.outcome.meaning === 'Overturned') overturned++;
  }
  return { items: letter.items.length, upheld, overturned, undecided: letter.items.length - upheld - overturned };
}

/** "5 items: 4 Upheld, 1 Overturned" (and how many lack an outcome). */
export function describeCounts(c: OutcomeCounts): string {
  const parts: string[] = [];
  if (c.upheld) parts.push(`${c.upheld} Upheld`);
  if (c.overturned) parts.push(`${c.overturned} Overturned`);
  if (c.undecided) parts.push(`${c.undecided} without outcome`);
  return `${c.items} item${c.items === 1 ? '' : 's'}${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

const cell = (s: string): string => (s || '—').replace(/\|/g, '\\|').replace(/\s+/g, ' ');

/** A readable Markdown page: the case, its dates and intervals, then one row per item. */
export function decisionTableMarkdown(letter: Letter, title?: string): string {
  const caseNumber = headerValue(letter, 'caseNumber');
  const lines = [`# ${caseNumber ? `IMR ${caseNumber}` : (title ?? 'IMR letter')}: decision summary`, ''];
  const facts: string[] = [];
  for (const [key, name] of [
    ['dateAssigned', 'Assigned'],
    ['decisionDate', 'Decided'],
    ['urDenialDate', 'UR denial'],
    ['applicationReceived', 'Application'],
    ['priority', 'Priority'],
  ] as const) {
    const v = headerValue(letter, key);
    if (v) facts.push(`${name} ${v}`);
  }
  if (facts.length) lines.push(facts.join(' · '), '');
  const spans = intervals(letter).filter((i) => i.label === 'assignment to decision' || i.label === 'UR denial to IMR application');
  if (spans.length) lines.push(spans.map((i) => `${i.label}: ${describeDays(i.days)}`).join(' · '), '');
  lines.push(`**${describeCounts(outcomeCounts(letter))}**`, '');
  if (!letter.items.length) {
    lines.push('_No disputed items found._');
    return lines.join('\n') + '\n';
  }
  lines.push('| # | Item | Outcome | Claims Administrator cited | MAXIMUS cited | Conclusion |', '|---|---|---|---|---|---|');
  for (const r of decisionRows(letter)) {
    const outcome = r.outcome
      ? r.outcome === 'Upheld' || r.outcome === 'Overturned'
        ? `**${r.outcome}**`
        : `${r.outcome} _(invalid)_`
      : '_missing_';
    lines.push(
      `| ${r.item} | ${cell(r.request)} | ${outcome} | ${cell(r.claimsAdministratorCitations.join('; '))} | ${cell(r.maximusCitations.join('; '))} | ${cell(r.conclusionSentence || r.conclusion)} |`,
    );
  }
  return lines.join('\n') + '\n';
}
