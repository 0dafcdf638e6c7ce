// The peers' versions of the same letters: a YAML twin (header fields as a mapping, sections and items as
// sequences of mappings, texts as block scalars) for yaml-language-server, and a Markdown twin (a heading per
// section, item and field) for VS Code's Markdown language service. Same words, line for line.
import { parseLetter, type Letter, type Span } from '../../server/src/letter';

const FIELD_KEYS = {
  claimsAdministrator: 'claimsAdministratorGuideline',
  maximus: 'maximusGuideline',
  rationale: 'decisionRationale',
} as const;
const FIELD_TITLES = {
  claimsAdministrator: 'Claims Administrator guideline',
  maximus: 'MAXIMUS guideline',
  rationale: 'Decision rationale',
} as const;

/** The lines of [span) without leading whitespace and with control characters (form feeds) as spaces. */
function linesOf(text: string, span: Span): string[] {
  return text
    .slice(span.start, span.end)
    .split(/\r\n|\r|\n/)
    .map((l) =>
      l
        .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, ' ')
        .replace(/^\s+/, '')
        .trimEnd(),
    );
}

function sectionsBeforeItems(letter: Letter) {
  return letter.sections.filter((s) => s !== letter.issues);
}

export function yamlTwin(text: string, letter: Letter = parseLetter(text)): string {
  const out: string[] = [];
  const block = (indent: string, key: string, span: Span): void => {
    out.push(`${indent}${key}: |-`);
    for (const l of linesOf(text, span)) out.push(l ? `${indent}  ${l}` : '');
  };
  for (const f of letter.header?.fields ?? []) out.push(`${f.key}: ${JSON.stringify(f.value?.text ?? '')}`);
  out.push('sections:');
  for (const s of sectionsBeforeItems(letter)) {
    out.push(`  - title: ${JSON.stringify(s.title)}`);
    block('    ', 'text', s.bodySpan);
  }
  out.push('items:');
  for (const item of letter.items) {
    out.push(`  - request: ${JSON.stringify(item.request.text)}`);
    out.push(`    outcome: ${JSON.stringify(item.outcome?.text ?? '')}`);
    for (const f of item.fields) block('    ', FIELD_KEYS[f.kind], f.body.span);
  }
  return out.join('\n') + '\n';
}

export function markdownTwin(text: string, letter: Letter = parseLetter(text)): string {
  const out: string[] = [];
  const caseNumber = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value?.text ?? '';
  out.push(`# IMR final determination ${caseNumber}`, '');
  for (const f of letter.header?.fields ?? []) out.push(`- **${f.label.text}** ${f.value?.text ?? ''}`);
  out.push('');
  const paragraph = (span: Span): void => {
    out.push(...linesOf(text, span), '');
  };
  for (const s of sectionsBeforeItems(letter)) {
    out.push(`## ${s.title}`, '');
    paragraph(s.bodySpan);
  }
  out.push(`## ${letter.issues?.title ?? 'IMR ISSUES, DECISIONS AND RATIONALES'}`, '');
  for (const item of letter.items) {
    out.push(`### ${item.request.text}: ${item.outcome?.text ?? ''}`, '');
    for (const f of item.fields) {
      out.push(`#### ${FIELD_TITLES[f.kind]}`, '');
      paragraph(f.body.span);
    }
  }
  return out.join('\n');
}
