// A code lens over the issues heading counting the decisions: "5 items: 4 Upheld, 1 Overturned".
// Clicking it opens the decision summary (a client command; other editors show the title only).
import type { CodeLens } from 'vscode-languageserver-types';
import type { Letter } from '../letter';
import { rangeOf } from './positions';
import { describeCounts, outcomeCounts } from './decisionTable';

export const SHOW_SUMMARY_COMMAND = 'imrLetters.showDecisionSummary';

export function codeLenses(letter: Letter, uri: string): CodeLens[] {
  const at =
    letter.issues?.headingSpan ?? (letter.items[0] ? { start: letter.items[0].span.start, end: letter.items[0].span.start } : undefined);
  if (!at) return [];
  return [
    {
      range: rangeOf(letter, at),
      command: { title: describeCounts(outcomeCounts(letter)), command: SHOW_SUMMARY_COMMAND, arguments: [uri] },
    },
  ];
}
