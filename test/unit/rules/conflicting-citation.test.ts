// conflicting-citation: defects injected into real letters, with boundary and negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimumFor } from '../../helpers/letters';
import { check, splice, real } from './inject';

test('conflicting-citation: a citation added after "did not cite any medical evidence", and the wrong party (fix)', () => {
  const n = check('conflicting-citation', real, (letter, text) => {
    const f = letter.items.map((i) => i.claimsAdministrator).find((x) => x?.citations.some((c) => c.kind === 'noEvidence'));
    if (!f) return undefined;
    return {
      text: splice(
        text,
        f.span.end,
        f.span.end,
        ' Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Topical analgesics.',
      ),
      at: f.span.start,
    };
  });
  const m = check(
    'conflicting-citation',
    real,
    (letter, text) => {
      const f = letter.items
        .map((i) => i.claimsAdministrator)
        .find((x) => x?.citations.some((c) => c.kind === 'noEvidence' || c.kind === 'outsideMtus'));
      const c = f?.citations.find((x) => x.kind === 'noEvidence' || x.kind === 'outsideMtus');
      if (!c) return undefined;
      const at = text.indexOf('Claims Administrator', c.span.start);
      return { text: splice(text, at, at + 'Claims Administrator'.length, 'Expert Reviewer'), at };
    },
    { fix: 'required', restores: true },
  );
  assert.ok(n >= minimumFor(40, real) && m >= minimumFor(80, real), `${n} ${m}`);
});
