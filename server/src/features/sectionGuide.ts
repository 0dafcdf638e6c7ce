// What each section of a letter must contain, and what an item's outcome means for the injured worker:
// the reference text shown when hovering a section heading or an outcome word.
import { reviewerCredentials, type Item, type Letter, type OutcomeWord, type Section, type SectionKind } from '../letter';
import { outcomeMeaning } from './outcomeForItem';

const CONTENTS: Record<SectionKind, string> = {
  determination: [
    'Who reviewed the case and on what footing, without naming the reviewer (Labor Code 4610.6 keeps the name confidential):',
    '- that MAXIMUS sent the complete case file to an expert reviewer with no affiliation with the employer, employee, providers or claims administrator;',
    "- the reviewer's clinical practice (more than five years, at least 24 hours a week) and relevant expertise;",
    '- "State(s) of Licensure: ..." and "Certification(s)/Specialty: ...".',
  ].join('\n'),
  documentsReviewed: 'The list of records the reviewer received and read (format 2 and 3 letters).',
  caseSummary: [
    'The clinical case summary the expert reviewer wrote from the case file:',
    '- the opening sentence "The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:";',
    "- the worker's age, sex, date and mechanism of injury, diagnoses, treatment to date and recent findings;",
    '- the utilization review decision that denied or modified the request (its date and what it decided).',
  ].join('\n'),
  issues: [
    'The decisions, one block per disputed item, after "The Final Determination was based on decisions for the disputed items/services set forth below:":',
    '- an item header "<requested item>: Upheld" or "...: Overturned" (a partly authorised request states the original, the authorised and the remaining part);',
    '- "Claims Administrator guideline:" — what the claims administrator relied on;',
    '- "MAXIMUS guideline:" — what the expert reviewer relied on;',
    '- "Decision rationale:" — the reasoning, ending in a conclusion that agrees with the outcome ("... is not medically necessary" for Upheld, "... is medically necessary" for Overturned).',
  ].join('\n'),
  issueAtDispute: 'The treatment or service in dispute, as requested (format 3).',
  guidelinesRelied: 'The medical treatment guidelines the professional reviewer relied upon and why they apply (format 3).',
  rationale: 'Why the requested treatment is, or is not, medically necessary, applying the guidelines to the records (format 3).',
  qualifications: "The reviewer's licensure, board certification and practice, without the reviewer's name (format 3).",
};

/** What `section` holds in this letter, in a line, to set beside what it must hold. */
function present(letter: Letter, section: Section): string | undefined {
  const body = letter.text.slice(section.bodySpan.start, section.bodySpan.end);
  switch (section.kind) {
    case 'determination': {
      const { licensure, specialty } = reviewerCredentials(letter);
      const lic = licensure?.text;
      const spec = specialty?.text;
      return `This letter: licensure ${lic ? `"${lic}"` : '**missing**'}, specialty ${spec ? `"${spec}"` : '**missing**'}.`;
    }
    case 'issues': {
      const items = letter.items.filter((i) => i.span.start >= section.span.start && i.span.start <= section.span.end);
      return `This letter: ${items.length} disputed item${items.length === 1 ? '' : 's'}.`;
    }
    case 'caseSummary': {
      const words = body.split(/\s+/).filter(Boolean).length;
      return `This letter: ${words} word${words === 1 ? '' : 's'} of summary.`;
    }
    default:
      return undefined;
  }
}

export function sectionHoverText(letter: Letter, section: Section): string {
  const lines = [`**${section.title}** — what this section must contain`, '', CONTENTS[section.kind]];
  const now = present(letter, section);
  if (now) lines.push('', now);
  return lines.join('\n');
}

/** The plain meaning of each outcome, for an item that is neither partly authorised nor retrospective. */
export const OUTCOME_FOR_WORKER = { Upheld: outcomeMeaning('Upheld'), Overturned: outcomeMeaning('Overturned') } as const;

/** What the outcome word means; for the item it decides when given (a partly authorised or retrospective request). */
export function outcomeHoverText(word: OutcomeWord, item?: Item): string {
  if (word.valid && word.meaning) return outcomeMeaning(word.meaning, item);
  const lines = [`**"${word.text}"** is not an item outcome: an item is either **Upheld** or **Overturned**.`];
  if (word.meaning) lines.push('', `It reads as **${word.meaning}**:`, '', outcomeMeaning(word.meaning, item));
  else if (/partial/i.test(word.text))
    lines.push(
      '',
      '"Partial Overturn" describes a whole case; a partly authorised item states the authorised part in its header and is then Upheld or Overturned.',
    );
  return lines.join('\n');
}
