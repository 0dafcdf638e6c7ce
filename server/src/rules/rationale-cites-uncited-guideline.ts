import type { Span } from '../letter';
import type { Rule } from './types';
import { itemRule } from './helpers/util';
import { FAMILY_RE, citedFamilies, type Family } from './helpers/citations';
import { uncitedChapters } from './uncited-chapter';

const NAMES: Record<Family, string> = { MTUS: 'the MTUS', ODG: 'the Official Disability Guidelines (ODG)', ACOEM: 'ACOEM' };
/** A clause that says a guideline is silent does not rely on it. */
const SILENT_RE =
  /\bsilent\b|\b(?:do|does|did)\s+not\b|\bdon't\b|\bdoesn't\b|\bnot\s+(?:specifically\s+)?(?:address|addressed|provide|cover|covered|discuss|mention)|\bno\s+(?:specific\s+)?(?:recommendations?|guidance|mention)\b|\bnor\b|\bwithout\b|\bnot\s+applicable\b/i;
/** Words by which a rationale relies on a guideline. */
const RELIANCE_RE =
  /\baccording\s+to\b|\bper\s+(?:the\s+)?(?:CA\s+|California\s+)?(?:ODG|Official|ACOEM|MTUS)\b|\brecommend|\bstates?\b|\bstated\b|\bsupport|\bindicat|\ballows?\b|\badvise|\bcriteria\b|\bendorse/i;
/** Scope talk ("pain considered chronic per the MTUS introduction") explains why a guideline does not apply. */
/** What the utilization review (claims administrator) relied on is reported, not relied on by the reviewer. */
const OTHER_PARTY_RE =
  /\butilization\s+review\b|\bUR\b|\bclaims\s+administrator\b|\bprior\s+review|\bprevious\s+review|\bdenied\b|\bnon-?certified\b/i;
const SCOPE_RE = /\bdefined\s+as\b|\bintroduction\b|\bintended\s+to\b|\bnot\s+applicable\b|\bdoes\s+not\s+apply\b/i;
/** The Chronic Pain guideline's own text quotes ODG ("(Fritz, 2007) ODG Physical Therapy Guidelines"). */
const QUOTED_IN_MTUS_RE = /Fritz,?\s*2007\)?\s*ODG|ODG\s+Physical\s+Therapy\s+Guidelines\s*[-–]\s*Allow/i;

/**
 * Whether a text may hold a clause that FAMILY_RE finds: every word of some alternative of the family's pattern
 * occurs in it (clauses blank out parentheticals, so words of one match need not stand side by side in the body).
 */
const MAY_NAME: Record<Family, (body: string) => boolean> = {
  ODG: (t) => /odg/i.test(t) || (/official/i.test(t) && /disability/i.test(t) && /guideline/i.test(t)),
  ACOEM: (t) => /acoem/i.test(t) || (/american/i.test(t) && /college/i.test(t) && /occupational/i.test(t)),
  MTUS: (t) =>
    /mtus/i.test(t) ||
    (/medical/i.test(t) && /treatment/i.test(t) && /utilization/i.test(t) && /schedule/i.test(t)) ||
    (/chronic/i.test(t) && /pain/i.test(t) && /medical/i.test(t) && /treatment/i.test(t) && /guidelines/i.test(t)),
};

