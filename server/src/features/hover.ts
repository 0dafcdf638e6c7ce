// Hover on an item header: a decision summary (item, outcome and its meaning, each party's citations,
// the rationale's conclusion, and for partial authorisations what was requested, authorised and remains).
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import type { Citation, GuidelineField, Item, Letter } from '../letter';
import { contains, offsetAt, rangeOf } from './positions';

export const OUTCOME_MEANING = {
  Upheld: 'the utilization review denial stands: the requested treatment is **not** authorised.',
  Overturned: 'the utilization review denial is reversed: the requested treatment **is** authorised as medically necessary.',
} as const;

export function describeCitation(c: Citation): string {
  switch (c.kind) {
    case 'mtus': {
      const parts = [`MTUS ${c.chapter.text || '(no chapter)'}${c.year ? ` ${c.year.text}` : ''}`];
      if (c.topic) parts.push(c.topic.text);
      if (c.sections.length) parts.push(`Section(s): ${c.sections.map((s) => s.text).join('; ')}`);
      if (c.pages.length) parts.push(`Page(s): ${c.pages.map((p) => p.text).join(', ')}`);
      return parts.join(' — ');
    }
    case 'nonMtus':
      return `Non-MTUS: ${c.source.text || '(no source)'}`;
    case 'noEvidence':
      return `The ${c.party} did not cite any medical evidence`;
    case 'outsideMtus':
      return `The ${c.party} relied on recommendations outside the MTUS`;
    case 'other':
      return c.text;
  }
}

function citations(field: GuidelineField | undefined): string {
  if (!field) return '_(line missing)_';
  if (field.citations.length === 0) return '_(nothing cited)_';
  return field.citations.map((c) => describeCitation(c).replace(/\|/g, '\\|')).join('<br>');
}

export function itemSummary(item: Item): string {
  const lines: string[] = [];
  lines.push(`**${item.request.text || '(item without header)'}**`, '');
  if (item.outcome?.valid) {
    lines.push(`**${item.outcome.text}**: ${OUTCOME_MEANING[item.outcome.text as 'Upheld' | 'Overturned']}`);
  } else if (item.outcome) {
    lines.push(`Outcome "${item.outcome.text}" is not valid: an item is either Upheld or Overturned.`);
  } else {
    lines.push('_No outcome yet._');
  }
  if (item.partial) {
    const p = item.partial;
    lines.push('', '| Partial authorisation | |', '|---|---|');
    lines.push(`| Requested | ${p.original?.text ?? '?'} |`);
    lines.push(`| Authorised by the Claims Administrator | ${p.authorized?.text ?? '?'} |`);
    lines.push(`| In dispute | ${p.remaining?.text ?? '?'} |`);
  }
  lines.push('', '| Party | Cited |', '|---|---|');
  lines.push(`| Claims Administrator | ${citations(item.claimsAdministrator)} |`);
  lines.push(`| MAXIMUS (expert reviewer) | ${citations(item.maximus)} |`);
  const c = item.rationale?.conclusion;
  lines.push('');
  if (!item.rationale) lines.push('_No decision rationale._');
  else if (!c) lines.push('_The rationale states no conclusion ("… is (not) medically necessary")._');
  else lines.push(`Conclusion (${c.kind === 'necessary' ? 'medically necessary' : 'not medically necessary'}): _${c.sentence.text}_`);
  return lines.join('\n');
}

export function hover(letter: Letter, position: Position): Hover | null {
  const offset = offsetAt(letter, position);
  for (const item of letter.items) {
    if (item.header.text && contains(item.header.span, offset)) {
      return { contents: { kind: MarkupKind.Markdown, value: itemSummary(item) }, range: rangeOf(letter, item.header.span) };
    }
  }
  return null;
}
