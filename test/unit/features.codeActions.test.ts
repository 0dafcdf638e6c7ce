// Diagnostics and code actions in process, from problems written by hand (so every field is known) and from
// the rules on a small letter: severities, codes, documentation links, related places, which fixes are offered
// for a range (touching counts), which is preferred, "fix all" of a rule, snippets, and the source fix-all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CodeActionKind, DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { parseLetter } from '../../server/src/letter';
import { lint, RULES, STILL_TO_WRITE, type Problem } from '../../server/src/rules';
import { CODE_ACTION_KINDS, codeActions, fixAll, FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { DIAGNOSTIC_SOURCE, toDiagnostics } from '../../server/src/features/diagnostics';

const URI = 'file:///letters/a.imr';
// Lines of ten characters and a line break: offset 11 * line + character.
const TEXT = Array.from({ length: 6 }, (_, i) => `line ${i} abc`).join('\n') + '\n';
const letter = parseLetter(TEXT);
const r = (l1: number, c1: number, l2: number, c2: number): Range => ({
  start: { line: l1, character: c1 },
  end: { line: l2, character: c2 },
});
const at = (o: number) => ({ start: o, end: o });

const PROBLEMS: Problem[] = [
  {
    rule: 'invalid-outcome',
    span: { start: 11, end: 15 },
    message: 'first',
    level: 'error',
    fixes: [
      { title: 'Write "Upheld"', edits: [{ span: { start: 11, end: 15 }, newText: 'Upheld' }], safe: true, changesOutcome: true },
      { title: 'Keep as is', edits: [{ span: { start: 11, end: 15 }, newText: 'line' }], safe: true },
    ],
    related: [{ span: { start: 0, end: 4 }, message: 'see here' }],
  },
  {
    rule: 'invalid-outcome',
    span: { start: 33, end: 37 },
    message: 'second',
    level: 'warning',
    fixes: [{ title: 'Fix second', edits: [{ span: { start: 33, end: 37 }, newText: 'LINE' }], safe: true }],
  },
  {
    rule: 'missing-maximus-guideline',
    span: at(44),
    message: 'third',
    level: 'information',
    fixes: [
      {
        title: 'Insert the line',
        edits: [
          { span: at(44), newText: 'MAXIMUS guideline: X.\n', snippet: 'MAXIMUS guideline: ${1:X}.\n' },
          { span: at(55), newText: '!' },
        ],
      },
    ],
  },
  { rule: STILL_TO_WRITE, span: { start: 55, end: 59 }, message: 'fourth', level: 'hint' },
];

test('diagnostics: range, severity per level, code, source, message; documentation link and related places when the client takes them', () => {
  assert.equal(DIAGNOSTIC_SOURCE, 'imr-letters');
  const all = toDiagnostics(letter, PROBLEMS, URI, 'https://example.org/docs/rules/');
  assert.deepEqual(all, [
    {
      range: r(1, 0, 1, 4),
      severity: DiagnosticSeverity.Error,
      code: 'invalid-outcome',
      source: 'imr-letters',
      message: 'first',
      codeDescription: { href: 'https://example.org/docs/rules/invalid-outcome.md' },
      relatedInformation: [{ location: { uri: URI, range: r(0, 0, 0, 4) }, message: 'see here' }],
    },
    {
      range: r(3, 0, 3, 4),
      severity: DiagnosticSeverity.Warning,
      code: 'invalid-outcome',
      source: 'imr-letters',
      message: 'second',
      codeDescription: { href: 'https://example.org/docs/rules/invalid-outcome.md' },
    },
    {
      range: r(4, 0, 4, 0),
      severity: DiagnosticSeverity.Information,
      code: 'missing-maximus-guideline',
      source: 'imr-letters',
      message: 'third',
      codeDescription: { href: 'https://example.org/docs/rules/missing-maximus-guideline.md' },
    },
    {
      range: r(5, 0, 5, 4),
      severity: DiagnosticSeverity.Hint,
      code: STILL_TO_WRITE,
      source: 'imr-letters',
      message: 'fourth',
      // The drafting note links to the drafting page beside the rules folder.
      codeDescription: { href: 'https://example.org/docs/drafting.md' },
    },
  ]);
  // Without a docs base: no link. A client without the capabilities: neither link nor related places.
  const bare = toDiagnostics(letter, PROBLEMS, URI);
  assert.equal(bare[0].codeDescription, undefined);
  assert.deepEqual(bare[0].relatedInformation, all[0].relatedInformation);
  const plain = toDiagnostics(letter, PROBLEMS, URI, 'https://example.org/docs/rules/', { related: false, codeDescription: false });
  assert.deepEqual(Object.keys(plain[0]).sort(), ['code', 'message', 'range', 'severity', 'source']);
  const linksOnly = toDiagnostics(letter, PROBLEMS, URI, 'https://example.org/docs/rules/', { related: false, codeDescription: true });
  assert.equal(linksOnly[0].relatedInformation, undefined);
  assert.equal(linksOnly[0].codeDescription?.href, 'https://example.org/docs/rules/invalid-outcome.md');
  // An empty related list adds nothing.
  const noRelated = toDiagnostics(letter, [{ ...PROBLEMS[1], related: [] }], URI);
  assert.equal('relatedInformation' in noRelated[0], false);
  // A docs base that is no URL: the drafting page path unresolved.
  assert.equal(toDiagnostics(letter, [PROBLEMS[3]], URI, 'docs/rules/')[0].codeDescription?.href, 'docs/rules/../drafting.md');
  assert.deepEqual(toDiagnostics(letter, [], URI), []);
});

const diagnostics = (): Diagnostic[] => toDiagnostics(letter, PROBLEMS, URI);

test('quick fixes for the diagnostics that touch the range: every fix offered, the first that keeps the outcome preferred, then "fix all" of the rule', () => {
  const d = diagnostics();
  const actions = codeActions(letter, URI, PROBLEMS, d, r(1, 2, 1, 2));
  assert.deepEqual(actions, [
    {
      title: 'Write "Upheld"',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d[0]],
      isPreferred: false,
      edit: { changes: { [URI]: [{ range: r(1, 0, 1, 4), newText: 'Upheld' }] } },
    },
    {
      title: 'Keep as is',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d[0]],
      isPreferred: true,
      edit: { changes: { [URI]: [{ range: r(1, 0, 1, 4), newText: 'line' }] } },
    },
    {
      title: 'Fix all invalid-outcome problems in this letter',
      kind: CodeActionKind.QuickFix,
      diagnostics: [d[0], d[1]],
      edit: {
        changes: {
          [URI]: [
            { range: r(1, 0, 1, 4), newText: 'line' },
            { range: r(3, 0, 3, 4), newText: 'LINE' },
          ],
        },
      },
    },
  ]);
  // A range that ends where the diagnostic starts, or starts where it ends, touches it.
  assert.equal(codeActions(letter, URI, PROBLEMS, d, r(0, 5, 1, 0)).length, 3);
  assert.equal(codeActions(letter, URI, PROBLEMS, d, r(1, 4, 2, 0)).length, 3);
  // One character before or after does not.
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, r(0, 5, 0, 9)), []);
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, r(1, 5, 2, 3)), []);
  // Across lines: the range's line decides before its character.
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, r(2, 0, 2, 9)), []);
  assert.equal(codeActions(letter, URI, PROBLEMS, d, r(0, 9, 2, 0)).length, 3);
});

