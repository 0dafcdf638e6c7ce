import type { Rule } from './types';
import { itemAnchor } from './helpers/util';

/** A request's text as it is compared: lower case, blanks collapsed, without trailing punctuation. */
function key(s: string): string {
  const t = s.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  let end = t.length;
  while (end > 0 && '.,;: '.includes(t[end - 1])) end--; // trailing punctuation, without a backtracking regex
  return t.slice(0, end).trim();
}

export const duplicateItem: Rule = {
  id: 'IMR012',
  name: 'duplicate-item',
  category: 'structure',
  description: 'Two disputed items request the same thing.',
  defaultLevel: 'warning',
  docs: `Each disputed item/service is decided once. The same request twice (same name, strength, quantity and body part) is either a pasted duplicate or two requests that the letter fails to tell apart, and two decisions on one request can contradict each other.

Remove the duplicate, or make the headers say how the requests differ (dates of service, body part, quantity).`,
  example: {
    bad: 'Norco 10/325mg #120: Upheld\n...\nNorco 10/325mg #120: Upheld\n...',
    good: 'Norco 10/325mg #120: Upheld\n...\nTramadol 50mg #60: Upheld\n...',
  },
  check(letter, report) {
    const seen = new Map<string, (typeof letter.items)[number]>();
    for (const item of letter.items) {
      const k = key(item.partial?.original?.text ? `${item.partial.original.text} => ${item.request.text}` : item.request.text);
      if (!k) continue;
      const first = seen.get(k);
      if (!first) {
        seen.set(k, item);
        continue;
      }
      report({
        span: itemAnchor(letter, item),
        message: `The item "${item.request.text}" is already decided as item ${first.index + 1}.`,
        related: [{ span: itemAnchor(letter, first), message: `Item ${first.index + 1}` }],
      });
    }
  },
};
