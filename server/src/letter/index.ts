// The pure letter model: no LSP connection, no Node APIs. Used as is by the server, the CLI and the tests.
export * from './types';
export { parseLetter } from './parse';
export { HEADINGS, REQUIRED_SECTIONS } from './sections';
export { HEADER_LABELS, FIELD_LABELS, headerName, fieldLabel, type HeaderLabel, type FieldLabel } from './labels';
export { looksLikeLetter, FIRST_LINE_PATTERN, FIRST_LINE_MARKS } from './detect';
export { parseDate, datesIn } from './dates';
export { headerField, headerFieldAt, itemAt, itemBefore, fieldAt } from './at';
export * from './quantities';
export { lineAt, collapse, isJsSpace, trimSpan } from './text';
export { updateLetter, editBetween, type TextEdit } from './incremental';
export { itemSerial, movedFrom } from './shift';
export { isRetrospective } from './retrospective';
export { reviewerCredentials, type ReviewerCredentials } from './reviewer';
export { regionsNamedIn, chapterRegions, REGION_NAMES, type BodyRegion } from './regions';
export { chapterMentions, chapterOfLabel, CHAPTER_NAMES, type GuidelineChapter, type ChapterMention } from './guidelineChapters';
export { namedRequest, requestKeyword, strengthDigits, countBeforeName } from './namedRequest';
export { therapyKinds, type TherapyKind } from './treatments';
export { hasContainerCount, ratesOf, rateSplit, type RateUnit } from './amounts';