test('the second problem of a rule gets its own fix and the same "fix all"; a rule with one fixable problem gets no "fix all"', () => {
  const d = diagnostics();
  const second = codeActions(letter, URI, PROBLEMS, d, r(3, 1, 3, 1));
  assert.deepEqual(
    second.map((a) => [a.title, a.isPreferred, a.diagnostics?.map((x) => x.message)]),
    [
      ['Fix second', true, ['second']],
      ['Fix all invalid-outcome problems in this letter', undefined, ['first', 'second']],
    ],
  );
  // Both problems of the rule in range: "fix all" once, after the first problem's fixes.
  const both = codeActions(letter, URI, PROBLEMS, d, r(0, 0, 5, 0));
  assert.deepEqual(
    both.map((a) => a.title),
    ['Write "Upheld"', 'Keep as is', 'Fix all invalid-outcome problems in this letter', 'Fix second', 'Insert the line'],
  );
  // The line insertion, its only fix and so preferred: plain text for a client without snippet edits.
  const insert = both[4];
  assert.equal(insert.isPreferred, true);
  assert.deepEqual(insert.edit, {
    changes: {
      [URI]: [
        { range: r(4, 0, 4, 0), newText: 'MAXIMUS guideline: X.\n' },
        { range: r(5, 0, 5, 0), newText: '!' },
      ],
    },
  });
  // With snippet edits: one versioned document change holding the snippet and the plain edit.
  const snippet = codeActions(letter, URI, PROBLEMS, d, r(4, 0, 4, 0), undefined, true);
  assert.deepEqual(
    snippet.map((a) => a.edit),
    [
      {
        documentChanges: [
          {
            textDocument: { uri: URI, version: null },
            edits: [
              { range: r(4, 0, 4, 0), snippet: { kind: 'snippet', value: 'MAXIMUS guideline: ${1:X}.\n' } },
              { range: r(5, 0, 5, 0), newText: '!' },
            ],
          },
        ],
      },
    ],
  );
  // Snippets on, but a fix without any: plain changes.
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, r(3, 0, 3, 0), undefined, true)[0].edit, {
    changes: { [URI]: [{ range: r(3, 0, 3, 4), newText: 'LINE' }] },
  });
  // A problem without fixes, or without its diagnostic, offers nothing.
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, r(5, 0, 5, 9)), []);
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d.slice(0, 1), r(3, 0, 3, 9)), []);
  // A problem of the same rule without fixes is left out of the "fix all".
  const withBare: Problem[] = [PROBLEMS[0], { ...PROBLEMS[1], fixes: undefined }, { ...PROBLEMS[1], span: { start: 22, end: 26 } }];
  const bareActions = codeActions(letter, URI, withBare, toDiagnostics(letter, withBare, URI), r(1, 0, 1, 0));
  assert.deepEqual(
    bareActions.map((a) => [a.title, a.diagnostics?.map((x) => x.range.start.line)]),
    [
      ['Write "Upheld"', [1]],
      ['Keep as is', [1]],
      ['Fix all invalid-outcome problems in this letter', [1, 2]],
    ],
  );
  // A "fix all" leaves out the problems whose fixes all change the outcome.
  const outcomeOnly: Problem = { ...PROBLEMS[1], fixes: [{ ...PROBLEMS[0].fixes![0], title: 'Change it' }] };
  const mixed = [PROBLEMS[0], outcomeOnly];
  assert.deepEqual(
    codeActions(letter, URI, mixed, toDiagnostics(letter, mixed, URI), r(0, 0, 5, 0)).map((a) => [a.title, a.isPreferred]),
    [
      ['Write "Upheld"', false],
      ['Keep as is', true],
      ['Change it', false],
    ],
  );
});

