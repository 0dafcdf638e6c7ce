// documentSymbol: the header, each section, and under the issues section one symbol per disputed item
// (name: the requested item; detail: its outcome) with its three fields as children.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { Field, GuidelineField, Item, Letter, RationaleField, Section, Span } from '../letter';
import { rangeOf } from './positions';

const FIELD_NAMES = { claimsAdministrator: 'Claims Administrator guideline', maximus: 'MAXIMUS guideline', rationale: 'Decision rationale' } as const;

function symbol(letter: Letter, name: string, detail: string, kind: SymbolKind, span: Span, selection: Span, children?: DocumentSymbol[]): DocumentSymbol {
  const sel = selection.start >= span.start && selection.end <= span.end ? selection : { start: span.start, end: span.start };
  return { name: name || '(untitled)', detail, kind, range: rangeOf(letter, span), selectionRange: rangeOf(letter, sel), children };
}

function fieldSymbol(letter: Letter, f: Field): DocumentSymbol {
  let detail: string;
  if (f.kind === 'rationale') {
    const c = (f as RationaleField).conclusion;
    detail = c ? (c.kind === 'necessary' ? 'medically necessary' : 'not medically necessary') : '';
  } else {
    detail = (f as GuidelineField).citations
      .map((c) => (c.kind === 'mtus' ? `MTUS ${c.chapter.text}${c.year ? ' ' + c.year.text : ''}` : c.kind === 'nonMtus' ? (c.family === 'other' ? 'Non-MTUS' : c.family) : c.kind === 'noEvidence' ? 'no evidence cited' : c.kind === 'outsideMtus' ? 'outside MTUS' : ''))
      .filter(Boolean)
      .join('; ');
  }
  return symbol(letter, FIELD_NAMES[f.kind], detail, f.kind === 'rationale' ? SymbolKind.String : SymbolKind.Field, f.span, f.label.span);
}

export function itemSymbol(letter: Letter, item: Item): DocumentSymbol {
  const detail = item.outcome?.valid ? item.outcome.text : '';
  const selection = item.header.text ? item.header.span : (item.fields[0]?.label.span ?? item.span);
  return symbol(letter, item.request.text || '(item without header)', detail, SymbolKind.Object, item.span, selection, item.fields.map((f) => fieldSymbol(letter, f)));
}

function sectionSymbol(letter: Letter, s: Section): DocumentSymbol {
  const items = s.kind === 'issues' ? letter.items.filter((i) => i.span.start >= s.span.start && i.span.start < s.span.end) : [];
  return symbol(letter, s.title, items.length ? `${items.length} item${items.length === 1 ? '' : 's'}` : '', SymbolKind.Namespace, s.span, s.headingSpan, items.map((i) => itemSymbol(letter, i)));
}

export function documentSymbols(letter: Letter): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  if (letter.header) {
    const children = letter.header.fields.map((f) => {
      const span = f.value ? { start: Math.min(f.label.span.start, f.value.span.start), end: Math.max(f.label.span.end, f.value.span.end) } : f.label.span;
      return symbol(letter, f.label.text.replace(/:$/, ''), f.value?.text ?? '', SymbolKind.Property, span, f.label.span);
    });
    const span = children.length ? { start: letter.header.span.start, end: letter.header.span.end } : letter.header.span;
    const caseNumber = letter.header.fields.find((f) => f.key === 'caseNumber')?.value?.text ?? '';
    out.push(symbol(letter, 'Header', caseNumber, SymbolKind.Namespace, span, letter.header.fields[0].label.span, children));
  }
  for (const s of letter.sections) out.push(sectionSymbol(letter, s));
  // Items outside any issues section (a draft without the heading) still get symbols.
  const inSections = new Set(letter.sections.filter((s) => s.kind === 'issues').flatMap((s) => letter.items.filter((i) => i.span.start >= s.span.start && i.span.start < s.span.end)));
  for (const item of letter.items) if (!inSections.has(item)) out.push(itemSymbol(letter, item));
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
