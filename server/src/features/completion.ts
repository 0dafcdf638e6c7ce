// Completion where the letter's form says what comes next: outcome words after an item header's colon,
// the field labels an item still lacks, MTUS chapters with years after "Decision based on MTUS", the
// chapter's known sections after "Section(s):", ODG chapters after "Non-MTUS Citation", the fixed citation
// sentences at the start of a guideline sentence, and conclusion sentences in a rationale.
import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import { lineAt, type Field, type Item, type Letter } from '../letter';
import { CHAPTER_TOPICS, MTUS_CHAPTERS, CHAPTER_LABELS } from '../kb';
import { offsetAt, positionAt } from './positions';
import { FIELD_LABELS, fixedSentences, ODG_CHAPTERS, ODG_PREFIX, type Party } from './completionData';
import { OUTCOME_FOR_WORKER } from './sectionGuide';
import { observedCount } from './citationInfo';

export const COMPLETION_TRIGGERS = [':', ' '];

const FIELD_LINE_RE = /^\s*(?:Claims\s+Administrator\s+guidelines?|MAXIMUS\s+guidelines?|Decision\s+rationale)\s*:/i;
const HEADER_LABEL_RE = /(?:Case\s+Number|Date\s+Assigned|Decision\s+Date|Priority|Date\s+of\s+Injury|UR\s+Denial\s+Date|Application(?:\s+Received)?|Received|Licensure|Specialty)\s*:\s*\S*$/i;

// Text is read backwards from the cursor with these helpers rather than with end-anchored regular
// expressions, which scan a long line in quadratic time.
const isLetter = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const isBlank = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** The longest end of `s` whose characters all pass `ok`. */
function trailing(s: string, ok: (c: string) => boolean): string {
  let i = s.length;
  while (i > 0 && ok(s[i - 1])) i--;
  return s.slice(i);
}

/** Only letters and blanks: the start of a line where a label or a word is being typed. */
const onlyWords = (s: string): boolean => trailing(s, (c) => isLetter(c) || isBlank(c)).length === s.length;

/**
 * The words typed at the start of a sentence ("The Cl"), when the cursor is at one: after the field label's
 * colon, or after a full stop and a blank. Undefined in the middle of a sentence.
 */
function sentenceStartTyped(before: string, extra: (c: string) => boolean = () => false): string | undefined {
  const raw = trailing(before, (c) => isLetter(c) || c === ' ' || extra(c));
  const typed = raw.trimStart();
  if (typed && !isLetter(typed[0])) return undefined;
  const rest = before.slice(0, before.length - raw.length);
  const head = rest.trimEnd();
  if (head === '') return typed;
  const gap = before.length - typed.length - head.length;
  return gap > 0 && (head.endsWith('.') || head.endsWith(':')) ? typed : undefined;
}

interface Context {
  readonly letter: Letter;
  readonly offset: number;
  /** The current line up to the cursor. */
  readonly linePrefix: string;
  readonly lineStart: number;
}

export function completions(letter: Letter, requested: Position): CompletionList {
  // A client may ask past the end or before the start: answer for the nearest real position.
  const offset = offsetAt(letter, requested);
  const position = positionAt(letter, offset);
  const line = letter.lines[position.line];
  const ctx: Context = { letter, offset, linePrefix: letter.text.slice(line.start, offset), lineStart: line.start };
  const item = itemAt(letter, offset);
  const field = item && fieldAt(letter, item, offset);
  const outcome = outcomeCompletions(ctx);
  if (outcome) return { isIncomplete: false, items: outcome };
  const items: CompletionItem[] = [];
  if (field && field.kind !== 'rationale') {
    const party: Party = field.kind === 'claimsAdministrator' ? 'Claims Administrator' : 'Expert Reviewer';
    const citation = citationCompletions(ctx, field, party);
    if (citation) items.push(...citation);
  }
  if (field?.kind === 'rationale' && item) items.push(...conclusionSentences(ctx, field, item));
  items.push(...fieldLabels(ctx, position.line));
  return { isIncomplete: false, items };
}

/** The item whose region holds `offset`: the last one starting at or before it. */
function itemAt(letter: Letter, offset: number): Item | undefined {
  let found: Item | undefined;
  for (const item of letter.items) {
    if (item.span.start <= offset) found = item;
    else break;
  }
  return found;
}

