// Keeps the workspace symbol index current: crawls the workspace folders in the background, follows file
// events, and lets open documents (their unsaved text) win over what is on disk. File access comes from a
// LetterFiles implementation (Node fs in the node entry); without one (the browser) only open documents count.
import { looksLikeLetter, parseLetter, type Letter } from '../letter';
import { indexEntries, SymbolIndex } from './workspaceSymbols';

export interface LetterFiles {
  /** URIs of candidate letter files (*.imr, *.imr.txt, *.txt) under a folder URI, recursively. */
  list(folderUri: string): Promise<string[]>;
  /** The file's text, or undefined when it is gone, unreadable or larger than `maxBytes`. */
  read(uri: string, maxBytes: number): Promise<string | undefined>;
}

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number): void;
  done(): void;
}

/** A .txt file is a letter when its opening looks like one (letter/detect.ts); any .imr file is one. */
export function isLetterFile(uri: string, text: string): boolean {
  if (/\.imr(\.txt)?$/i.test(uri)) return true;
  return looksLikeLetter(text);
}

/**
 * One spelling per file URI, as VS Code writes them (every byte but A-Z a-z 0-9 - . _ ~ and "/" percent-encoded,
 * a lower-case drive letter), so a file crawled from disk and the same file opened or watched are one entry.
 */
export function canonicalUri(uri: string): string {
  const m = /^file:\/\/([^/]*)(\/.*)?$/i.exec(uri);
  if (!m) return uri;
  let path = (m[2] ?? '/')
    .split('/')
    .map((seg) => {
      let raw = seg;
      try {
        raw = decodeURIComponent(seg);
      } catch {
        // a stray "%": keep the segment as written
      }
      return encodeURIComponent(raw).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    })
    .join('/');
  path = path.replace(/^\/([A-Za-z])%3A/, (_, d: string) => `/${d.toLowerCase()}%3A`);
  return `file://${m[1].toLowerCase()}${path}`;
}

const yieldToRequests = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class WorkspaceIndex {
  private readonly index = new SymbolIndex();
  private readonly open = new Set<string>();
  /** Open documents edited since their entries were last made: indexed when a query needs them, not per keystroke. */
  private readonly stale = new Map<string, () => Letter>();
  private pending: Promise<void> = Promise.resolve();
  /** Bumped per folder crawl so a crawl of a removed folder stops adding entries. */
  private readonly folders = new Map<string, number>();
  private generation = 0;

  constructor(
    private readonly files: LetterFiles | undefined,
    private readonly maxBytes: () => number,
    private readonly progress?: () => IndexProgress | undefined,
  ) {}

  /** Resolves when every crawl and file event received so far has been applied. */
  get ready(): Promise<void> {
    return this.pending;
  }

  addFolders(folderUris: readonly string[]): void {
    if (!this.files || !folderUris.length) return;
    const folders = folderUris.map(canonicalUri);
    for (const f of folders) this.folders.set(f, ++this.generation);
    this.enqueue(() => this.crawl(folders));
  }

  removeFolder(uri: string): void {
    const folderUri = canonicalUri(uri);
    this.folders.delete(folderUri);
    this.enqueue(async () => this.index.deleteUnder(folderUri));
  }

  /** The index, with every open document's entries made from its current version. */
  get symbols(): SymbolIndex {
    for (const [uri, letterOf] of this.stale) this.index.set(uri, indexEntries(letterOf()));
    this.stale.clear();
    return this.index;
  }

  /**
   * An open document's current text wins over the file on disk. `letterOf` gives the letter of the document's
   * version at the time of the next query (typing does not index every keystroke).
   */
  setOpen(documentUri: string, letterOf: () => Letter): void {
    const uri = canonicalUri(documentUri);
    this.open.add(uri);
    this.stale.set(uri, letterOf);
  }

  /** A closed document: back to what is on disk (or nothing, for untitled documents and the browser). */
  closed(documentUri: string): void {
    const uri = canonicalUri(documentUri);
    this.open.delete(uri);
    this.stale.delete(uri);
    this.index.delete(uri);
    if (this.files && uri.startsWith('file:') && this.inFolder(uri)) this.enqueue(() => this.readOne(uri));
  }

  fileChanged(fileUri: string, deleted: boolean): void {
    const uri = canonicalUri(fileUri);
    if (this.open.has(uri)) return;
    if (deleted) {
      this.index.delete(uri);
      // A deleted folder arrives as one event for the folder.
      this.index.deleteUnder(uri);
      return;
    }
    if (this.files && /\.(imr|txt)$/i.test(uri)) this.enqueue(() => this.readOne(uri));
  }

  private inFolder(uri: string): boolean {
    for (const f of this.folders.keys()) if (uri.startsWith(f.endsWith('/') ? f : `${f}/`)) return true;
    return false;
  }

  private enqueue(task: () => Promise<void>): void {
    this.pending = this.pending.then(task).catch(() => undefined);
  }

  private async readOne(uri: string): Promise<void> {
    const text = await this.files!.read(uri, this.maxBytes());
    if (this.open.has(uri)) return;
    if (text === undefined || !isLetterFile(uri, text)) this.index.delete(uri);
    else this.index.set(uri, indexEntries(parseLetter(text)));
  }

  private async crawl(folderUris: readonly string[]): Promise<void> {
    const lists: { folder: string; uris: string[]; generation: number }[] = [];
    for (const folder of folderUris) {
      const generation = this.folders.get(folder);
      if (generation === undefined) continue; // removed before its crawl began
      const uris = (await this.files!.list(folder).catch(() => [] as string[])).map(canonicalUri);
      lists.push({ folder, uris, generation });
    }
    const total = lists.reduce((n, l) => n + l.uris.length, 0);
    const progress = total ? this.progress?.() : undefined;
    progress?.begin(total);
    let done = 0;
    const BATCH = 64;
    try {
      for (const l of lists) {
        for (let i = 0; i < l.uris.length; i += BATCH) {
          if (this.folders.get(l.folder) !== l.generation) break;
          const batch = l.uris.slice(i, i + BATCH);
          const texts = await Promise.all(batch.map((u) => this.files!.read(u, this.maxBytes()).catch(() => undefined)));
          batch.forEach((uri, k) => {
            const text = texts[k];
            if (this.open.has(uri) || text === undefined || !isLetterFile(uri, text)) return;
            this.index.set(uri, indexEntries(parseLetter(text)));
          });
          done += batch.length;
          progress?.report(done, total);
          // Let requests in between batches: the crawl runs in the background.
          await yieldToRequests();
        }
      }
    } finally {
      progress?.done();
    }
  }
}
