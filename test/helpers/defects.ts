// One defect per rule that offers fixes, injected into a real letter: the quick-fix safety test applies every
// fix offered on such letters, so each rule's fixes run on real text (real letters alone carry few fixable
// problems). Each returns undefined when the letter has nothing to inject it into.
import { parseLetter, type Letter } from '../../server/src/letter';
import { countOf } from '../../server/src/letter/quantities';

export type Inject = (letter: Letter, text: string) => string | undefined;

export const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

const deleteField =
  (kind: 'claimsAdministrator' | 'maximus' | 'rationale'): Inject =>
  (letter, text) => {
    const item = letter.items[0];
    const k = item?.fields.findIndex((f) => f.kind === kind) ?? -1;
    if (!item || k < 0) return undefined;
    const end = k + 1 < item.fields.length ? item.fields[k + 1].span.start : item.fields[k].span.end;
    return splice(text, item.fields[k].span.start, end, '');
  };

const outcomeWord =
  (word: (was: string) => string): Inject =>
  (letter, text) => {
    const o = letter.items[0]?.outcome;
    return o ? splice(text, o.span.start, o.span.end, word(o.text)) : undefined;
  };

const headerValue =
  (key: 'caseNumber' | 'priority', value: (was: string) => string): Inject =>
  (letter, text) => {
    const v = letter.header?.fields.find((f) => f.key === key)?.value;
    return v ? splice(text, v.span.start, v.span.end, value(v.text)) : undefined;
  };

/** Rule name -> defects that provoke it and one of its fixes. */
export const FIXABLE_DEFECTS: Readonly<Record<string, readonly Inject[]>> = {
  'missing-claims-administrator-guideline': [deleteField('claimsAdministrator')],
  'missing-maximus-guideline': [deleteField('maximus')],
  'missing-rationale': [deleteField('rationale')],
  'outcome-contradicts-rationale': [outcomeWord((w) => (w === 'Upheld' ? 'Overturned' : 'Upheld'))],
  'invalid-outcome': [outcomeWord((w) => (w === 'Upheld' ? 'Uphold' : 'OVERTURNED')), outcomeWord(() => 'Partially overturned')],
  'missing-outcome': [
    (letter, text) => {
      const o = letter.items[0]?.outcome;
      return o ? splice(text, text.lastIndexOf(':', o.span.start) + 1, o.span.end, '') : undefined;
    },
  ],
  'invalid-case-number': [headerValue('caseNumber', (v) => v.toLowerCase())],
  'invalid-priority': [headerValue('priority', (v) => v.toLowerCase()), headerValue('priority', () => 'Expidited')],
  'unknown-guideline-chapter': [
    (letter, text) => {
      const c = letter.items
        .flatMap((i) => [...(i.claimsAdministrator?.citations ?? []), ...(i.maximus?.citations ?? [])])
        .find((x) => x.kind === 'mtus' && /Complaints/.test(x.chapter.text));
      if (!c) return undefined;
      const at = text.indexOf('Complaints', c.span.start);
      return splice(text, at, at + 10, 'Complaits');
    },
  ],
  'unknown-guideline-section': [
    (_letter, text) => {
      const i = text.indexOf('Maintenance of Chronic Opioid');
      return i < 0 ? undefined : splice(text, i, i + 'Maintenance'.length, 'Maintenence');
    },
    (letter, text) => {
      for (const c of letter.items.flatMap((i) => i.maximus?.citations ?? [])) {
        const s =
          c.kind === 'mtus' && !/^Opioid/.test(c.chapter.text)
            ? c.sections.find((x) => /^[A-Za-z]{6,}/.test(x.text) && !x.text.includes('\n'))
            : undefined;
        if (s) return splice(text, s.span.start + 1, s.span.start + 3, s.text[2] + s.text[1]);
      }
      return undefined;
    },
  ],
  'page-out-of-range': [
    (letter, text) => {
      const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length > 0 && x.topic);
      return c && c.kind === 'mtus' ? splice(text, c.pages[0].span.start, c.pages[0].span.end, '42') : undefined;
    },
  ],
  'conflicting-citation': [
    (letter, text) => {
      const c = letter.items
        .flatMap((i) => i.claimsAdministrator?.citations ?? [])
        .find((x) => x.kind === 'noEvidence' || x.kind === 'outsideMtus');
      if (!c) return undefined;
      const at = text.indexOf('Claims Administrator', c.span.start);
      return at < 0 ? undefined : splice(text, at, at + 'Claims Administrator'.length, 'Expert Reviewer');
    },
  ],
  'missing-conclusion': [
    (letter, text) => {
      const r = letter.items[0]?.rationale;
      if (!r || !letter.items[0].outcome?.valid) return undefined;
      const body = text
        .slice(r.body.span.start, r.body.span.end)
        .replace(/medical(?:ly)?[\s-]+(?:necessary|necessity|indicated|reasonable|appropriate)|\b(?:un|non-?)?necessary\b/gi, 'covered');
      return splice(text, r.body.span.start, r.body.span.end, body);
    },
  ],
  'partial-authorization-mismatch': [
    (letter, text) => {
      for (const item of letter.items) {
        const p = item.partial;
        if (p?.form !== 'remaining' || !p.remaining || !p.original || !p.authorized) continue;
        const c = countOf(p.remaining.text);
        if (!c?.token || !/^\d+$/.test(c.token.text)) continue;
        const at = text.indexOf(c.token.text, p.remaining.span.start + c.token.start);
        if (at >= 0) return splice(text, at, at + c.token.text.length, String(c.value + 1));
      }
      return undefined;
    },
  ],
  'reviewer-identity': [
    (letter, text) => {
      const s = letter.sections.find((x) => x.kind === 'determination');
      return s ? splice(text, s.bodySpan.end, s.bodySpan.end, '\nLicense No. A12345\n') : undefined;
    },
    (_letter, text) => `${text}\nSincerely, Robert Brown\n`,
  ],
  'missing-section': [
    (letter, text) => {
      const s = letter.sections.find((x) => x.kind === 'caseSummary');
      return s ? splice(text, s.headingSpan.start, s.headingSpan.end, '') : undefined;
    },
  ],
  'field-order': [
    (letter, text) => {
      const item = letter.items[0];
      const [ca, mx] = [item?.claimsAdministrator, item?.maximus];
      if (!ca || !mx || item.fields[0] !== ca || item.fields[1] !== mx) return undefined;
      const swapped = splice(
        text,
        ca.span.start,
        mx.span.end,
        text.slice(mx.span.start, mx.span.end) + text.slice(ca.span.end, mx.span.start) + text.slice(ca.span.start, ca.span.end),
      );
      return parseLetter(swapped).items.length === letter.items.length ? swapped : undefined;
    },
  ],
};
