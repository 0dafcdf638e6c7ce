// documentSymbol: the header, each section, and under the issues section one symbol per disputed item
// (name: the requested item; detail: its outcome) with its three fields as children. A letter of more than
// FIELDS_UP_TO items (real letters have a few, at most a few dozen) lists its items without their fields: an
// outline of thousands of entries helps no one, and its JSON alone would take longer than the rest of the work.
// A 1 MB letter has some 3,000 symbols: positions are found by walking the line table forward from the last
// one found (symbols come in document order) rather than by a search each, and items are assigned to their
// sections in one pass.
import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver-types';
import {
  fieldLabel,
  lineAt,
  type Field,
  type GuidelineField,
  type Item,
  type Letter,
  type RationaleField,
  type Section,
  type Span,
} from '../letter';

/** Offsets to positions (as positionAt in positions.ts), fast for offsets near the previous one. */
class Positions {
  private line = 0;

  constructor(private readonly letter: Letter) {}

  at(offset: number): Position {
    const { lines, text } = this.letter;
    const o = Math.max(0, Math.min(offset, text.length));
    let line = this.line;
    if (lines[line].start > o) {
      line = lineAt(lines, o);
    } else {
      // A few steps forward, else a binary search.
      let steps = 0;
      while (line + 1 < lines.length && lines[line + 1].start <= o) {
        if (++steps > 8) {
          line = lineAt(lines, o);
          break;
        }
        line++;
      }
    }
    this.line = line;
    const l = lines[line];
    return { line, character: Math.min(o, l.end) - l.start };
  }

  range(span: Span): Range {
    return { start: this.at(span.start), end: this.at(span.end) };
  }
}

function symbol(
  p: Positions,
  name: string,
  detail: string,
  kind: SymbolKind,
  span: Span,
  selection: Span,
  children?: DocumentSymbol[],
): DocumentSymbol {
  const sel = selection.start >= span.start && selection.end <= span.end ? selection : { start: span.start, end: span.start };
  return { name: name || '(untitled)', detail, kind, range: p.range(span), selectionRange: p.range(sel), children };
}

function citationsDetail(f: GuidelineField): string {
  let detail = '';
  for (const c of f.citations) {
    const d =
      c.kind === 'mtus'
        ? `MTUS ${c.chapter.text}${c.year ? ' ' + c.year.text : ''}`
        : c.kind === 'nonMtus'
          ? c.family === 'other'
            ? 'Non-MTUS'
            : c.family
          : c.kind === 'noEvidence'
            ? 'no evidence cited'
            : c.kind === 'outsideMtus'
              ? 'outside MTUS'
              : '';
    if (d) detail = detail ? `${detail}; ${d}` : d;
  }
  return detail;
}

function fieldSymbol(p: Positions, f: Field): DocumentSymbol {
  let detail: string;
  if (f.kind === 'rationale') {
    const c = (f as RationaleField).conclusion;
    detail = c ? (c.kind === 'necessary' ? 'medically necessary' : 'not medically necessary') : '';
  } else {
    detail = citationsDetail(f as GuidelineField);
  }
  return symbol(p, fieldLabel(f.kind).name, detail, f.kind === 'rationale' ? SymbolKind.String : SymbolKind.Field, f.span, f.label.span);
}

/** Letters with more items than this list them without their fields. */
export const FIELDS_UP_TO = 100;

function itemSymbolAt(p: Positions, item: Item, withFields = true): DocumentSymbol {
  const detail = item.outcome?.valid ? item.outcome.text : '';
  const selection = item.header.text ? item.header.span : (item.fields[0]?.label.span ?? item.span);
  // The item's range and selection first, then its fields: positions in document order.
  const range = p.range(item.span);
  const sel =
    selection.start >= item.span.start && selection.end <= item.span.end ? selection : { start: item.span.start, end: item.span.start };
  const selectionRange = p.range(sel);
  const children = withFields ? item.fields.map((f) => fieldSymbol(p, f)) : undefined;
  return { name: item.request.text || '(item without header)', detail, kind: SymbolKind.Object, range, selectionRange, children };
}

export function itemSymbol(letter: Letter, item: Item): DocumentSymbol {
  return itemSymbolAt(new Positions(letter), item);
}

const inside = (item: Item, s: Section): boolean => item.span.start >= s.span.start && item.span.start < s.span.end;

export function documentSymbols(letter: Letter): DocumentSymbol[] {
  const p = new Positions(letter);
  const out: DocumentSymbol[] = [];
  if (letter.header) {
    const children = letter.header.fields.map((f) => {
      const span = f.value
        ? { start: Math.min(f.label.span.start, f.value.span.start), end: Math.max(f.label.span.end, f.value.span.end) }
        : f.label.span;
      return symbol(p, f.label.text.replace(/:$/, ''), f.value?.text ?? '', SymbolKind.Property, span, f.label.span);
    });
    const span = children.length ? { start: letter.header.span.start, end: letter.header.span.end } : letter.header.span;
    const caseNumber = letter.header.fields.find((f) => f.key === 'caseNumber')?.value?.text ?? '';
    out.push(symbol(p, 'Header', caseNumber, SymbolKind.Namespace, span, letter.header.fields[0].label.span, children));
  }
  // Items outside any issues section (a draft without the heading) still get symbols.
  const placed = new Uint8Array(letter.items.length);
  const withFields = letter.items.length <= FIELDS_UP_TO;
  for (const s of letter.sections) {
    const items: DocumentSymbol[] = [];
    const range = p.range(s.span);
    const selectionRange = p.range(
      s.headingSpan.start >= s.span.start && s.headingSpan.end <= s.span.end ? s.headingSpan : { start: s.span.start, end: s.span.start },
    );
    if (s.kind === 'issues') {
      letter.items.forEach((item, k) => {
        if (!inside(item, s)) return;
        placed[k] = 1;
        items.push(itemSymbolAt(p, item, withFields));
      });
    }
    const detail = items.length ? `${items.length} item${items.length === 1 ? '' : 's'}` : '';
    out.push({ name: s.title || '(untitled)', detail, kind: SymbolKind.Namespace, range, selectionRange, children: items });
  }
  letter.items.forEach((item, k) => {
    if (!placed[k]) out.push(itemSymbolAt(p, item, withFields));
  });
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
