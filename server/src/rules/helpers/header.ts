// Header helpers shared by the header rules (field lookup and dates are letter facts: letter/at.ts, letter/dates.ts).
import type { Letter } from '../../letter';

/** Letters with a header block (the 2014 seeds and some drafts are bodies without one). */
export function hasHeader(letter: Letter): boolean {
  return !!letter.header && letter.header.fields.length > 0;
}
