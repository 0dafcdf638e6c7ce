// How old the injury was when utilization review decided: days from the Date of Injury to the UR Denial
// Date, and the phase of pain the guidelines tie to it. Letters argue this ("being treated for an acute
// injury, therefore the Chronic Pain Treatment Guidelines do not apply"), so the hover states the count.
import type { Letter } from '../letter';
import { datesIn } from '../letter';
import { headerValue } from './headerDates';

export type PainPhase = 'acute' | 'subacute' | 'chronic';

/** Up to 4 weeks acute, up to 12 weeks subacute, more than 12 weeks chronic. */
export const ACUTE_UP_TO_DAYS = 28;
export const SUBACUTE_UP_TO_DAYS = 84;

export function painPhase(days: number): PainPhase {
  return days <= ACUTE_UP_TO_DAYS ? 'acute' : days <= SUBACUTE_UP_TO_DAYS ? 'subacute' : 'chronic';
}

export interface InjuryAge {
  readonly days: number;
  readonly phase: PainPhase;
  /** The injury is a range (cumulative trauma): counted from its last date. */
  readonly cumulative: boolean;
}

/** Days from the Date of Injury to the UR Denial Date; undefined when either is missing, invalid or out of order. */
export function injuryAge(letter: Letter): InjuryAge | undefined {
  const injury = datesIn(headerValue(letter, 'dateOfInjury') ?? '');
  const review = datesIn(headerValue(letter, 'urDenialDate') ?? '');
  if (!injury.valid.length || injury.invalid.length || review.valid.length !== 1 || review.invalid.length) return undefined;
  const from = Math.max(...injury.valid);
  const days = review.valid[0] - from;
  if (days < 0) return undefined;
  return { days, phase: painPhase(days), cumulative: injury.valid.length > 1 };
}

const weeks = (days: number): string => {
  const w = Math.floor(days / 7);
  const d = days % 7;
  return `${w} week${w === 1 ? '' : 's'}${d ? ` ${d} day${d === 1 ? '' : 's'}` : ''}`;
};

/** Markdown lines: the injury's age at the UR decision and its phase, with the phase boundaries. */
export function injuryPhaseLines(letter: Letter): string[] {
  const age = injuryAge(letter);
  if (!age) return [];
  return [
    `Injury phase at the UR decision: **${age.phase}**, ${age.days} day${age.days === 1 ? '' : 's'} (${weeks(age.days)}) from the Date of Injury${age.cumulative ? ' (the last date of a cumulative injury)' : ''} to the UR Denial Date.`,
    '',
    "_Acute: up to 4 weeks; subacute: more than 4 and up to 12 weeks; chronic: more than 12 weeks, as the Chronic Pain Medical Treatment Guidelines define it. The phase is the injury's age, not a finding about the worker's pain: the rationale says which guideline applies and why._",
  ];
}