test('"only" filters the kinds: quick fixes, the source fix-all, or both under "source"', () => {
  assert.equal(FIX_ALL_KIND, 'source.fixAll.imrLetters');
  assert.deepEqual(CODE_ACTION_KINDS, ['quickfix', 'source.fixAll.imrLetters']);
  const d = diagnostics();
  const range = r(1, 0, 1, 0);
  const fixAllAction = {
    title: 'Fix all safe IMR letter problems',
    kind: FIX_ALL_KIND,
    edit: {
      changes: {
        [URI]: [
          { range: r(1, 0, 1, 4), newText: 'line' },
          { range: r(3, 0, 3, 4), newText: 'LINE' },
        ],
      },
    },
  };
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, range, [FIX_ALL_KIND]), [fixAllAction]);
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, range, ['source.fixAll']), [fixAllAction]);
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, range, ['source']), [fixAllAction]);
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, range, ['source.organizeImports']), []);
  assert.deepEqual(codeActions(letter, URI, PROBLEMS, d, range, ['source.fixAll.imrLetters.more']), []);
  assert.deepEqual(
    codeActions(letter, URI, PROBLEMS, d, range, ['quickfix']).map((a) => a.kind),
    ['quickfix', 'quickfix', 'quickfix'],
  );
  assert.deepEqual(
    codeActions(letter, URI, PROBLEMS, d, range, ['quickfix.imr']).map((a) => a.kind),
    [],
  );
  assert.deepEqual(
    codeActions(letter, URI, PROBLEMS, d, range, ['quickfix', FIX_ALL_KIND]).map((a) => a.title),
    ['Write "Upheld"', 'Keep as is', 'Fix all invalid-outcome problems in this letter', 'Fix all safe IMR letter problems'],
  );
  // Without "only", no source action.
  assert.equal(codeActions(letter, URI, PROBLEMS, d, range).length, 3);
  // Nothing safe: no source action.
  assert.equal(fixAll(letter, URI, [PROBLEMS[2], PROBLEMS[3]]), undefined);
  assert.deepEqual(codeActions(letter, URI, [PROBLEMS[2]], d.slice(2, 3), range, [FIX_ALL_KIND]), []);
});

test("on a letter with lower-case outcomes, the rules' fixes come through as actions that write the outcomes right", () => {
  const text = `IMR ISSUES, DECISIONS AND RATIONALES
SOMA 350mg #60: upheld
Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.
MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.
Decision rationale: The request is not medically necessary.
Norco 10mg #30: overturned
Claims Administrator guideline: The Claims Administrator did not cite any medical evidence for its decision.
MAXIMUS guideline: The Expert Reviewer did not cite any medical evidence for its decision.
Decision rationale: The request is medically necessary.
`;
  const l = parseLetter(text);
  const problems = lint(l, RULES).filter((p) => p.rule === 'invalid-outcome');
  assert.equal(problems.length, 2);
  const d = toDiagnostics(l, problems, URI);
  const all = fixAll(l, URI, problems);
  assert.deepEqual(all?.edit?.changes?.[URI], [
    { range: r(1, 16, 1, 22), newText: 'Upheld' },
    { range: r(5, 16, 5, 26), newText: 'Overturned' },
  ]);
  const actions = codeActions(l, URI, problems, d, r(1, 16, 1, 16));
  assert.equal(actions[0].isPreferred, true);
  assert.deepEqual(actions[0].edit?.changes?.[URI], [{ range: r(1, 16, 1, 22), newText: 'Upheld' }]);
  assert.equal(actions[actions.length - 1].title, 'Fix all invalid-outcome problems in this letter');
});