export const rationaleCitesUncitedGuideline: Rule = itemRule({
  id: 'IMR022',
  name: 'rationale-cites-uncited-guideline',
  category: 'citation',
  description: 'The rationale relies on ODG, ACOEM, the MTUS or an MTUS chapter or edition that the MAXIMUS guideline line does not cite.',
  judgesRationale: true,
  defaultLevel: 'warning',
  docs: `The "MAXIMUS guideline:" line is the expert reviewer's citation: it must name every guideline the decision relies on. A rationale that reasons from a guideline ("According to ODG ...", "The MTUS recommends ...", "ACOEM states ...") that the line does not cite, or a line that says "The Expert Reviewer did not cite any medical evidence for its decision." above a rationale that relies on one, leaves the decision without its stated basis.

Mentions that say a guideline is silent ("The California MTUS and ACOEM Guidelines do not address the request") are not reliance. MTUS chapters count as ACOEM (the MTUS adopted ACOEM's chapters), and the Chronic Pain guideline's own quotation of ODG's physical therapy schedule counts as MTUS.

Beyond the guideline families, the rule reads every MTUS chapter a rationale names: by title ("Low Back Complaints", "Neck and Upper Back Complaints"), by ACOEM chapter number ("ACOEM, Chapter 8": 8 = Neck and Upper Back, 9 = Shoulder, 10 = Elbow, 11 = Forearm, Wrist and Hand, 12 = Low Back, 13 = Knee, 14 = Ankle and Foot, 1-7 = General Approaches) and by the DWC's own guideline names (the Chronic Pain Medical Treatment Guidelines, the Opioid Treatment Guidelines, the Acupuncture and Postsurgical guidelines). A chapter relied on that the line does not cite is reported when the line cites some MTUS chapter (a line with none is the family check's finding): a rationale that quotes the 2016 opioid rules as "the Chronic Pain Medical Treatment Guidelines" above a line that cites only MTUS Opioid Treatment 2016 relies on a guideline the line does not name. So is another edition of a cited chapter ("MTUS 2009 Acupuncture Guidelines" where the line cites Acupuncture Treatment 2007). Sentences that say a chapter does "not address" the request or is "intended to address" chronic pain are not reliance. ACOEM's own third edition ("the Third Edition ACOEM Guidelines Knee Disorders Chapter") is not an MTUS chapter, and "ACOEM, Chapter N" is taken as cited when the line has a Non-MTUS ACOEM citation (the editions number their chapters differently). When the cited chapter exists in one edition only (Acupuncture Treatment 2007), the quick fix writes that year in the rationale; otherwise which one is meant is the reviewer's call.

Measured with \`node scripts/measure-rules.mjs\` on the 146 corpus letters in both extractions (292 texts; 339 items in each extraction) and the 5 seed letters, findings labelled in test/fixtures/finding-labels.json: 6 findings per extraction (12 in all), 12 real, 0 false: precision 100%. Of them 4 per extraction are chapter findings (CM16-0231706 and CM16-0247405: ACOEM Chapter 8 relied on, not cited; CM17-0006287: the Chronic Pain guideline relied on above a Low Back line; CM17-0011703: the 2009 Acupuncture edition against the cited 2007 one) and 2 are ODG (CM16-0249170, CM17-0008479).`,
  example: {
    bad: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Proton Pump Inhibitors (PPIs).\nDecision rationale: According to the ODG Pain guidelines, pantoprazole is recommended only for patients at risk for gastrointestinal events. ...',
    good: 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Proton Pump Inhibitors (PPIs). Decision based on Non-MTUS Citation Official Disability Guidelines (ODG), Pain (Chronic), Proton pump inhibitors (PPIs).\nDecision rationale: According to the ODG Pain guidelines, pantoprazole is recommended only for patients at risk for gastrointestinal events. ...',
  },
  checkItem(letter, item, report) {
    const maximus = item.maximus;
    const rationale = item.rationale;
    if (!maximus || !rationale || letter.format === 'format3') return;
    // A line that cites nothing at all is empty-citation's finding (or a stub being written).
    if (!maximus.citations.some((c) => c.kind !== 'other' && !(c.kind === 'mtus' && c.chapter.text === ''))) return;
    const cited = citedFamilies(maximus);
    for (const f of uncitedChapters(letter.text, maximus, rationale.body.span)) {
      const fixes = f.fix
        ? [{ title: `Change the year to ${f.fix.year}, the edition cited`, edits: [{ span: f.fix.span, newText: String(f.fix.year) }] }]
        : undefined;
      report({ span: f.span, message: f.message, fixes, related: [{ span: maximus.label.span, message: 'MAXIMUS guideline line' }] });
    }
    // Most rationales name no guideline that the line leaves out: then no clause can report, and none is read.
    const body = letter.text.slice(rationale.body.span.start, rationale.body.span.end);
    const uncited = (['ODG', 'ACOEM', 'MTUS'] as const).filter((f) => !cited.has(f) && MAY_NAME[f](body));
    if (!uncited.length) return;
    // Without parentheses every clause is a stretch of the body: no name in the body, none in a clause.
    if (!body.includes('(') && !uncited.some((f) => FAMILY_RE[f].test(body))) return;
    const saysNone = maximus.citations.some((c) => c.kind === 'noEvidence');
    const missing = new Map<Family, Span>();
    for (const clause of clauses(letter.text, rationale.body.span)) {
      // Most clauses name no guideline left out of the line: look for one first, then at how the clause speaks.
      let named: [Family, Span][] | undefined;
      for (const family of ['ODG', 'ACOEM', 'MTUS'] as const) {
        if (cited.has(family) || missing.has(family)) continue;
        const m = FAMILY_RE[family].exec(clause.text);
        if (m) (named ??= []).push([family, { start: clause.start + m.index, end: clause.start + m.index + m[0].length }]);
      }
      if (!named) continue;
      if (
        SILENT_RE.test(clause.text) ||
        SCOPE_RE.test(clause.text) ||
        OTHER_PARTY_RE.test(clause.text) ||
        QUOTED_IN_MTUS_RE.test(clause.text) ||
        !RELIANCE_RE.test(clause.text)
      )
        continue;
      for (const [family, span] of named) missing.set(family, span);
    }
    for (const [family, span] of missing) {
      report({
        span,
        message: saysNone
          ? `The rationale relies on ${NAMES[family]}, but the MAXIMUS guideline line says the Expert Reviewer cited no medical evidence.`
          : `The rationale relies on ${NAMES[family]}, which the MAXIMUS guideline line does not cite.`,
        related: [{ span: maximus.label.span, message: 'MAXIMUS guideline line' }],
      });
    }
  },
});

/**
 * Clauses of the rationale: split at sentence ends, commas, semicolons and quotes; a parenthetical is a
 * clause of its own ("According to ODG (CA MTUS is silent), ..."), blanked out of the clause around it.
 */
function clauses(text: string, span: Span): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const body = text.slice(span.start, span.end);
  const re = /(?:[^.;:,"(]|\([^()]*\))+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (!m[0].trim()) continue;
    const start = span.start + m.index;
    out.push({ text: m[0].replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length)), start });
    const paren = /\(([^()]*)\)/g;
    let p: RegExpExecArray | null;
    while ((p = paren.exec(m[0]))) out.push({ text: p[1], start: start + p.index + 1 });
  }
  return out;
}
