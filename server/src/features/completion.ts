// Completion where the letter's form says what comes next: outcome words after an item header's colon,
// the field labels an item still lacks, MTUS chapters with years after "Decision based on MTUS", the
// chapter's known sections after "Section(s):", ODG chapters after "Non-MTUS Citation", the fixed citation
// sentences at the start of a guideline sentence, and conclusion sentences in a rationale.
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import { DECISIONS_OPENING_RE, fieldBeingWritten, itemBefore, lineAt, type Field, type Item, type Letter } from '../letter';
import { CHAPTER_TOPICS, MTUS_CHAPTERS, CHAPTER_LABELS, type MtusChapter } from '../kb';
import { ODG_CHAPTERS, ODG_PREFIX } from '../kb/odg';
import { offsetAt, positionAt } from './positions';
import { FIELD_LABELS, fixedSentences, type Party } from './completionData';
import { itemTopic, labelsWithoutYears, type ItemTopic } from './itemTopic';
import { rankedSections } from './completionSections';
import { afterYearlessLabel, pageTopicChoices } from './completionPages';
import { OUTCOME_FOR_WORKER } from './sectionGuide';
import { observedCount } from './citationInfo';

export const COMPLETION_TRIGGERS = [':', ' '];

const FIELD_LINE_RE = /^\s*(?:Claims\s+Administrator\s+guidelines?|MAXIMUS\s+guidelines?|Decision\s+rationale)\s*:/i;
const HEADER_LABEL_RE =
  /(?:Case\s+Number|Date\s+Assigned|Decision\s+Date|Priority|Date\s+of\s+Injury|UR\s+Denial\s+Date|Application(?:\s+Received)?|Received|Licensure|Specialty)\s*:\s*\S*$/i;

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
function sentenceStartTyped(before: string): string | undefined {
  const typed = trailing(before, (c) => isLetter(c) || c === ' ').trimStart();
  const head = before.slice(0, before.length - typed.length).trimEnd();
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

/**
 * Completion at `requested`. `invoked` is true when the writer asked for it (Ctrl+Space) rather than a typed
 * space or colon opening it: only then is a conclusion sentence offered at a bare sentence start.
 */
export function completions(letter: Letter, requested: Position, invoked = false): CompletionList {
  // A client may ask past the end or before the start: answer for the nearest real position.
  const offset = offsetAt(letter, requested);
  const position = positionAt(letter, offset);
  const line = letter.lines[position.line];
  const ctx: Context = { letter, offset, linePrefix: letter.text.slice(line.start, offset), lineStart: line.start };
  const item = itemBefore(letter, offset);
  const field = item && fieldBeingWritten(letter, item, offset);
  // The outcome word ends an item header, never a field's text (a colon in a rationale is not a header's); but a
  // line begun after the rationale's conclusion may be the next item's header being typed, which the parser
  // reads as part of the rationale until its outcome word is there.
  const concluded = field?.kind === 'rationale' && (item?.rationale?.conclusion?.sentence.span.end ?? Infinity) <= line.start;
  const outcome = field && !concluded ? undefined : outcomeCompletions(ctx);
  if (outcome) return { isIncomplete: false, items: agreeing(ctx, outcome) };
  const items: CompletionItem[] = [];
  if (field && field.kind !== 'rationale') {
    const party: Party = field.kind === 'claimsAdministrator' ? 'Claims Administrator' : 'Expert Reviewer';
    const citation = citationCompletions(ctx, field, party, () => itemTopic(letter, item, field, offset));
    if (citation) items.push(...citation);
  }
  if (field?.kind === 'rationale' && item) items.push(...conclusionSentences(ctx, field, item, invoked));
  items.push(...fieldLabels(ctx, position.line));
  return { isIncomplete: false, items: agreeing(ctx, items) };
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trimStart().toLowerCase();

/**
 * The choices that still agree with what is typed in their range: once the writer has gone on with other
 * words ("Official Disability Guidelines (ODG) MRI shoulder"), a popup of chapters would offer nothing.
 */
function agreeing(ctx: Context, items: CompletionItem[]): CompletionItem[] {
  return items.filter((c) => {
    const edit = c.textEdit;
    if (!edit || !('range' in edit)) return true;
    const typed = squash(ctx.letter.text.slice(offsetAt(ctx.letter, edit.range.start), ctx.offset));
    return typed === '' || squash(c.filterText ?? c.label).startsWith(typed) || squash(edit.newText).startsWith(typed);
  });
}

/** A range on the cursor's line from `start` (clamped to the line) to the cursor. */
function replaceRange(ctx: Context, start: number): Range {
  return { start: positionAt(ctx.letter, Math.max(start, ctx.lineStart)), end: positionAt(ctx.letter, ctx.offset) };
}

function outcomeCompletions(ctx: Context): CompletionItem[] | undefined {
  if (FIELD_LINE_RE.test(ctx.linePrefix) || HEADER_LABEL_RE.test(ctx.linePrefix) || /Sections?\s*\(s\)\s*:/i.test(ctx.linePrefix))
    return undefined;
  // Item headers live in the issues section (or, in a draft without its heading, after the first item's start: a
  // line above the first item heads nothing, so its start is no place for an outcome word).
  const issues = ctx.letter.issues;
  if (issues ? ctx.offset < issues.headingSpan.end : !ctx.letter.items.length || ctx.offset <= ctx.letter.items[0].span.start)
    return undefined;
  let start: number;
  let needsSpace = false;
  const word = trailing(ctx.linePrefix, isLetter);
  const gap = trailing(ctx.linePrefix.slice(0, ctx.linePrefix.length - word.length), (c) => c === ' ' || c === '\t' || c === '\u00a0');
  const beforeGap = ctx.linePrefix.slice(0, ctx.linePrefix.length - word.length - gap.length);
  const line = lineAt(ctx.letter.lines, ctx.offset);
  const above = previousLine(ctx.letter, line);
  const previous = above?.text ?? '';
  // The sentence that opens the decisions ("... set forth below:") ends in a colon but heads no item.
  if (opensDecisions(ctx.letter, line)) return undefined;
  if (beforeGap.endsWith(':') && beforeGap.trim().length > 1) {
    start = ctx.offset - word.length;
    needsSpace = gap.length === 0;
  } else if (
    beforeGap.trim() === '' &&
    previous.endsWith(':') &&
    previous.slice(0, -1).trim().length > 0 &&
    !FIELD_LINE_RE.test(previous) &&
    !opensDecisions(ctx.letter, above!.line)
  ) {
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

/** The nearest non-blank line above `line` (at most three up): its index and trimmed text. */
function previousLine(letter: Letter, line: number): { line: number; text: string } | undefined {
  for (let i = line - 1; i >= 0 && i >= line - 3; i--) {
    const l = letter.lines[i];
    const t = letter.text.slice(l.start, l.end).trim();
    if (t) return { line: i, text: t };
  }
  return undefined;
}

/** Whether line `i` is the sentence that opens the decisions. */
function opensDecisions(letter: Letter, i: number): boolean {
  const l = letter.lines[i];
  return DECISIONS_OPENING_RE.test(letter.text.slice(l.start, l.end));
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

type CommonChapter = { chapter: (typeof MTUS_CHAPTERS)[number]; key: string; seen: number };
/** Chapters printed with a year, the commonest in real letters first. */
export function commonChapters(): CommonChapter[] {
  return MTUS_CHAPTERS.filter((c) => c.year !== undefined && c.era !== '2014-label')
    .map((c) => ({ chapter: c, key: `${c.label} ${c.year}`, seen: observedTotal(`${c.label} ${c.year}`) }))
    .sort((a, b) => b.seen - a.seen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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

function citationCompletions(ctx: Context, field: Field, party: Party, topic: () => ItemTopic): CompletionItem[] | undefined {
  const before = ctx.letter.text.slice(field.label.span.end, ctx.offset);
  // The last "Decision based on", which may wrap over a line break like any words of a letter.
  let starter = -1;
  let starterLength = 0;
  for (const m of before.matchAll(/Decision\s+based\s+on\b/g)) [starter, starterLength] = [m.index, m[0].length];
  const sentence = starter >= 0 ? before.slice(starter) : '';
  // Inside a "Decision based on ..." sentence that is still being written.
  if (
    starter >= 0 &&
    !sentence.trimEnd().endsWith('.') &&
    !/\.\s+\S/.test(sentence.replace(/\b(?:\d+\.\d+|ed\.|etc\.|vol\.|e\.g\.|i\.e\.)/gi, ''))
  ) {
    const afterStarter = sentence.slice(starterLength);
    const nonMtus = /^\s+Non[-\s]?MTUS\s+Citations?\s+(.*)$/is.exec(afterStarter);
    if (nonMtus) return odgChoices(ctx, nonMtus[1], topic());
    const mtus = /^\s+MTUS\s+(.*)$/is.exec(afterStarter);
    if (mtus) {
      const marks = [...mtus[1].matchAll(/Section\s*\(s\)\s*:\s*|Sections?\s*:\s*/gi)];
      const last = marks[marks.length - 1];
      if (last) return topicChoices(ctx, mtus[1].slice(0, last.index), mtus[1].slice(last.index + last[0].length), topic());
      const lastAnd = mtus[1].split(/,\s+and\s+/i).pop() ?? '';
      // The 2014 wording: a topic and its pages follow the yearless label.
      const topicTyped = afterYearlessLabel(lastAnd);
      if (topicTyped !== undefined) return pageTopicChoices(replaceRange(ctx, ctx.offset - topicTyped.length), topic());
      if (!/(?:19|20)\d\d/.test(lastAnd)) return chapterChoices(ctx, lastAnd, topic());
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
    out.push({
      label: s.text,
      kind: CompletionItemKind.Text,
      detail: 'Fixed sentence',
      documentation: s.about,
      sortText: `2${i}`,
      textEdit: { range, newText: s.text },
    }),
  );
  return out;
}

/** The chapters for this item in the order a writer wants them (see itemTopic), then the rest by frequency. */
function chapterOrder(ctx: Context, topic: ItemTopic): { key: string; chapter?: MtusChapter; seen: number; why?: string }[] {
  const common = commonChapters();
  const byKey = new Map(common.map((c) => [c.key.toLowerCase(), c]));
  const yearless = MTUS_CHAPTERS.filter((c) => c.era === '2014-label' && /chronic pain/i.test(c.label));
  const older = labelsWithoutYears(ctx.letter, ctx.offset);
  const wanted: { key: string; why: string }[] = [
    // A reviewer's citation usually repeats one the item already has: the Claims Administrator's first.
    ...topic.cited.filter((k) => !topic.citedHere.has(k)).map((key) => ({ key, why: 'Cited for this item' })),
    ...older.map((key) => ({ key, why: 'As this letter cites it, without a year' })),
    ...topic.chapters.filter((k) => !topic.citedHere.has(k)).map((key) => ({ key, why: 'For what this item requests' })),
    ...[...topic.citedHere].map((key) => ({ key, why: 'Cited for this item' })),
  ];
  const out: { key: string; chapter?: MtusChapter; seen: number; why?: string }[] = [];
  const seen = new Set<string>();
  for (const w of wanted) {
    const k = w.key.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    const known = byKey.get(k);
    out.push({
      key: known?.key ?? w.key,
      chapter: known?.chapter ?? MTUS_CHAPTERS.find((c) => c.label.toLowerCase() === k),
      seen: known?.seen ?? 0,
      why: w.why,
    });
  }
  for (const c of common) if (!seen.has(c.key.toLowerCase())) out.push(c);
  // The 2014 labels printed without a year ("Chronic Pain Treatment Guidelines ... Page(s): 24").
  for (const c of yearless) if (!seen.has(c.label.toLowerCase())) out.push({ key: c.label, chapter: c, seen: 0 });
  return out;
}

function chapterChoices(ctx: Context, typed: string, topic: ItemTopic): CompletionItem[] {
  const range = replaceRange(ctx, ctx.offset - typed.length);
  return chapterOrder(ctx, topic).map(({ chapter, key, seen, why }, i) => {
    const withYear = chapter?.year !== undefined;
    return {
      label: key,
      kind: CompletionItemKind.Module,
      detail: [chapter?.reg, chapter?.basis].filter(Boolean).join(' — ') || 'MTUS chapter',
      documentation:
        [
          why && `${why}.`,
          seen ? `Cited ${seen} times in real 2016-17 letters.` : '',
          withYear ? '' : 'The 2014 wording: a topic and "Page(s):" follow.',
        ]
          .filter(Boolean)
          .join(' ') || undefined,
      sortText: String(i).padStart(3, '0'),
      filterText: key,
      textEdit: { range, newText: withYear ? `${key}, Section(s): ` : `${key} ` },
      command: withYear ? { title: 'Suggest sections', command: 'editor.action.triggerSuggest' } : undefined,
    };
  });
}

function topicChoices(ctx: Context, chapterPart: string, listSoFar: string, topic: ItemTopic): CompletionItem[] {
  const key = lastChapterKey(chapterPart);
  const known = key ? [...CHAPTER_TOPICS.keys()].find((k) => k.toLowerCase() === key.toLowerCase()) : undefined;
  if (!known) return [];
  const cut = listSoFar.lastIndexOf(',');
  const typed = listSoFar.slice(cut + 1).trimStart();
  const listed = cut >= 0 ? listSoFar.slice(0, cut).split(/,\s*/) : [];
  const range = replaceRange(ctx, ctx.offset - typed.length);
  const cited = new Set((topic.sectionsCited.get(known.toLowerCase()) ?? []).map((t) => t.toLowerCase()));
  return rankedSections(known, topic, listed).map((t, i) => {
    const n = observedCount(known, t);
    return {
      label: t,
      kind: CompletionItemKind.Reference,
      detail: cited.has(t.toLowerCase()) ? `Cited for this item (MTUS ${known})` : `Section of MTUS ${known}`,
      documentation: n ? `Cited ${n} time${n === 1 ? '' : 's'} in real 2016-17 letters.` : "From the guideline's table of contents.",
      sortText: String(i).padStart(3, '0'),
      filterText: t,
      textEdit: { range, newText: t },
    };
  });
}

function odgChoices(ctx: Context, typed: string, topic: ItemTopic): CompletionItem[] {
  const range = replaceRange(ctx, ctx.offset - typed.length);
  const order = [...new Set([...topic.odgCited, ...topic.odg, ...ODG_CHAPTERS.map((c) => c.name)])];
  return order.map((name, i) => ({
    label: `${ODG_PREFIX}${name}`,
    kind: CompletionItemKind.Module,
    detail: topic.odgCited.includes(name)
      ? 'ODG chapter cited for this item'
      : topic.odg.includes(name)
        ? 'ODG chapter for what this item requests'
        : 'ODG chapter',
    sortText: String(i).padStart(3, '0'),
    filterText: `${ODG_PREFIX}${name}`,
    textEdit: { range, newText: `${ODG_PREFIX}${name}` },
  }));
}

// The words that open a rationale's concluding sentence ("Therefore, the request for ... is not ...").
const CONCLUDING =
  /^(?:therefore|as such|thus|hence|accordingly|consequently|in conclusion|in summary|based on (?:the above|this|these findings)|given (?:the above|this)),?\s+/i;

/**
 * The sentence being typed at the end of `before` when it opens with a concluding word, whatever it holds since
 * ("Therefore, the request for Norco 10/325mg #"): from that word on; undefined when it is finished.
 */
function concludingTyped(before: string): string | undefined {
  let i = before.length - 1;
  // Back to the last full stop or colon followed by a blank: where this sentence starts.
  while (i > 0 && !((before[i - 1] === '.' || before[i - 1] === ':') && isBlank(before[i]))) i--;
  const sentence = before.slice(i).trimStart();
  return CONCLUDING.test(sentence) && !sentence.trimEnd().endsWith('.') ? sentence : undefined;
}

function conclusionSentences(ctx: Context, field: Field, item: Item, invoked: boolean): CompletionItem[] {
  // Only where the conclusion goes: at the end of the rationale, not in the middle of its prose.
  if (ctx.offset < field.body.span.end) return [];
  const before = ctx.letter.text.slice(field.label.span.end, ctx.offset);
  const typed = sentenceStartTyped(before) ?? concludingTyped(before);
  if (typed === undefined) return [];
  const request = item.request.text || 'this item';
  const rest = (necessary: boolean) => `the request for ${request} is ${necessary ? '' : 'not '}medically necessary.`;
  const choices = [
    { necessary: false, fits: item.outcome?.meaning === 'Upheld' },
    { necessary: true, fits: item.outcome?.meaning === 'Overturned' },
  ].sort((a, b) => Number(b.fits) - Number(a.fits));
  // After "Therefore," (or "As such,"...): the rest of the sentence, while what is typed still agrees with it.
  const lead = CONCLUDING.exec(typed);
  let start: number;
  let text: (necessary: boolean) => string;
  if (lead) {
    const tail = typed.slice(lead[0].length).replace(/\s+/g, ' ').toLowerCase();
    start = ctx.offset - (typed.length - lead[0].length);
    text = rest;
    if (!choices.some((c) => rest(c.necessary).toLowerCase().startsWith(tail))) return [];
  } else if (invoked && typed.trim() === '') {
    start = ctx.offset - typed.length;
    text = (necessary) => `Therefore, ${rest(necessary)}`;
  } else {
    return [];
  }
  const range = replaceRange(ctx, start);
  return choices.map((c, i) => ({
    label: text(c.necessary),
    kind: CompletionItemKind.Text,
    detail: c.fits ? `Conclusion that agrees with "${item.outcome?.text}"` : 'Conclusion',
    preselect: c.fits,
    sortText: `3${i}`,
    insertTextFormat: InsertTextFormat.PlainText,
    textEdit: { range, newText: text(c.necessary) },
  }));
}