/** The field whose body holds `offset` (up to the end of the line where the body ends). */
function fieldAt(letter: Letter, item: Item, offset: number): Field | undefined {
  for (let k = item.fields.length - 1; k >= 0; k--) {
    const f = item.fields[k];
    if (f.label.span.end > offset) continue;
    const end = letter.lines.find((l) => l.start <= f.span.end && f.span.end <= l.end)?.end ?? f.span.end;
    return offset <= Math.max(end, f.span.end) ? f : undefined;
  }
  return undefined;
}

/** A range on the cursor's line from `start` (clamped to the line) to the cursor. */
function replaceRange(ctx: Context, start: number): Range {
  return { start: positionAt(ctx.letter, Math.max(start, ctx.lineStart)), end: positionAt(ctx.letter, ctx.offset) };
}

function outcomeCompletions(ctx: Context): CompletionItem[] | undefined {
  if (FIELD_LINE_RE.test(ctx.linePrefix) || HEADER_LABEL_RE.test(ctx.linePrefix) || /Sections?\s*\(s\)\s*:/i.test(ctx.linePrefix)) return undefined;
  // Item headers live in the issues section (or, in a draft without its heading, from the first item on).
  const issues = ctx.letter.issues;
  if (issues ? ctx.offset < issues.headingSpan.end : !ctx.letter.items.length || ctx.offset < ctx.letter.items[0].span.start) return undefined;
  let start: number;
  let needsSpace = false;
  const word = trailing(ctx.linePrefix, isLetter);
  const gap = trailing(ctx.linePrefix.slice(0, ctx.linePrefix.length - word.length), (c) => c === ' ' || c === '\t');
  const beforeGap = ctx.linePrefix.slice(0, ctx.linePrefix.length - word.length - gap.length);
  const previous = previousLine(ctx.letter, lineAt(ctx.letter.lines, ctx.offset)) ?? '';
  if (beforeGap.endsWith(':') && beforeGap.trim().length > 1) {
    start = ctx.offset - word.length;
    needsSpace = gap.length === 0;
  } else if (beforeGap.trim() === '' && previous.endsWith(':') && previous.slice(0, -1).trim().length > 0 && !FIELD_LINE_RE.test(previous)) {
    // The outcome word on its own line after a wrapped header ending in ":".
    start = ctx.offset - word.length;
  } else {
    return undefined;
  }
  return (['Upheld', 'Overturned'] as const).map((word, i) => ({
    label: word,
    kind: CompletionItemKind.EnumMember,
    detail: 'Item outcome',
    documentation: { kind: MarkupKind.Markdown, value: OUTCOME_FOR_WORKER[word] },
    sortText: String(i),
    filterText: word,
    textEdit: { range: replaceRange(ctx, start), newText: (needsSpace ? ' ' : '') + word },
  }));
}

/** The trimmed text of the nearest non-blank line above `line`. */
function previousLine(letter: Letter, line: number): string | undefined {
  for (let i = line - 1; i >= 0 && i >= line - 3; i--) {
    const l = letter.lines[i];
    const t = letter.text.slice(l.start, l.end).trim();
    if (t) return t;
  }
  return undefined;
}

const OUTCOME_LINE_RE = /:\s*(?:Upheld|Overturned)\s*$|^(?:Upheld|Overturned)$/i;

/**
 * The field labels due on line `line`, read from the text above it (a draft's item is often not yet an
 * item to the parser): after an item header all three; after a field label, the ones that follow it.
 */
export function dueFields(letter: Letter, line: number): typeof FIELD_LABELS {
  for (let i = line - 1; i >= 0 && i >= line - 400; i--) {
    const l = letter.lines[i];
    const t = letter.text.slice(l.start, l.end).trim();
    if (!t) continue;
    const field = FIELD_LINE_RE.exec(t);
    if (field) {
      const k = FIELD_LABELS.findIndex((f) => t.toLowerCase().startsWith(f.label.slice(0, 5).toLowerCase()));
      return FIELD_LABELS.slice(k + 1);
    }
    if (OUTCOME_LINE_RE.test(t)) return FIELD_LABELS;
    if (letter.sections.some((s) => s.headingSpan.start >= l.start && s.headingSpan.start <= l.end)) return [];
  }
  return [];
}

