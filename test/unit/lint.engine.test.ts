// The lint engine (rules/engine/lint.ts) on its own: which rules run under which settings and at which level, the
// order of what they report, and a rule that throws. Every lint here is given a rule list and settings of its
// own, so the engine builds its plan for them afresh (it keeps one per list and settings object).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseLetter, updateLetter } from '../../server/src/letter';
import { lint, lintMemo, RULES, type LintConfig, type Problem, type Rule } from '../../server/src/rules';
import { testRuleMeta } from '../helpers/testRule';
import { Goldens, WRITTEN } from '../helpers/golden';

const goldens = new Goldens('lint');

/** Settings a user might have: by name and by id, levels forced up and down, rules off, unknown names. */
const SETTINGS: readonly { name: string; config: LintConfig | undefined }[] = [
  { name: 'no settings', config: undefined },
  { name: 'empty settings', config: { rules: {} } },
  {
    name: 'levels by name and id',
    config: {
      rules: {
        'missing-maximus-guideline': 'warning',
        'missing-rationale': 'hint',
        [RULES.find((r) => r.name === 'missing-header-field')!.id]: 'information',
        'invalid-outcome': 'off',
        [RULES.find((r) => r.name === 'page-out-of-range')!.id]: 'off',
        'no-such-rule': 'error',
      },
    },
  },
  { name: 'draft', config: { mode: 'draft' } },
  { name: 'draft with levels', config: { mode: 'draft', rules: { 'missing-section': 'warning', 'missing-header-field': 'off' } } },
];

const show = (p: Problem): string =>
  `  ${p.span.start}-${p.span.end} ${p.level} ${p.rule}: ${p.message}${p.due ? ` (due ${p.due.at}: ${p.due.what})` : ''}`;

/** The hand-written letters, whole and with their second half cut off (many problems, several at one place). */
const LETTERS = WRITTEN.flatMap((w) => [
  { id: w.id, text: w.text },
  { id: `${w.id}, first half`, text: w.text.slice(0, w.text.length >> 1) },
]);

test('what every rule reports on the hand-written letters under each kind of settings equals the golden file', () => {
  const out: string[] = [];
  for (const { name, config } of SETTINGS)
    for (const l of LETTERS) {
      // A rule list and settings object of this lint alone: the engine plans them afresh.
      const settings = config && { ...config, ...(config.rules ? { rules: { ...config.rules } } : {}) };
      const problems = lint(parseLetter(l.text), [...RULES], settings);
      out.push(`# ${l.id}, ${name}: ${problems.length}`, ...problems.map(show));
    }
  goldens.check('settings.txt', `${out.join('\n')}\n`);
});

test('every lint golden file is known', () => {
  goldens.checkOrphans(new Set(['settings.txt']));
});

/** A rule of the letter that reports fixed problems (and, when told, throws after the first). */
function letterRule(name: string, spans: readonly [number, number][], fail?: string): Rule {
  return {
    ...testRuleMeta(name),
    check: (_letter, report) => {
      spans.forEach(([start, end], k) => {
        if (fail && k === 1) throw new Error(fail);
        report({ span: { start, end }, message: `${name} ${k}` });
      });
    },
  };
}

/** A rule of each item: one problem on its header, a throw on the item at `failAt`. */
function itemRule(name: string, failAt?: number, level?: 'hint'): Rule {
  return {
    ...letterRule(name, []),
    check: () => assert.fail('an item rule is checked item by item'),
    checkItem: (_letter, item, report) => {
      if (item.index === failAt) throw new Error(`${name} failed on item ${item.index + 1}`);
      report({ span: item.header.span, message: `${name} on ${item.request.text}`, ...(level ? { level } : {}) });
    },
  };
}

// Two items.
const text = WRITTEN.find((w) => w.id === 'cli/defects.imr')!.text;

test('problems come by position, then by end, then in rule order, then in the order a rule reported them', () => {
  const a = letterRule('a', [
    [10, 20],
    [5, 30],
    [5, 8],
    [10, 20],
  ]);
  const b = letterRule('b', [
    [10, 20],
    [5, 8],
  ]);
  const got = lint(parseLetter(text), [b, a]).map((p) => `${p.span.start}-${p.span.end} ${p.message}`);
  assert.deepEqual(got, ['5-8 b 1', '5-8 a 2', '5-30 a 1', '10-20 b 0', '10-20 a 0', '10-20 a 3']);
});

