import type { Rule } from './types';
import { itemRule } from './helpers/util';
import { hasQuantityOrFrequency, strengthsOf } from '../letter';

export const missingQuantity: Rule = itemRule({
  id: 'IMR026',
  name: 'missing-quantity',
  category: 'decision',
  description: 'A medication is requested with a strength but no quantity or frequency.',
  defaultLevel: 'warning',
  docs: `A medication request is decided for a definite amount: "Norco 10/325mg #120", "Gabapentin 600mg 1 tab three times daily", "Ketoprofen 20% cream 240g". A strength with no quantity, amount, duration or frequency ("Pepcid 20mg") leaves open how much was authorised or denied, and the IMR decision cannot be applied.

Quantities are "#N", "quantity/qty N", "N tablets/capsules/patches/refills", a number of containers ("One container of ...", "2 tubes"), "x N", an amount ("240g", "150ml") or a supply period ("30 day supply", "three months"); frequencies are "BID", "TID", "daily", "every 8 hours", "take 1", "as needed" and the like.

Measured with \`node scripts/measure-rules.mjs\` on the 146 corpus letters in both extractions (292 texts; 339 items in each extraction) and the 5 seed letters, findings labelled in test/fixtures/finding-labels.json: 4 findings per extraction (8 in all), 8 real, 0 false: precision 100%.`,
  example: { bad: 'Pepcid 20mg: Upheld', good: 'Pepcid 20mg #60: Upheld' },
  checkItem(_letter, item, report) {
    const text = item.request.text;
    if (!text || strengthsOf(text).length === 0) return;
    if (hasQuantityOrFrequency(text)) return;
    // Partly authorised requests: the original request may carry the quantity.
    if (item.partial?.original && hasQuantityOrFrequency(item.partial.original.text)) return;
    report({ span: item.request.span, message: `"${text}" gives a strength but no quantity or frequency: how much is requested?` });
  },
});
