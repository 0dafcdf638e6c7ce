// Each rule against defects injected into many real letters: the rule fires on the line of the defect,
// and its quick fix (when it offers one), applied and re-linted, removes that diagnostic and changes
// nothing else. The unmutated letters are covered by rules.corpus.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineAt, parseLetter, type Item, type Letter } from '../../server/src/letter';
import { lint, RULES, type Fix, type Problem } from '../../server/src/rules';
import { countOf, isCappedTherapy, strengthsOf } from '../../server/src/letter/quantities';
import { allRealLetters, corpusLetters, minimumFor, seedLetters, type RealLetter } from '../helpers/letters';

interface Mutation {
  readonly text: string;
  /** An offset in the mutated text on the line where the diagnostic is due. */
  readonly at: number;
}

const splice = (text: string, start: number, end: number, insert: string): string => text.slice(0, start) + insert + text.slice(end);

function lineOf(letter: Letter, offset: number): number {
  return lineAt(letter.lines, offset);
}

function problemsOf(text: string): { letter: Letter; problems: Problem[] } {
  const letter = parseLetter(text);
  return { letter, problems: lint(letter, RULES) };
}

function applyFix(text: string, p: Problem, fix = p.fixes?.[0]): string {
  const edits = [...(fix?.edits ?? [])].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of edits) out = splice(out, e.span.start, e.span.end, e.newText);
  return out;
}

const signature = (ps: readonly Problem[]) => ps.map((p) => `${p.rule}|${p.level}`).sort();

/**
 * Runs a mutation over letters; expects `rule` to fire on the mutation's line in every mutated letter and,
 * when `fix` is set, checks the fix. Returns how many letters were mutated.
 */
/**
 * The fixed letter's other diagnostics are those of the defective one, except that a finding of the real
 * letter itself may come back (the defect hid it; the fix restored the text it reads).
 */
