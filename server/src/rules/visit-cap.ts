import type { Rule } from './types';
import { itemRule } from './helpers/util';
import { isCappedTherapy, maxVisits } from '../letter';

const CAP = 24;

export const visitCap: Rule = itemRule({
  id: 'IMR027',
  name: 'visit-cap',
  category: 'decision',
  description: 'A physical therapy, occupational therapy or chiropractic request exceeds 24 visits.',
  defaultLevel: 'warning',
  docs: `Labor Code 4604.5(c)(1) caps physical therapy, occupational therapy and chiropractic at ${CAP} visits each per industrial injury (post-surgical physical medicine within the post-surgical period is excepted). A request beyond ${CAP} visits ("3 times a week for 10 weeks", "30 sessions") is either a typing error in the header or needs the exception stated.

Visits are read from "N sessions/visits", "N times a week for M weeks" (the upper bound of a range), "N x M", "#N" and "(N)" totals. Post-operative requests are reported as information only.`,
  example: {
    bad: 'Physical therapy 3 times a week for 10 weeks (30 sessions): Upheld',
    good: 'Physical therapy 2 times a week for 6 weeks (12 sessions): Upheld',
  },
  checkItem(_letter, item, report) {
    const text = item.request.text;
    if (!text || !isCappedTherapy(text)) return;
    const visits = maxVisits(text);
    if (visits === undefined || visits <= CAP) return;
    const postSurgical = /\bpost[-\s]?(?:op|operative|surgical|surgery)\b/i.test(text) || /^Associated surgical service/i.test(text);
    report({
      span: item.request.span,
      message: `"${text}" asks for ${visits} visits; Labor Code 4604.5 caps physical therapy, occupational therapy and chiropractic at ${CAP} visits per injury${postSurgical ? ' (post-surgical physical medicine is excepted: check)' : ''}.`,
      level: postSurgical ? 'information' : undefined,
    });
  },
});
