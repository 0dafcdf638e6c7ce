// Replays real letters as a reviewer types them and asks completion, in process, what it would offer:
// after "Decision based on MTUS ", "Section(s): " and "Non-MTUS Citation " (is what the letter goes on to write
// among the first three choices?), and at every typed space or colon (does a popup offer anything the letter
// goes on to say?). Used by test/unit/completion.corpus.test.ts and scripts/measure-completion.mjs.
import type { CompletionItem } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { completions } from '../../server/src/features/completion';
import { positionAt } from '../../server/src/features/positions';
import { odgChapterOf } from '../../server/src/kb/odg';

const flat = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The choices in the order the editor shows them before anything is typed (by sortText, then label). */
function ordered(items: readonly CompletionItem[]): CompletionItem[] {
  const key = (c: CompletionItem) => c.sortText ?? c.label;
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.label < b.label ? -1 : 1));
}

/** Completion for a letter typed up to `end`, whose last character typed is `typed`. */
function ask(text: string, end: number, typed: string): CompletionItem[] {
  const prefix = text.slice(0, end - 1) + typed;
  const letter = parseLetter(prefix);
  return ordered(completions(letter, positionAt(letter, prefix.length)).items);
}

/** What a choice writes, as the text it puts in place of what the writer typed. */
function written(c: CompletionItem): string {
  const edit = c.textEdit && 'newText' in c.textEdit ? c.textEdit.newText : (c.insertText ?? c.label);
  return edit.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}

/** The words the choice replaces: typed on the line before the cursor, from its edit range. */
function replaced(c: CompletionItem): number {
  if (!c.textEdit || !('range' in c.textEdit)) return 0;
  const r = c.textEdit.range;
  return r.start.line === r.end.line ? r.end.character - r.start.character : 0;
}

/**
 * Whether choice `c` says what the letter goes on to say from `end`: the text that follows (with what the
 * choice replaces) starts with the choice's label or its text. A long choice (a sentence) counts when the
 * letter goes on with its first four words: the writer accepts it and edits the rest.
 */
export function saysNext(text: string, end: number, c: CompletionItem): boolean {
  const ahead = flat(text.slice(end - replaced(c), end + 400));
  for (const cand of [c.label, c.filterText ?? '', written(c)].map(flat).filter(Boolean)) {
    if (ahead.startsWith(cand)) return true;
    const words = cand.split(' ');
    if (words.length > 6 && ahead.startsWith(words.slice(0, 4).join(' '))) return true;
  }
  return false;
}

export interface Tally {
  asked: number;
  top3: number;
  misses: string[];
}

export interface Replay {
  mtus: Tally;
  sections: Tally;
  nonMtus: Tally;
  /** Popups on a typed space or colon: how many opened and how many offered nothing the letter goes on to say. */
  popups: { opened: number; useless: number; byKind: Record<string, { opened: number; useless: number }>; examples: string[] };
}

const tally = (): Tally => ({ asked: 0, top3: 0, misses: [] });

export function newReplay(): Replay {
  return { mtus: tally(), sections: tally(), nonMtus: tally(), popups: { opened: 0, useless: 0, byKind: {}, examples: [] } };
}

const TRIGGERS: readonly { key: 'mtus' | 'sections' | 'nonMtus'; re: RegExp }[] = [
  { key: 'mtus', re: /Decision\s+based\s+on\s+MTUS\s/g },
  { key: 'sections', re: /Section\s*\(s\)\s*:\s/g },
  { key: 'nonMtus', re: /Non-MTUS\s+Citation\s/g },
];

/** Replays the three citation triggers of one letter into `into`. */
export function replayTriggers(id: string, text: string, into: Replay): void {
  for (const { key, re } of TRIGGERS) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      const items = ask(text, end, ' ');
      const t = into[key];
      const ahead = text.slice(end, end + 120);
      if (key === 'nonMtus') {
        // The right chapter: the ODG chapter the letter names, when it names one.
        const want = odgChapterOf(flat(text.slice(end, end + 200)).split(/[.;]/)[0])?.name;
        if (!want) continue;
        t.asked++;
        if (items.slice(0, 3).some((c) => odgChapterOf(c.label)?.name === want)) t.top3++;
        else
          t.misses.push(
            `${id}: wrote "${flat(ahead).slice(0, 70)}", offered ${items
              .slice(0, 3)
              .map((c) => c.label)
              .join(' | ')}`,
          );
        continue;
      }
      t.asked++;
      if (items.slice(0, 3).some((c) => saysNext(text, end, c))) t.top3++;
      else
        t.misses.push(
          `${id}: wrote "${flat(ahead).slice(0, 60)}", offered ${items
            .slice(0, 3)
            .map((c) => c.label)
            .join(' | ')}`,
        );
    }
  }
}

/** What kind of choice a popup leads with, for the report. */
function kindOf(c: CompletionItem): string {
  return (
    c.detail
      ?.split(/[:(—"]/)[0]
      .trim()
      .slice(0, 40) || String(c.kind)
  );
}

/** Replays every typed space and colon from `from` to `to` (offsets) of one letter into `into`. */
export function replayTyping(id: string, text: string, into: Replay, from = 0, to = text.length): void {
  for (let p = from; p < to; p++) {
    const ch = text[p];
    if (ch !== ' ' && ch !== ':') continue;
    const items = ask(text, p + 1, ch);
    if (!items.length) continue;
    const useful = items.some((c) => saysNext(text, p + 1, c));
    const kind = kindOf(items[0]);
    const k = (into.popups.byKind[kind] ??= { opened: 0, useless: 0 });
    into.popups.opened++;
    k.opened++;
    if (!useful) {
      into.popups.useless++;
      k.useless++;
      if (into.popups.examples.length < 400)
        into.popups.examples.push(`${id}@${p}: "${flat(text.slice(Math.max(0, p - 40), p + 1))}" -> ${items[0].label.slice(0, 60)}`);
    }
  }
}

export const rate = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}% (${n}/${d})` : 'n/a');
