// The decision summary of one disputed item, in Markdown: outcome and its meaning, both parties' citations
// side by side, the conclusion sentence, and for a partly authorised request the figures and whether they add up.
import type { Citation, GuidelineField, Item, PartialAuthorization } from '../letter';
import { outcomeMeaning } from './outcomeForItem';
import { isBareNumber } from './citationInfo';
import { partialCounts } from '../letter';

export function describeCitation(c: Citation): string {
  switch (c.kind) {
    case 'mtus': {
      const parts = [`MTUS ${c.chapter.text || '(no chapter)'}${c.year ? ` ${c.year.text}` : ''}`];
      if (c.topic) parts.push(c.topic.text);
      if (c.sections.length)
        parts.push(
          `Section(s): ${c.sections.map((s) => (isBareNumber(s.text) ? `${s.text} (a number, not a section)` : s.text)).join('; ')}`,
        );
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

const cell = (s: string): string => s.replace(/\|/g, '\\|');

function citationLines(field: GuidelineField | undefined): string[] {
  if (!field) return ['_(line missing)_'];
  if (field.citations.length === 0) return ['_(nothing cited)_'];
  return field.citations.map((c) => cell(describeCitation(c)));
}

function partialFigures(p: PartialAuthorization): string[] {
  const lines = ['| Partial authorisation | |', '|---|---|'];
  lines.push(`| Requested | ${cell(p.original?.text ?? '?')} |`);
  lines.push(`| Authorised by the Claims Administrator | ${cell(p.authorized?.text ?? '?')} |`);
  lines.push(`| In dispute | ${cell(p.remaining?.text ?? '?')} |`);
  // Counts are read exactly as the partial-authorization-mismatch rule reads them, so the hover and the
  // diagnostic never disagree about whether the figures add up.
  const counts = partialCounts(p);
  if (counts) {
    const [x, y, z] = [counts.original.value, counts.authorized.value, counts.remaining.value];
    const ok = x - y === z;
    lines.push(
      '',
      ok
        ? `Figures: ${x} requested − ${y} authorised = ${z} in dispute.`
        : `Figures **do not add up**: ${x} requested − ${y} authorised = ${x - y}, but ${z} is in dispute.`,
    );
  }
  return lines;
}

export function itemSummary(item: Item): string {
  const lines: string[] = [];
  lines.push(`**${item.request.text || '(item without header)'}**`, '');
  if (item.outcome?.meaning && item.outcome.valid) lines.push(outcomeMeaning(item.outcome.meaning, item));
  else if (item.outcome) lines.push(`Outcome "${item.outcome.text}" is not valid: an item is either Upheld or Overturned.`);
  else lines.push('_No outcome yet._');
  if (item.partial) lines.push('', ...partialFigures(item.partial));
  // Both parties' citations side by side, one citation per row.
  const ca = citationLines(item.claimsAdministrator);
  const mx = citationLines(item.maximus);
  lines.push('', '| Claims Administrator | MAXIMUS (expert reviewer) |', '|---|---|');
  for (let i = 0; i < Math.max(ca.length, mx.length); i++) lines.push(`| ${ca[i] ?? ''} | ${mx[i] ?? ''} |`);
  const c = item.rationale?.conclusion;
  lines.push('');
  if (!item.rationale) lines.push('_No decision rationale._');
  else if (!c) lines.push('_The rationale states no conclusion ("… is (not) medically necessary")._');
  else lines.push(`Conclusion (${c.kind === 'necessary' ? 'medically necessary' : 'not medically necessary'}): _${c.sentence.text}_`);
  return lines.join('\n');
}
