// Completion at the end of a text as an editor shows it: the choices ordered by their sort text (else their label).
import type { CompletionItem, Position } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { completions } from '../../server/src/features/completion';
import { positionAt } from '../../server/src/features/positions';

/** Where the end of `text` is, and the choices completion offers there, in the order the editor shows them. */
export function choicesAtEnd(text: string, invoked = false): { at: Position; items: CompletionItem[] } {
  const letter = parseLetter(text);
  const at = positionAt(letter, text.length);
  const key = (c: CompletionItem): string => c.sortText ?? c.label;
  const items = [...completions(letter, at, invoked).items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return { at, items };
}

/** A letter's top up to its decisions: the next line is where an item header goes. */
export const DECISIONS_HEAD = `Case Number: CM16-0213037
HOW THE IMR FINAL DETERMINATION WAS MADE
Reviewer text.
CLINICAL CASE SUMMARY
Summary text.
IMR ISSUES, DECISIONS AND RATIONALES
The Final Determination was based on decisions for the disputed items/services set forth below:
`;