test('a level set for a rule overrides the level it reports with; its default does not', () => {
  const letter = parseLetter(text);
  assert.ok(letter.items.length >= 2);
  const levels = (config?: LintConfig) => lint(letter, [itemRule('x', undefined, 'hint')], config).map((p) => p.level);
  assert.deepEqual(
    levels(),
    letter.items.map(() => 'hint'),
  );
  assert.deepEqual(
    levels({ rules: { x: 'error' } }),
    letter.items.map(() => 'error'),
  );
  assert.deepEqual(
    levels({ rules: { 'T-x': 'warning' } }),
    letter.items.map(() => 'warning'),
  );
  assert.deepEqual(levels({ rules: { x: 'off' } }), []);
  assert.deepEqual(
    levels({ rules: { y: 'error' } }),
    letter.items.map(() => 'hint'),
  );
});

test('settings changed in place are read again', () => {
  const letter = parseLetter(text);
  const rules = [letterRule('a', [[0, 1]])];
  const settings: Record<string, 'off' | 'error'> = {};
  const config = { rules: settings };
  assert.deepEqual(
    lint(letter, rules, config).map((p) => p.level),
    ['warning'],
  );
  settings.a = 'error';
  assert.deepEqual(
    lint(letter, rules, config).map((p) => p.level),
    ['error'],
  );
  settings.a = 'off';
  assert.deepEqual(lint(letter, rules, config), []);
});

test('a rule that throws is one hint at the start of the letter, and the other rules report all they find', () => {
  const letter = parseLetter(text);
  const good = itemRule('good');
  const items = letter.items.length;
  const failing = [
    letterRule(
      'whole',
      [
        [3, 4],
        [5, 6],
      ],
      'broken',
    ),
    itemRule('each', 1),
  ];
  const problems = lint(letter, [...failing, good]);
  const internal = problems.filter((p) => p.message.startsWith('Internal error'));
  assert.deepEqual(
    internal.map((p) => [p.rule, p.level, p.span.start, p.span.end, p.message]),
    [
      ['whole', 'hint', 0, 0, 'Internal error in rule whole: broken'],
      ['each', 'hint', 0, 0, 'Internal error in rule each: each failed on item 2'],
    ],
  );
  assert.equal(problems.filter((p) => p.rule === 'good').length, items, 'the good rule on every item');
  assert.deepEqual(
    problems.filter((p) => p.rule === 'each').map((p) => p.message),
    ['Internal error in rule each: each failed on item 2', `each on ${letter.items[0].request.text}`],
    'the failing item rule stops at the item it fails on',
  );
  assert.deepEqual(
    problems.filter((p) => p.rule === 'whole').map((p) => p.message),
    ['Internal error in rule whole: broken', 'whole 0'],
  );
});

test('after an edit, a rule that throws gives what a lint from scratch gives, and the memo is not kept', () => {
  const first = parseLetter(text);
  assert.ok(first.items.length >= 2 && first.items.every((i) => i.request.text), 'two items with a request');
  // The edited item is the second (the first is kept from the memo) or the first (the second is kept from the
  // memo, with the problems the failing rule found there before: a lint from scratch stops it at the first).
  for (const k of [1, 0]) {
    const request = first.items[k].request.text;
    // Throws on an item whose request is this one's, misspelt: only after the edit below.
    const fragile: Rule = {
      ...itemRule('fragile'),
      checkItem: (_letter, item, report) => {
        if (item.request.text === `${request}x`) throw new Error('misspelt');
        report({ span: item.header.span, message: `fragile on ${item.request.text}` });
      },
    };
    const rules = [fragile, itemRule('good')];
    const memo = lintMemo();
    assert.deepEqual(lint(first, rules, {}, memo), lint(first, rules));
    assert.ok(memo.last, 'a lint where no rule failed keeps its memo');
    const at = first.items[k].header.span.start + request.length;
    const edited = updateLetter(first, text.slice(0, at) + 'x' + text.slice(at));
    assert.equal(edited.items[k].request.text, `${request}x`);
    const got = lint(edited, rules, {}, memo);
    assert.deepEqual(got, lint(parseLetter(edited.text), rules), `item ${k + 1} edited`);
    assert.ok(got.some((p) => p.message === 'Internal error in rule fragile: misspelt'));
    assert.equal(got.filter((p) => p.rule === 'good').length, edited.items.length);
    assert.equal(
      got.filter((p) => p.rule === 'fragile').length,
      k + 1,
      `item ${k + 1} edited: the failing rule's problems on the items before it, and its hint`,
    );
    assert.equal(memo.last, undefined, 'a lint where a rule failed keeps no memo');
  }
});

