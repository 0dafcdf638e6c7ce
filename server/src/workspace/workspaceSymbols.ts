// Workspace symbols: every disputed item of every letter, held in a small in-memory index (lower-cased item
// name and case number per item) so that a query is a scan of short strings. Pure: who fills it (open
// documents, files read from disk) is the server's business.
import { SymbolKind, type Range, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { Letter } from '../letter';
import { rangeOf } from '../features/positions';
import { headerValue } from '../features/headerDates';

export interface IndexedItem {
  readonly name: string;
  /** Lower-cased "name case-number outcome", what queries match against. */
  readonly key: string;
  readonly container: string;
  readonly range: Range;
}

export function indexEntries(letter: Letter): IndexedItem[] {
  const caseNumber = headerValue(letter, 'caseNumber') ?? '';
  return letter.items.map((item) => {
    const name = item.request.text || '(item without header)';
    const outcome = item.outcome?.text ?? '';
    const container = [caseNumber, outcome].filter(Boolean).join(' · ');
    return {
      name,
      key: `${name} ${caseNumber} ${outcome}`.toLowerCase(),
      container,
      range: rangeOf(letter, item.header.text ? item.header.span : item.span),
    };
  });
}

/** Items per document URI. */
export class SymbolIndex {
  private readonly byUri = new Map<string, readonly IndexedItem[]>();

  set(uri: string, entries: readonly IndexedItem[]): void {
    if (entries.length) this.byUri.set(uri, entries);
    else this.byUri.delete(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  /** Forgets every document under a folder URI (a removed workspace folder). */
  deleteUnder(folderUri: string): void {
    const prefix = folderUri.endsWith('/') ? folderUri : `${folderUri}/`;
    for (const uri of [...this.byUri.keys()]) if (uri.startsWith(prefix)) this.byUri.delete(uri);
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  get documents(): number {
    return this.byUri.size;
  }

  get items(): number {
    let n = 0;
    for (const e of this.byUri.values()) n += e.length;
    return n;
  }

  /** Items whose name, case number or outcome contain every word of `query` (case-insensitive). */
  query(query: string, limit = Infinity): WorkspaceSymbol[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const out: WorkspaceSymbol[] = [];
    for (const [uri, entries] of this.byUri) {
      for (const e of entries) {
        let ok = true;
        for (const w of words) {
          if (!e.key.includes(w)) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        out.push({ name: e.name, kind: SymbolKind.Object, containerName: e.container, location: { uri, range: e.range } });
        if (out.length >= limit) return out;
      }
    }
    return out;
  }
}