function sameOrRestored(after: readonly string[], before: readonly string[], original: readonly string[]): boolean {
  const left = [...after];
  for (const b of before) {
    const i = left.indexOf(b);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  const spare = [...original];
  for (const a of left) {
    const i = spare.indexOf(a);
    if (i < 0) return false;
    spare.splice(i, 1);
  }
  return true;
}

function check(
  rule: string,
  letters: readonly RealLetter[],
  mutate: (letter: Letter, text: string) => Mutation | undefined,
  opts: {
    fix?: 'required' | 'optional';
    restores?: boolean;
    /** A stub the user completes may be reported by this rule until then. */
    stubReportedBy?: string;
    /** Another rule that sees the same injected defect from its side (the conclusion against the mutated count): its finding may go with the fix. */
    alsoResolves?: string;
    /** Which of the fixes to apply (the first by default). */
    pick?: (f: Fix) => boolean;
  } = {},
): number {
  let n = 0;
  const failures: string[] = [];
  for (const l of letters) {
    const original = parseLetter(l.text);
    const m = mutate(original, l.text);
    if (!m) continue;
    n++;
    const { letter, problems } = problemsOf(m.text);
    const line = lineOf(letter, m.at);
    const hit = problems.find((p) => p.rule === rule && lineOf(letter, p.span.start) <= line && line <= lineOf(letter, p.span.end));
    if (!hit) {
      failures.push(`${l.id}: ${rule} not reported on line ${line + 1} (got ${problems.map((p) => `${p.rule}@${lineOf(letter, p.span.start) + 1}`).join(', ') || 'nothing'})`);
      continue;
    }
    if (!opts.fix) continue;
    if (!hit.fixes?.length) {
      if (opts.fix === 'required') failures.push(`${l.id}: ${rule} offers no fix`);
      continue;
    }
    const chosen = opts.pick ? hit.fixes.find(opts.pick) : hit.fixes[0];
    if (!chosen) {
      failures.push(`${l.id}: ${rule} offers no such fix (${hit.fixes.map((f) => f.title).join(' | ')})`);
      continue;
    }
    const fixed = applyFix(m.text, hit, chosen);
    const after = problemsOf(fixed).problems.filter((p) => p.rule !== opts.stubReportedBy || !p.message.includes('cites no guideline'));
    const before = problems.filter((p) => p !== hit);
    const sameRuleBefore = before.filter((p) => p.rule === rule).length;
    if (after.filter((p) => p.rule === rule).length !== sameRuleBefore) failures.push(`${l.id}: the fix "${chosen.title}" did not remove the ${rule} diagnostic`);
    else if (!sameOrRestored(signature(after.filter((p) => p.rule !== opts.alsoResolves)), signature(before.filter((p) => p.rule !== opts.alsoResolves)), signature(lint(original, RULES)))) {
      failures.push(`${l.id}: the fix "${chosen.title}" changed other diagnostics: ${JSON.stringify(signature(before))} -> ${JSON.stringify(signature(after))}`);
    }
    if (opts.restores && fixed !== l.text) failures.push(`${l.id}: the fix did not restore the original text`);
  }
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} failures`);
  return n;
}

const corpus = corpusLetters();
const real = allRealLetters();
const firstItem = (letter: Letter): Item | undefined => letter.items[0];

test('missing-claims-administrator-guideline / missing-maximus-guideline / missing-rationale: a deleted line of item 1 (fix inserts it)', () => {
  for (const [rule, kind] of [
    ['missing-claims-administrator-guideline', 'claimsAdministrator'],
    ['missing-maximus-guideline', 'maximus'],
    ['missing-rationale', 'rationale'],
  ] as const) {
    const n = check(
      rule,
      real,
      (letter, text) => {
        const item = firstItem(letter);
        const k = item?.fields.findIndex((f) => f.kind === kind) ?? -1;
        if (!item || k < 0) return undefined;
        const f = item.fields[k];
        const end = k + 1 < item.fields.length ? item.fields[k + 1].span.start : f.span.end;
        const mutated = splice(text, f.span.start, end, '');
        const again = parseLetter(mutated).items[0];
        return again ? { text: mutated, at: again.header.span.end > again.header.span.start ? again.header.span.end - 1 : again.span.start } : undefined;
      },
      { fix: 'required', stubReportedBy: kind === 'rationale' ? undefined : 'empty-citation' },
    );
    assert.ok(n >= minimumFor(290, real), `${rule}: ${n} letters`);
  }
});

test('outcome-contradicts-rationale: the outcome swapped against the conclusion, on every item of every letter (fix restores)', () => {
  let n = 0;
  for (let index = 0; index < 4; index++) {
    n += check(
      'outcome-contradicts-rationale',
      real,
      (letter, text) => {
        const o = letter.items[index]?.outcome;
        if (!o) return undefined;
        return { text: splice(text, o.span.start, o.span.end, o.text === 'Upheld' ? 'Overturned' : 'Upheld'), at: o.span.start };
      },
      // The outcome was the defect here: the fix that changes it back (offered, never preferred) restores the letter.
      { fix: 'required', restores: true, pick: (f) => !!f.changesOutcome },
    );
  }
  assert.ok(n >= minimumFor(500, real), `${n} items`);
});

test('outcome-contradicts-rationale: the conclusion negated or un-negated instead', () => {
  const n = check('outcome-contradicts-rationale', real, (letter, text) => {
    const item = firstItem(letter);
    const c = item?.rationale?.conclusion;
    if (!item?.outcome || !c) return undefined;
    const phrase = text.slice(c.phrase.span.start, c.phrase.span.end);
    const sentence = text.slice(c.sentence.span.start, c.sentence.span.end);
    let changed: string;
    if ((sentence.match(/\b(?:not|cannot|no|never|unnecessary)\b|n't/gi) ?? []).length > 1) return undefined;
    if (c.kind === 'notNecessary') {
      changed = sentence.replace(/\s+not(?=\s+(?:been\s+)?(?:medically|established|necessary))/i, '').replace(/\bcannot\b/i, 'can').replace(/\bunnecessary\b/i, 'necessary');
      if (changed === sentence) return undefined;
    } else {
      if (!/^medically/i.test(phrase)) return undefined;
      changed = sentence.replace(phrase, `not ${phrase}`);
    }
    return { text: splice(text, c.sentence.span.start, c.sentence.span.end, changed), at: item.outcome.span.start };
  });
  assert.ok(n >= minimumFor(250, real), `${n} letters`);
});

test('invalid-outcome: Uphold, Denied, upheld, OVERTURNED, Approved (fix restores)', () => {
  const words: Record<string, Record<string, string>> = {
    Upheld: { Uphold: 'Upheld', Denied: 'Upheld', upheld: 'Upheld' },
    Overturned: { Overturn: 'Overturned', Approved: 'Overturned', OVERTURNED: 'Overturned' },
  };
  let n = 0;
  for (const k of [0, 1, 2]) {
    n += check(
      'invalid-outcome',
      real,
      (letter, text) => {
        const o = firstItem(letter)?.outcome;
        if (!o) return undefined;
        const choices = Object.keys(words[o.text]);
        return { text: splice(text, o.span.start, o.span.end, choices[k]), at: o.span.start };
      },
      { fix: 'required', restores: true },
    );
  }
  assert.ok(n >= minimumFor(850, real), `${n}`);
});

test('invalid-outcome: "Partially overturned" is reported, with the outcome the conclusion supports', () => {
  const n = check(
    'invalid-outcome',
    real,
    (letter, text) => {
      const o = firstItem(letter)?.outcome;
      return o ? { text: splice(text, o.span.start, o.span.end, 'Partially overturned'), at: o.span.start } : undefined;
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('missing-outcome: the outcome word deleted (fix inserts the one the conclusion supports)', () => {
  const n = check(
    'missing-outcome',
    real,
    (letter, text) => {
      const o = firstItem(letter)?.outcome;
      if (!o) return undefined;
      const colon = text.lastIndexOf(':', o.span.start);
      return { text: splice(text, colon + 1, o.span.end, ''), at: colon };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('header-date-order: a year changed to 2019 or 2009 in each header date', () => {
  const keys = ['dateOfInjury', 'urDenialDate', 'applicationReceived', 'dateAssigned', 'decisionDate'] as const;
  let n = 0;
  for (const key of keys) {
    n += check('header-date-order', corpus, (letter, text) => {
      const v = letter.header?.fields.find((f) => f.key === key)?.value;
      if (!v) return undefined;
      // Later dates go back in time, earlier ones forward: either way the order breaks.
      const year = key === 'dateOfInjury' || key === 'urDenialDate' ? '2019' : '2009';
      return { text: splice(text, v.span.end - 4, v.span.end, year), at: v.span.start };
    });
  }
  assert.equal(n, corpus.length * keys.length);
});

test('header-date-order: an impossible date (13/45/2016)', () => {
  const n = check('header-date-order', corpus, (letter, text) => {
    const v = letter.header?.fields.find((f) => f.key === 'dateAssigned')?.value;
    return v ? { text: splice(text, v.span.start, v.span.end, '13/45/2016'), at: v.span.start } : undefined;
  });
  assert.equal(n, corpus.length);
});

test('invalid-case-number: a digit dropped, or lower case (fix for the spelling only)', () => {
  const n = check('invalid-case-number', corpus, (letter, text) => {
    const v = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value;
    return v ? { text: splice(text, v.span.end - 1, v.span.end, ''), at: v.span.start } : undefined;
  });
  const m = check(
    'invalid-case-number',
    corpus,
    (letter, text) => {
      const v = letter.header?.fields.find((f) => f.key === 'caseNumber')?.value;
      return v ? { text: splice(text, v.span.start, v.span.start + 2, 'cm'), at: v.span.start } : undefined;
    },
    { fix: 'required', restores: true },
  );
  assert.equal(n + m, corpus.length * 2);
});

test('invalid-priority: "Urgent", "standard", "Expidited"', () => {
  let n = 0;
  for (const [word, fix] of [
    ['Urgent', 'optional'],
    ['standard', 'required'],
    ['Expidited', 'required'],
  ] as const) {
    n += check(
      'invalid-priority',
      corpus,
      (letter, text) => {
        const v = letter.header?.fields.find((f) => f.key === 'priority')?.value;
        return v ? { text: splice(text, v.span.start, v.span.end, word), at: v.span.start } : undefined;
      },
      { fix },
    );
  }
  assert.equal(n, corpus.length * 3);
});

test('missing-header-field: a header label removed', () => {
  let n = 0;
  for (const key of ['priority', 'caseNumber', 'decisionDate'] as const) {
    n += check('missing-header-field', corpus, (letter, text) => {
      const f = letter.header?.fields.find((x) => x.key === key);
      if (!f || !letter.header) return undefined;
      // Remove both label and value (they may stand on different lines).
      const spans = [f.label.span, ...(f.value ? [f.value.span] : [])].sort((a, b) => b.start - a.start);
      let out = text;
      for (const s of spans) out = splice(out, s.start, s.end, '');
      return { text: out, at: parseLetter(out).header?.span.start ?? 0 };
    });
  }
  assert.equal(n, corpus.length * 3);
});

test('unknown-guideline-chapter: a year the chapter never had, and a misspelt chapter (fix suggests)', () => {
  const n = check(
    'unknown-guideline-chapter',
    real,
    (letter, text) => {
      for (const item of letter.items) {
        for (const f of [item.claimsAdministrator, item.maximus]) {
          const c = f?.citations.find((x) => x.kind === 'mtus' && x.year);
          if (c && c.kind === 'mtus' && c.year) return { text: splice(text, c.year.span.start, c.year.span.end, '2019'), at: c.year.span.start };
        }
      }
      return undefined;
    },
    { fix: 'required', restores: false },
  );
  const m = check(
    'unknown-guideline-chapter',
    real,
    (letter, text) => {
      for (const item of letter.items) {
        for (const f of [item.claimsAdministrator, item.maximus]) {
          const c = f?.citations.find((x) => x.kind === 'mtus' && /Complaints/.test(x.chapter.text) && !/,/.test(x.chapter.text));
          if (c && c.kind === 'mtus') {
            const at = text.indexOf('Complaints', c.chapter.span.start);
            return { text: splice(text, at, at + 10, 'Complaits'), at };
          }
        }
      }
      return undefined;
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(150, real) && m >= minimumFor(60, real), `${n} ${m}`);
});

test('unknown-guideline-section: a misspelt "Section(s):" topic (fix restores the spelling)', () => {
  const n = check(
    'unknown-guideline-section',
    real,
    (letter, text) => {
      for (const item of letter.items) {
        for (const f of [item.claimsAdministrator, item.maximus]) {
          for (const c of f?.citations ?? []) {
            if (c.kind !== 'mtus' || /^Opioid/.test(c.chapter.text)) continue;
            const s = c.sections.find((x) => /^[A-Za-z]{6,}/.test(x.text) && !/\n/.test(text.slice(x.span.start, x.span.end)));
            if (!s) continue;
            // Swap two letters inside the first word: "Special" -> "Spceial".
            const w = text.slice(s.span.start, s.span.end);
            const typo = w[0] + w[2] + w[1] + w.slice(3);
            if (typo === w) continue;
            return { text: splice(text, s.span.start, s.span.end, typo), at: s.span.start };
          }
        }
      }
      return undefined;
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(150, real), `${n}`);
});

test('unknown-guideline-section: a topic of another chapter, and an unknown opioid section number', () => {
  const n = check('unknown-guideline-section', real, (letter, text) => {
    for (const item of letter.items) {
      for (const c of item.maximus?.citations ?? []) {
        if (c.kind === 'mtus' && /Complaints/.test(c.chapter.text) && c.sections.length) {
          const s = c.sections[0];
          return { text: splice(text, s.span.start, s.span.end, 'Topical analgesics'), at: s.span.start };
        }
      }
    }
    return undefined;
  });
  const m = check('unknown-guideline-section', real, (letter, text) => {
    for (const item of letter.items) {
      for (const c of item.maximus?.citations ?? []) {
        const s = c.kind === 'mtus' && /^Opioid/.test(c.chapter.text) ? c.sections.find((x) => /^\d/.test(x.text)) : undefined;
        if (s) return { text: splice(text, s.span.start, s.span.start + s.text.split(' ')[0].length, '7.7'), at: s.span.start };
      }
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(40, real) && m >= minimumFor(4, real), `${n} ${m}`);
});

test('page-out-of-range: page 200, and a page that is not the topic\'s (fix gives the topic\'s page)', () => {
  const seeds = seedLetters();
  const n = check('page-out-of-range', seeds, (letter, text) => {
    const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length);
    if (!c || c.kind !== 'mtus') return undefined;
    return { text: splice(text, c.pages[0].span.start, c.pages[0].span.end, '200'), at: c.pages[0].span.start };
  });
  const m = check(
    'page-out-of-range',
    seeds,
    (letter, text) => {
      const c = letter.items.flatMap((i) => i.maximus?.citations ?? []).find((x) => x.kind === 'mtus' && x.pages.length && x.topic);
      if (!c || c.kind !== 'mtus') return undefined;
      return { text: splice(text, c.pages[0].span.start, c.pages[0].span.end, '42'), at: c.pages[0].span.start };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n === 5 && m >= 4, `${n} ${m}`);
});

test('rationale-cites-uncited-guideline: the MAXIMUS line replaced by "did not cite", or its ODG citation removed', () => {
  const RELIES = /(?:According\s+to|per)\s+(?:the\s+)?(?:ODG|Official\s+Disability\s+Guidelines)|\b(?:ODG|Official\s+Disability\s+Guidelines)\s+(?:states?|recommends?|supports?|criteria)/;
  const relies = (item: Item) => RELIES.test(item.rationale?.body.text ?? '');
  const n = check('rationale-cites-uncited-guideline', real, (letter, text) => {
    const item = letter.items.find((i) => i.maximus && relies(i));
    if (!item?.maximus) return undefined;
    const b = item.maximus.body.span;
    const mutated = splice(text, b.start, b.end, 'The Expert Reviewer did not cite any medical evidence for its decision.');
    const again = parseLetter(mutated).items[item.index];
    const m = RELIES.exec(mutated.slice(again.rationale!.body.span.start, again.rationale!.body.span.end));
    return m ? { text: mutated, at: again.rationale!.body.span.start + m.index + m[0].search(/ODG|Official/) } : undefined;
  });
  assert.ok(n >= minimumFor(40, real), `${n}`);
});

test('missing-non-mtus-citation: the Non-MTUS sentence deleted after "outside of the MTUS"', () => {
  const n = check('missing-non-mtus-citation', real, (letter, text) => {
    for (const item of letter.items) {
      for (const f of [item.claimsAdministrator, item.maximus]) {
        const outside = f?.citations.find((c) => c.kind === 'outsideMtus');
        const non = f?.citations.find((c) => c.kind === 'nonMtus');
        if (outside && non && f!.citations.every((c) => c.kind === 'outsideMtus' || c.kind === 'nonMtus')) {
          return { text: splice(text, outside.span.end, f!.span.end, ''), at: outside.span.start };
        }
      }
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(80, real), `${n}`);
});

test('conflicting-citation: a citation added after "did not cite any medical evidence", and the wrong party (fix)', () => {
  const n = check('conflicting-citation', real, (letter, text) => {
    const f = letter.items.map((i) => i.claimsAdministrator).find((x) => x?.citations.some((c) => c.kind === 'noEvidence'));
    if (!f) return undefined;
    return { text: splice(text, f.span.end, f.span.end, ' Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.'), at: f.span.start };
  });
  const m = check(
    'conflicting-citation',
    real,
    (letter, text) => {
      const f = letter.items.map((i) => i.claimsAdministrator).find((x) => x?.citations.some((c) => c.kind === 'noEvidence' || c.kind === 'outsideMtus'));
      const c = f?.citations.find((x) => x.kind === 'noEvidence' || x.kind === 'outsideMtus');
      if (!c) return undefined;
      const at = text.indexOf('Claims Administrator', c.span.start);
      return { text: splice(text, at, at + 'Claims Administrator'.length, 'Expert Reviewer'), at };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(40, real) && m >= minimumFor(80, real), `${n} ${m}`);
});

test('empty-citation: a MAXIMUS line that cites nothing', () => {
  const n = check('empty-citation', real, (letter, text) => {
    const f = firstItem(letter)?.maximus;
    return f ? { text: splice(text, f.body.span.start, f.body.span.end, 'Decision based on'), at: f.label.span.start } : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('missing-conclusion: every deciding phrase of a rationale removed (fix appends one)', () => {
  const n = check(
    'missing-conclusion',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const r = item?.rationale;
      if (!r || !item.outcome?.valid) return undefined;
      const body = text.slice(r.body.span.start, r.body.span.end).replace(/medical(?:ly)?[\s-]+(?:necessary|necessity|indicated|reasonable|appropriate)|\b(?:un|non-?)?necessary\b/gi, 'covered');
      return { text: splice(text, r.body.span.start, r.body.span.end, body), at: r.label.span.start };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('partial-authorization-mismatch: the remaining count off by one (fix restores), and a strength changed', () => {
  const n = check(
    'partial-authorization-mismatch',
    corpus,
    (letter, text) => {
      for (const item of letter.items) {
        const r = item.partial?.remaining;
        if (item.partial?.form !== 'remaining' || !r || !item.partial.original || !item.partial.authorized) continue;
        const [o, a, c] = [item.partial.original, item.partial.authorized, r].map((x) => countOf(x.text));
        if (!o || !a || !c?.token || o.value - a.value !== c.value || !/^\d+$/.test(c.token.text)) continue;
        const doc = text.slice(r.span.start, r.span.end);
        const at = r.span.start + doc.search(new RegExp(`(?<!\\d)${c.token.text}(?!\\d)`));
        return { text: splice(text, at, at + c.token.text.length, String(c.value + 1)), at };
      }
      return undefined;
    },
    { fix: 'required', restores: true, alsoResolves: 'conclusion-vs-item' },
  );
  const m = check('partial-authorization-mismatch', corpus, (letter, text) => {
    for (const item of letter.items) {
      const a = item.partial?.authorized;
      const s = a ? strengthsOf(a.text)[0] : undefined;
      if (!a || !s) continue;
      const at = text.indexOf(s.text.replace(/\s+/g, ' ').split(' ')[0], a.span.start);
      return { text: splice(text, at, at, '3'), at };
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(20, corpus) && m >= minimumFor(8, corpus), `${n} ${m}`);
});

test('missing-quantity: "#N" removed from a medication request', () => {
  const n = check('missing-quantity', real, (letter, text) => {
    for (const item of letter.items) {
      if (item.partial || !strengthsOf(item.request.text).length) continue;
      const doc = text.slice(item.request.span.start, item.request.span.end);
      const m = /\s*#\s*\d+/.exec(doc);
      if (!m || /refill|quantity|qty|supply|times|\bby mouth\b|\b(?:bid|tid|qid|daily|once|twice|take|q\d+h?)\b|\d+\s*(?:g|ml|gm|tabs?|caps?|days?|weeks?|months?)\b/i.test(doc.replace(m[0], ''))) continue;
      return { text: splice(text, item.request.span.start + m.index, item.request.span.start + m.index + m[0].length, ''), at: item.request.span.start };
    }
    return undefined;
  });
  assert.ok(n >= minimumFor(30, real), `${n}`);
});

test('visit-cap: 30 visits put in a PT, OT or chiropractic header', () => {
  const n = check('visit-cap', corpus, (letter, text) => {
    for (const item of letter.items) {
      if (item.partial || !isCappedTherapy(item.request.text)) continue;
      const start = item.request.span.start;
      return { text: splice(text, start, start, '30 sessions of '), at: start };
    }
    return undefined;
  });
  const m = check('visit-cap', corpus, (letter, text) => {
    const item = letter.items.find((i) => !i.partial && isCappedTherapy(i.request.text) && /\b\d+\s+times\s+a\s+week\s+for\s+\d+\s+weeks\b/.test(i.request.text));
    if (!item) return undefined;
    const doc = text.slice(item.request.span.start, item.request.span.end);
    const w = /(\d+)(\s+weeks)/.exec(doc)!;
    return { text: splice(text, item.request.span.start + w.index, item.request.span.start + w.index + w[1].length, '15'), at: item.request.span.start };
  });
  assert.ok(n >= minimumFor(40, corpus) && m >= minimumFor(10, corpus), `${n} ${m}`);
});

test('reviewer-identity: a name, a degree, a licence number or a signature inserted (fix deletes it)', () => {
  const inserts = ['Dr. John Smith, MD', 'Jane Doe, M.D.', 'License No. A12345', 'Sincerely, Robert Brown', 'NPI: 1234567890', 'Reviewed by: Mary Major', 'License: G54321', 'Expert Reviewer: Paul Adams', 'Electronically signed by P. Adams'];
  let n = 0;
  inserts.forEach((ins, k) => {
    n += check(
      'reviewer-identity',
      real,
      (letter, text) => {
        // Alternate places: the reviewer's credentials, the case summary, the end of the letter.
        const where = k % 3 === 0 ? letter.sections.find((s) => s.kind === 'determination')?.bodySpan.end : k % 3 === 1 ? letter.sections.find((s) => s.kind === 'caseSummary')?.bodySpan.end : text.length;
        if (where === undefined) return undefined;
        return { text: splice(text, where, where, `\n${ins}\n`), at: where + 1 };
      },
      { fix: 'required' },
    );
  });
  assert.ok(n >= minimumFor(2600, real), `${n}`);
});

test('duplicate-section and missing-section: a heading repeated or deleted (missing-section fix inserts it)', () => {
  const n = check('duplicate-section', real, (letter, text) => {
    const s = letter.sections.find((x) => x.kind === 'caseSummary');
    if (!s) return undefined;
    const at = s.bodySpan.end;
    return { text: splice(text, at, at, `\nCLINICAL CASE SUMMARY\n`), at: at + 1 };
  });
  const m = check(
    'missing-section',
    real,
    (letter, text) => {
      const s = letter.sections.find((x) => x.kind === 'caseSummary');
      if (!s) return undefined;
      const mutated = splice(text, s.headingSpan.start, s.headingSpan.end, '');
      const issues = parseLetter(mutated).sections.find((x) => x.kind === 'issues');
      return issues ? { text: mutated, at: issues.headingSpan.start } : undefined;
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(290, real) && m >= minimumFor(290, real), `${n} ${m}`);
});

test('no-items: everything after the decisions heading removed', () => {
  const n = check('no-items', real, (letter, text) => {
    const s = letter.sections.find((x) => x.kind === 'issues');
    return s ? { text: text.slice(0, s.headingSpan.end) + '\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n', at: s.headingSpan.start } : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('field-order: the two guideline lines of item 1 swapped (fix restores the order)', () => {
  const n = check(
    'field-order',
    real,
    (letter, text) => {
      const item = firstItem(letter);
      const ca = item?.claimsAdministrator;
      const mx = item?.maximus;
      if (!ca || !mx || item.fields[0] !== ca || item.fields[1] !== mx) return undefined;
      const a = text.slice(ca.span.start, ca.span.end);
      const sep = text.slice(ca.span.end, mx.span.start);
      const b = text.slice(mx.span.start, mx.span.end);
      const mutated = splice(text, ca.span.start, mx.span.end, b + sep + a);
      // The swapped letter still has the same items (a line ending "Section(s): Special Studies." is no header).
      assert.equal(parseLetter(mutated).items.length, letter.items.length);
      return { text: mutated, at: ca.span.start + b.length + sep.length };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('field-order: the rationale moved before the MAXIMUS line', () => {
  const n = check('field-order', real, (letter, text) => {
    const item = firstItem(letter);
    const mx = item?.maximus;
    const r = item?.rationale;
    if (!mx || !r || item.fields[1] !== mx || item.fields[2] !== r) return undefined;
    const a = text.slice(mx.span.start, mx.span.end);
    const sep = text.slice(mx.span.end, r.span.start);
    const b = text.slice(r.span.start, r.span.end);
    return { text: splice(text, mx.span.start, r.span.end, b + sep + a), at: mx.span.start + b.length + sep.length };
  }, { fix: 'required', restores: true });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('duplicate-item: item 1 pasted twice', () => {
  const n = check('duplicate-item', real, (letter, text) => {
    const item = firstItem(letter);
    if (!item) return undefined;
    const copy = text.slice(item.span.start, item.span.end);
    const at = item.span.end;
    const mutated = splice(text, at, at, `\n\n${copy}`);
    const second = parseLetter(mutated).items[1];
    return second ? { text: mutated, at: second.header.span.end - 1 } : undefined;
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});

test('the rules never throw and never hang on odd input', () => {
  const odd = ['', '\u0000\u0001binary\uffff', 'Case Number:', 'IMR ISSUES, DECISIONS AND RATIONALES\n:\n:', 'x'.repeat(200000), 'Norco 10/325mg #120:\r\nClaims Administrator guideline:\r\n'];
  for (const t of odd) {
    const problems = lint(parseLetter(t), RULES);
    assert.ok(problems.every((p) => !p.message.startsWith('Internal error')), JSON.stringify(problems.filter((p) => p.message.startsWith('Internal error'))));
  }
});

test('partial-authorization-mismatch: the Trezix strength mismatch (320.5 vs 30.5), with or without the unit', () => {
  const letter = (o: string, a: string, r: string) =>
    `IMR ISSUES, DECISIONS AND RATIONALES\nThe Final Determination was based on decisions for the disputed items/services set forth below:\n${o} was the original\nrequest. ${a} was authorized by the Claims Administrator. The remaining IMR eligible portion of\nthe original request, ${r} is: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: Decision based on MTUS Opioid Treatment 2016.\nDecision rationale: The request for ${r} is not medically necessary.\n`;
  const fired = (o: string, a: string, r: string) => lint(parseLetter(letter(o, a, r)), RULES).filter((p) => p.rule === 'partial-authorization-mismatch').map((p) => p.message);
  assert.equal(fired('Trezix 320.5/30/16mg #60', 'Trezix 30.5/30/16mg #30', 'Trezix 320.5/30/16mg #30').length, 1);
  assert.equal(fired('Trezix 320.5-30-16mg #60', 'Trezix 30.5-30-16 #30', 'Trezix 320.5-30-16mg #30').length, 1);
  assert.equal(fired('Trezix 320.5mg #60', 'Trezix 320.5mg #30', 'Trezix 30.5mg #30').length, 1);
  assert.deepEqual(fired('Trezix 320.5/30/16mg #60', 'Trezix 320.5/30/16mg #30', 'Trezix 320.5/30/16mg #30'), []);
  assert.deepEqual(fired('Trezix 320.5/30/16mg #60', 'Trezix 320.5/30/16mg #30', 'Trezix 320.5/30/16mg #20'), ['The remaining portion should be 30 (original 60 − authorised 30), not 20.']);
});

test('unknown-guideline-section: a misspelt title of a numbered Opioid Treatment 2016 section (fix)', () => {
  const n = check(
    'unknown-guideline-section',
    corpus,
    (_letter, text) => {
      const i = text.indexOf('Maintenance of Chronic Opioid');
      return i < 0 ? undefined : { text: text.slice(0, i) + 'Maintenence' + text.slice(i + 'Maintenance'.length), at: i };
    },
    { fix: 'required' },
  );
  assert.ok(n >= minimumFor(10, corpus), `${n}`);
});

test('header-date-order stays silent on a cumulative injury range, and says "information" for a non-date', () => {
  let n = 0;
  for (const l of corpus) {
    const v = parseLetter(l.text).header?.fields.find((f) => f.key === 'dateOfInjury')?.value;
    if (!v) continue;
    n++;
    const range = splice(l.text, v.span.start, v.span.start, '01/01/2000 - ');
    assert.deepEqual(lint(parseLetter(range), RULES).filter((p) => p.rule === 'header-date-order'), [], l.id);
    const unknown = lint(parseLetter(splice(l.text, v.span.start, v.span.end, 'Unknown')), RULES).filter((p) => p.rule === 'header-date-order');
    assert.deepEqual(unknown.map((p) => p.level), ['information'], l.id);
  }
  assert.equal(n, corpus.length);
});

test('visit-cap and rationale-cites-uncited-guideline stay silent on look-alikes', () => {
  for (const [request, silent] of [
    ['Home exercise kit for PT 30 day rental', true],
    ['Cold therapy unit 30 day rental', true],
    ['Physical therapy 2 times a week for 13 weeks', false],
  ] as const) {
    const text = `IMR ISSUES, DECISIONS AND RATIONALES\n${request}: Upheld\nClaims Administrator guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nMAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Physical medicine treatment.\nDecision rationale: The utilization review non-certified the request based on ODG criteria. The request is not medically necessary.\n`;
    const p = lint(parseLetter(text), RULES);
    assert.equal(p.some((x) => x.rule === 'visit-cap'), !silent, request);
    assert.ok(!p.some((x) => x.rule === 'rationale-cites-uncited-guideline'), request);
  }
});

test('section-order: the case summary moved after the decisions', () => {
  const n = check('section-order', real, (letter, text) => {
    const summary = letter.sections.find((s) => s.kind === 'caseSummary');
    const issues = letter.sections.find((s) => s.kind === 'issues');
    if (!summary || !issues || summary.span.start > issues.span.start) return undefined;
    const block = text.slice(summary.headingSpan.start, issues.headingSpan.start);
    const without = splice(text, summary.headingSpan.start, issues.headingSpan.start, '');
    const moved = `${without}\n${block}`;
    return { text: moved, at: without.length + 1 };
  });
  assert.ok(n >= minimumFor(290, real), `${n}`);
});
