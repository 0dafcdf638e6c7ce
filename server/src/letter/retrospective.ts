// A retrospective request asks after the fact for a service already given: "Retrospective: Toradol 60mg
// injection", "Retro request for ...", "Cyclobenzaprine 5mg #30 DOS: 11/14/16", "(date of service 12/29/16)".
import type { Item } from './types';

const RETROSPECTIVE_RE = /\bretro(?:spective(?:ly)?)?\b|\bDOS\b|\bdates? of service\b/i;

/** True when the item's request (its whole header, for a partly authorised one) is for a service already given. */
export function isRetrospective(item: Item): boolean {
  return RETROSPECTIVE_RE.test(item.request.text) || (item.partial !== undefined && RETROSPECTIVE_RE.test(item.header.text));
}
