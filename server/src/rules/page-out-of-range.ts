import type { PageRef } from '../letter';
import type { Rule } from './types';
import { itemMtusCitations } from './helpers/citations';
import { itemRule } from './helpers/util';
import { CPMTG_2009_PAGE_COUNT, isChronicPain2009, pageTopicsFor } from '../kb/vocabulary';
import type { PageTopic } from '../kb';

const within = (p: PageRef, t: PageTopic): boolean => {
  for (let n = p.from; n <= p.to; n++) if (!t.pageList.includes(n)) return false;
  return true;
};

export const pageOutOfRange: Rule = itemRule({
  id: 'IMR021',
  name: 'page-out-of-range',
  category: 'citation',
  description: 'A "Page(s):" reference lies outside the cited guideline or outside the cited topic\'s pages.',
  defaultLevel: 'warning',
  docs: `2014 letters cite the 2009 Chronic Pain Medical Treatment Guidelines by topic and page: "Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines, weaning of medications Page(s): 24, 124." That guideline has ${CPMTG_2009_PAGE_COUNT} pages, so a page beyond it is wrong. When the topic is named, its page must be one of the topic's pages.

The topic-to-page table has two confidence levels: pages confirmed by real letters (Benzodiazepines p. 24, Muscle relaxants p. 63, Opioids on-going management p. 78, Weaning of medications p. 124) give a warning with a quick fix; pages that are only commonly cited give a hint ("commonly cited as pp. 63-66"), never more.`,
  example: {
    bad: 'Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 42.',
    good: 'Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24.',
  },
  checkItem(_letter, item, report) {
    for (const c of itemMtusCitations(item)) {
      if (!c.pages.length || !isChronicPain2009(c.chapter.text, c.year ? Number(c.year.text) : undefined)) continue;
      const topics = (c.topic?.text ?? '')
        .split(/,\s*/)
        .map((t) => pageTopicsFor(t))
        .filter((t) => t.length > 0);
      for (const p of c.pages) {
        if (p.from < 1 || p.to > CPMTG_2009_PAGE_COUNT || p.from > p.to) {
          report({
            span: p.span,
            message: `Page ${p.text} is outside the ${CPMTG_2009_PAGE_COUNT}-page Chronic Pain Medical Treatment Guidelines (2009).`,
          });
          continue;
        }
        if (topics.length === 0) continue;
        if (topics.some((group) => group.some((t) => within(p, t)))) continue;
        const named = topics.flat();
        const confirmed = named.filter((t) => t.confidence === 'A');
        const best = (confirmed.length ? confirmed : named)[0];
        const pages = best.pageList.length === 1 ? `p. ${best.pages}` : `pp. ${best.pages}`;
        const firstPage = String(best.pageList[0]);
        if (confirmed.length) {
          report({
            span: p.span,
            message: `Page ${p.text} is not the page of "${best.topic}" (${pages}) in the 2009 Chronic Pain guideline.`,
            fixes: [{ title: `Change the page to ${firstPage}`, edits: [{ span: p.span, newText: firstPage }] }],
          });
        } else {
          report({
            span: p.span,
            message: `Page ${p.text}: "${best.topic}" is commonly cited as ${pages} (unconfirmed page table).`,
            level: 'hint',
            fixes: [{ title: `Change the page to ${firstPage}`, edits: [{ span: p.span, newText: firstPage }] }],
          });
        }
      }
    }
  },
});
