// The rule registry: every rule, in id order. Docs and the settings schema are generated from it.
import type { Rule } from './types';
import { missingSection } from './missing-section';
import { sectionOrder } from './section-order';
import { missingOutcome } from './missing-outcome';
import { invalidOutcome } from './invalid-outcome';
import { missingClaimsAdministratorGuideline } from './missing-claims-administrator-guideline';
import { missingMaximusGuideline } from './missing-maximus-guideline';
import { missingRationale } from './missing-rationale';
import { emptyCitation } from './empty-citation';
import { duplicateSection } from './duplicate-section';
import { noItems } from './no-items';
import { fieldOrder } from './field-order';
import { duplicateItem } from './duplicate-item';
import { missingHeaderField } from './missing-header-field';
import { headerDateOrder } from './header-date-order';
import { invalidCaseNumber } from './invalid-case-number';
import { invalidPriority } from './invalid-priority';
import { missingNonMtusCitation } from './missing-non-mtus-citation';
import { conflictingCitation } from './conflicting-citation';
import { unknownGuidelineChapter } from './unknown-guideline-chapter';
import { unknownGuidelineSection } from './unknown-guideline-section';
import { pageOutOfRange } from './page-out-of-range';
import { rationaleCitesUncitedGuideline } from './rationale-cites-uncited-guideline';
import { outcomeContradictsRationale } from './outcome-contradicts-rationale';
import { missingConclusion } from './missing-conclusion';
import { partialAuthorizationMismatch } from './partial-authorization-mismatch';
import { missingQuantity } from './missing-quantity';
import { visitCap } from './visit-cap';
import { reviewerIdentity } from './reviewer-identity';
import { dateContradictsHeader } from './date-contradicts-header';
import { bodyPartMismatch } from './body-part-mismatch';
import { regionVsChapter } from './region-vs-chapter';
import { conclusionVsItem } from './conclusion-vs-item';
import { partialAuthorizationTreatment } from './partial-authorization-treatment';
import { modifiedRequest } from './modified-request';

export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  missingOutcome,
  invalidOutcome,
  missingClaimsAdministratorGuideline,
  missingMaximusGuideline,
  missingRationale,
  emptyCitation,
  duplicateSection,
  noItems,
  fieldOrder,
  duplicateItem,
  missingHeaderField,
  headerDateOrder,
  invalidCaseNumber,
  invalidPriority,
  missingNonMtusCitation,
  conflictingCitation,
  unknownGuidelineChapter,
  unknownGuidelineSection,
  pageOutOfRange,
  rationaleCitesUncitedGuideline,
  outcomeContradictsRationale,
  missingConclusion,
  partialAuthorizationMismatch,
  missingQuantity,
  visitCap,
  reviewerIdentity,
  dateContradictsHeader,
  bodyPartMismatch,
  regionVsChapter,
  conclusionVsItem,
  partialAuthorizationTreatment,
  modifiedRequest,
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // ids are ASCII; no locale collation at startup

export const RULES_BY_NAME: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.name, r]));

export type { Rule, Problem, Fix, Edit, Level, LevelSetting, RuleCategory } from './types';
export { lint, lintMemo, type LintConfig, type LintMemo, type LintMode } from './engine/lint';
export { draftProblems, STILL_TO_WRITE } from './drafting';
