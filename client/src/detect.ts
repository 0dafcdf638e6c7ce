// Does the start of a plain-text file look like an IMR final determination letter? Pure, for tests.
const STRONG = [
  /^\s*HOW THE IMR FINAL DETERMINATION WAS MADE\s*$/m,
  /^\s*IMR ISSUES, DECISIONS AND RATIONALES\s*$/m,
  /^\s*IMR DECISION\(S\) AND RATIONALE\(S\)\s*$/m,
  /^\s*MEDICAL PROFESSIONAL REVIEW\s*$/m,
  /^\s*MAXIMUS FEDERAL SERVICES, INC\.?\s*$/m,
  /^\s*(?:Claims Administrator guideline|MAXIMUS guideline|Decision rationale):/m,
];
const HEADER = [/Case Number:/, /Date Assigned:/, /UR Denial Date:/, /Date of Injury:/, /Decision Date:/];

export function looksLikeLetter(head: string): boolean {
  if (STRONG.some((re) => re.test(head))) return true;
  // The header alone: at least three of its labels, one of them the case number.
  return HEADER[0].test(head) && HEADER.filter((re) => re.test(head)).length >= 3;
}