function fieldLabels(ctx: Context, line: number): CompletionItem[] {
  if (!onlyWords(ctx.linePrefix)) return [];
  const due = dueFields(ctx.letter, line);
  const start = ctx.offset - ctx.linePrefix.trimStart().length;
  return due.map((f, i) => ({
    label: f.label,
    kind: CompletionItemKind.Field,
    detail: 'Field of the disputed item',
    documentation: f.about,
    preselect: i === 0,
    sortText: `0${i}`,
    textEdit: { range: replaceRange(ctx, start), newText: `${f.label} ` },
  }));
}

/** Chapters printed with a year, the commonest in real letters first (computed on first use, not at startup). */
let commonChapters: { chapter: (typeof MTUS_CHAPTERS)[number]; key: string; seen: number }[] | undefined;
function chapterChoicesOnce(): NonNullable<typeof commonChapters> {
  return (commonChapters ??= MTUS_CHAPTERS.filter((c) => c.year !== undefined && c.era !== '2014-label')
    .map((c) => ({ chapter: c, key: `${c.label} ${c.year}`, seen: observedTotal(`${c.label} ${c.year}`) }))
    .sort((a, b) => b.seen - a.seen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
}

function observedTotal(key: string): number {
  return (CHAPTER_TOPICS.get(key) ?? []).reduce((n, t) => n + observedCount(key, t), 0);
}

const LABELS_LOWER = CHAPTER_LABELS.map((l) => ({ label: l, lower: l.toLowerCase() }));

/** The last "<Chapter> <Year>" in `text` ("... Low Back Complaints 2004, Section(s): "), as a topic-table key. */
function lastChapterKey(text: string): string | undefined {
  const flat = text.replace(/\s+/g, ' ');
  let key: string | undefined;
  for (const m of flat.matchAll(/\b(?:19|20)\d\d\b/g)) {
    const window = flat.slice(Math.max(0, m.index - 80), m.index);
    const lead = window.slice(0, window.length - trailing(window, (c) => c === ' ' || c === ',').length).toLowerCase();
    const hit = LABELS_LOWER.find((l) => lead.endsWith(l.lower));
    if (hit) key = `${hit.label} ${m[0]}`;
  }
  return key;
}

function citationCompletions(ctx: Context, field: Field, party: Party): CompletionItem[] | undefined {
  const before = ctx.letter.text.slice(field.label.span.end, ctx.offset);
  const starter = before.lastIndexOf('Decision based on');
  const sentence = starter >= 0 ? before.slice(starter) : '';
  // Inside a "Decision based on ..." sentence that is still being written.
  if (starter >= 0 && !sentence.trimEnd().endsWith('.') && !/\.\s+\S/.test(sentence.replace(/\b(?:\d+\.\d+|ed\.|etc\.|vol\.|e\.g\.|i\.e\.)/gi, ''))) {
    const afterStarter = sentence.slice('Decision based on'.length);
    const nonMtus = /^\s+Non[-\s]?MTUS\s+Citations?\s+(.*)$/is.exec(afterStarter);
    if (nonMtus) return odgChoices(ctx, nonMtus[1]);
    const mtus = /^\s+MTUS\s+(.*)$/is.exec(afterStarter);
    if (mtus) {
      const marks = [...mtus[1].matchAll(/Section\s*\(s\)\s*:\s*|Sections?\s*:\s*/gi)];
      const last = marks[marks.length - 1];
      if (last) return topicChoices(ctx, mtus[1].slice(0, last.index), mtus[1].slice(last.index + last[0].length));
      const lastAnd = mtus[1].split(/,\s+and\s+/i).pop() ?? '';
      if (!/(?:19|20)\d\d/.test(lastAnd)) return chapterChoices(ctx, lastAnd);
      return [];
    }
  }
  // At the start of a sentence: the fixed sentences and the two "Decision based on" starters.
  const typed = sentenceStartTyped(before);
  if (typed === undefined) return undefined;
  const range = replaceRange(ctx, ctx.offset - typed.length);
  const out: CompletionItem[] = [
    {
      label: 'Decision based on MTUS',
      kind: CompletionItemKind.Snippet,
      detail: 'MTUS citation: chapter, year and sections follow',
      sortText: '10',
      textEdit: { range, newText: 'Decision based on MTUS ' },
      command: { title: 'Suggest chapters', command: 'editor.action.triggerSuggest' },
    },
    {
      label: 'Decision based on Non-MTUS Citation',
      kind: CompletionItemKind.Snippet,
      detail: 'A source outside the MTUS (ODG, ACOEM, a journal)',
      sortText: '11',
      textEdit: { range, newText: 'Decision based on Non-MTUS Citation ' },
      command: { title: 'Suggest ODG chapters', command: 'editor.action.triggerSuggest' },
    },
  ];
  fixedSentences(party).forEach((s, i) =>
    out.push({ label: s.text, kind: CompletionItemKind.Text, detail: 'Fixed sentence', documentation: s.about, sortText: `2${i}`, textEdit: { range, newText: s.text } }),
  );
  return out;
}

function chapterChoices(ctx: Context, typed: string): CompletionItem[] {
  const range = replaceRange(ctx, ctx.offset - typed.length);
  return chapterChoicesOnce().map(({ chapter, key, seen }, i) => ({
    label: key,
    kind: CompletionItemKind.Module,
    detail: [chapter.reg, chapter.basis].filter(Boolean).join(' — ') || 'MTUS chapter',
    documentation: seen ? `Cited ${seen} times in real 2016-17 letters.` : undefined,
    sortText: String(i).padStart(3, '0'),
    filterText: key,
    textEdit: { range, newText: `${key}, Section(s): ` },
    command: { title: 'Suggest sections', command: 'editor.action.triggerSuggest' },
  }));
}

function topicChoices(ctx: Context, chapterPart: string, listSoFar: string): CompletionItem[] {
  const key = lastChapterKey(chapterPart);
  const topics = key ? [...CHAPTER_TOPICS.entries()].find(([k]) => k.toLowerCase() === key!.toLowerCase()) : undefined;
  if (!topics) return [];
  const typed = listSoFar.slice(listSoFar.lastIndexOf(',') + 1).trimStart();
  const range = replaceRange(ctx, ctx.offset - typed.length);
  // A list string made partly of other topics ("Diagnostic Criteria, Special Studies") is not one topic.
  const single = topics[1].filter((t) => !t.includes(', ') || !t.split(', ').some((p) => p !== t && topics[1].includes(p)));
  return single
    .map((t) => ({ t, n: observedCount(topics[0], t) }))
    .sort((a, b) => b.n - a.n)
    .map(({ t, n }, i) => ({
      label: t,
      kind: CompletionItemKind.Reference,
      detail: `Section of MTUS ${topics[0]}`,
      documentation: n ? `Cited ${n} time${n === 1 ? '' : 's'} in real 2016-17 letters.` : 'From the guideline\'s table of contents.',
      sortText: String(i).padStart(3, '0'),
      filterText: t,
      textEdit: { range, newText: t },
    }));
}

function odgChoices(ctx: Context, typed: string): CompletionItem[] {
  const range = replaceRange(ctx, ctx.offset - typed.length);
  return ODG_CHAPTERS.map((c, i) => ({
    label: `${ODG_PREFIX}${c}`,
    kind: CompletionItemKind.Module,
    detail: 'ODG chapter',
    sortText: String(i).padStart(3, '0'),
    filterText: `${ODG_PREFIX}${c}`,
    textEdit: { range, newText: `${ODG_PREFIX}${c}` },
  }));
}

function conclusionSentences(ctx: Context, field: Field, item: Item): CompletionItem[] {
  // Only where the conclusion goes: at the end of the rationale, not in the middle of its prose.
  if (ctx.offset < field.body.span.end) return [];
  const before = ctx.letter.text.slice(field.label.span.end, ctx.offset);
  const typed = sentenceStartTyped(before, (c) => c === ',');
  if (typed === undefined) return [];
  const range = replaceRange(ctx, ctx.offset - typed.length);
  const request = item.request.text || 'this item';
  const choices = [
    { text: `Therefore, the request for ${request} is not medically necessary.`, fits: item.outcome?.meaning === 'Upheld' },
    { text: `Therefore, the request for ${request} is medically necessary.`, fits: item.outcome?.meaning === 'Overturned' },
  ];
  return choices.map((c, i) => ({
    label: c.text,
    kind: CompletionItemKind.Text,
    detail: c.fits ? `Conclusion that agrees with "${item.outcome?.text}"` : 'Conclusion',
    preselect: c.fits,
    sortText: c.fits ? '30' : `3${i + 1}`,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range, newText: c.text },
  }));
}
