// The pure letter model: no LSP connection, no Node APIs. Used as is by the server, the CLI and the tests.
export * from './types';
export { parseLetter } from './parse';
export { HEADINGS, REQUIRED_SECTIONS } from './sections';
export { HEADER_LABELS } from './header';
export { lineAt, collapse, isJsSpace, trimSpan } from './text';
export { updateLetter, editBetween, type TextEdit } from './incremental';
export { itemSerial, movedFrom } from './shift';
export { isLabelBeginning } from './labels';
export { decidesTheRequest } from './conclusion';