test('an item rule that throws is not asked about the items after the one it failed on', () => {
  const letter = parseLetter(text);
  assert.ok(letter.items.length >= 2);
  const asked: number[] = [];
  const failing: Rule = {
    ...itemRule('failing'),
    checkItem: (_letter, item) => {
      asked.push(item.index);
      throw new Error('always');
    },
  };
  const problems = lint(letter, [failing, itemRule('good')]);
  assert.deepEqual(asked, [0]);
  assert.deepEqual(
    problems.filter((p) => p.rule === 'failing').map((p) => p.message),
    ['Internal error in rule failing: always'],
  );
  assert.equal(problems.filter((p) => p.rule === 'good').length, letter.items.length);
});

test('a rule list is planned once per settings object: later lints with them read nothing of the rules again', () => {
  const letter = parseLetter(text);
  let reads = 0;
  // A rule that counts who asks whether it judges a rationale (only the planning does).
  const counted = (): Rule =>
    Object.defineProperty({ ...itemRule('counted') }, 'judgesRationale', {
      get: () => (reads++, false),
      enumerable: true,
    });
  const settings = { counted: 'error' as const };
  for (const config of [undefined, {}, { rules: settings }]) {
    const rules = [counted(), letterRule('whole', [[0, 1]])];
    reads = 0;
    const first = lint(letter, rules, config);
    assert.equal(reads, 1, `${JSON.stringify(config)}: the first lint plans the rules`);
    assert.deepEqual(lint(letter, rules, config), first);
    assert.deepEqual(lint(letter, rules, config && { ...config }), first, 'another config object with the same settings');
    assert.equal(reads, 1, `${JSON.stringify(config)}: later lints use the plan`);
    if (config?.rules) {
      // Settings with the same content in a new object (as the user's settings are replaced) are planned afresh.
      assert.deepEqual(lint(letter, rules, { rules: { ...settings } }), first);
      assert.equal(reads, 2);
    }
  }
});

test('in a draft, only the rules that judge a rationale wait for the last item to conclude', () => {
  // The last item's rationale is still being written (no conclusion, nothing after it).
  const text = `${WRITTEN.find((w) => w.id === 'cli/clean.imr')!.text.trimEnd()}\n\nTramadol 50mg #60: Upheld\nClaims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.\nMAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.\nDecision rationale: The records show`;
  const letter = parseLetter(text);
  const last = letter.items[letter.items.length - 1];
  assert.equal(last.request.text, 'Tramadol 50mg #60');
  const judge: Rule = { ...itemRule('judge'), judgesRationale: true };
  const other = itemRule('other');
  const onLast = (config: LintConfig) =>
    lint(letter, [judge, other], config)
      .filter((p) => p.span.start >= last.span.start)
      .map((p) => p.rule);
  assert.deepEqual(onLast({}), ['judge', 'other']);
  assert.deepEqual(onLast({ mode: 'draft' }), ['other']);
});

test('a level setting that is no level is ignored', () => {
  const letter = parseLetter(text);
  for (const setting of ['bogus', '', 'Error'])
    assert.deepEqual(
      lint(letter, [letterRule('a', [[0, 1]])], { rules: { a: setting as 'error' } }).map((p) => p.level),
      ['warning'],
      JSON.stringify(setting),
    );
});

test('at one place, problems follow the order of the rule list, whether a rule checks the letter or each item', () => {
  const letter = parseLetter(text);
  const header = letter.items[0].header.span;
  const whole = letterRule('whole', [[header.start, header.end]]);
  const each = itemRule('each');
  const at = (rules: Rule[]) =>
    lint(letter, rules)
      .filter((p) => p.span.start === header.start)
      .map((p) => p.rule);
  assert.deepEqual(at([whole, each]), ['whole', 'each']);
  assert.deepEqual(at([each, whole]), ['each', 'whole']);
  // And so do the hints of rules that throw.
  const internal = (rules: Rule[]) =>
    lint(letter, rules)
      .filter((p) => p.message.startsWith('Internal error'))
      .map((p) => p.rule);
  const broken = letterRule(
    'broken',
    [
      [0, 1],
      [2, 3],
    ],
    'broken',
  );
  const fails = itemRule('fails', 0);
  assert.deepEqual(internal([broken, fails]), ['broken', 'fails']);
  assert.deepEqual(internal([fails, broken]), ['fails', 'broken']);
});

test('a rule that checks both the letter around the items and each item is never asked for the whole letter', () => {
  const letter = parseLetter(text);
  const calls: string[] = [];
  const both: Rule = {
    ...letterRule('both', []),
    check: () => calls.push('check'),
    checkItem: (_l, item) => calls.push(`item ${item.index}`),
    checkOutsideItems: () => calls.push('outside'),
  };
  lint(letter, [both]);
  assert.deepEqual(calls, ['outside', ...letter.items.map((i) => `item ${i.index}`)]);
});
