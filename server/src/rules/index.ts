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

export const RULES: readonly Rule[] = [
  missingSection,
  sectionOrder,
  missingOutcome,
  invalidOutcome,
  missingClaimsAdministratorGuideline,
  missingMaximusGuideline,
  missingRationale,
  emptyCitation,
].sort((a, b) => a.id.localeCompare(b.id));

export const RULES_BY_NAME: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.name, r]));

export type { Rule, Problem, Fix, Edit, Level, LevelSetting, RuleCategory } from './types';
export { lint, type LintConfig } from './lint';
