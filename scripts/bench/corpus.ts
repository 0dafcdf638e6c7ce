// The letters the benchmark runs on: the real corpus (IMR_CORPUS_DIR, else ../shared/corpus, else the copy in
// test/fixtures/corpus), a typical letter, and 1 MB / 10 MB letters made by joining the disputed items of
// many real letters under one real letter's header and sections.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseLetter } from '../../server/src/letter';

export interface Corpus {
  readonly dir: string;
  readonly texts: readonly string[];
  readonly bytes: number;
}

export function loadCorpus(root: string): Corpus {
  const shared = resolve(root, '..', 'shared', 'corpus');
  const dir = process.env.IMR_CORPUS_DIR
    ? resolve(process.env.IMR_CORPUS_DIR)
    : existsSync(join(shared, 'letters'))
      ? shared
      : join(root, 'test', 'fixtures', 'corpus');
  const texts: string[] = [];
  for (const sub of ['letters', 'letters-layout']) {
    const folder = join(dir, sub);
    if (!existsSync(folder)) continue;
    for (const f of readdirSync(folder).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(folder, f), 'utf8'));
  }
  if (texts.length === 0) throw new Error(`no letters under ${dir}`);
  return { dir, texts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

/** The letter of median size among the default extractions. */
export function typicalLetter(corpus: Corpus): string {
  const sorted = [...corpus.texts].sort((a, b) => a.length - b.length);
  return sorted[sorted.length >> 1];
}

/** Every disputed item of every letter, as written (from its header to the end of its last field). */
export function allItems(corpus: Corpus): string[] {
  const out: string[] = [];
  for (const text of corpus.texts) {
    for (const item of parseLetter(text).items) if (item.fields.length === 3) out.push(text.slice(item.span.start, item.span.end));
  }
  return out;
}

/**
 * One letter of about `bytes` bytes: the typical letter's header and sections up to its issues section,
 * then real items of many letters, each followed by a blank line.
 */
export function joinedLetter(corpus: Corpus, items: readonly string[], bytes: number): string {
  const base = typicalLetter(corpus);
  const issues = parseLetter(base).issues;
  const head = issues ? base.slice(0, issues.bodySpan.start) : base;
  const parts = [head];
  let size = Buffer.byteLength(head);
  for (let k = 0; size < bytes; k++) {
    const item = items[k % items.length] + '\n\n';
    parts.push(item);
    size += Buffer.byteLength(item);
  }
  return parts.join('');
}
