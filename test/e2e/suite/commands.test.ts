// The extension's commands run in the real editor: "Show Decision Summary" (Markdown in the preview),
// "Export Decisions" (JSON and CSV files of every letter in the workspace) and "Lint Workspace"
// (diagnostics for unopened letters and the totals it reports).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { codeOf, diagnosticsWhen, expectedOutcomes, fixtureUri, lineStarting, openLetter, ours, waitFor } from './helpers';

const DEFECTIVE = 'defective-CM17-0019066.imr';

/** Every letter of the fixtures with its items and outcomes as the letter states them. */
function fixtureDecisions(): Map<string, { items: string[]; outcomes: string[] }> {
  const letters = new Map<string, { items: string[]; outcomes: string[] }>(
    Object.entries(expectedOutcomes()).map(([file, l]) => [file, { items: l.items, outcomes: l.outcomes }]),
  );
  // Item 1 lost its outcome word (see fixtures/README.md).
  letters.set(DEFECTIVE, { items: ['One (1) x-ray of the thoracic spine', 'One (1) x-ray of the lumbar spine'], outcomes: ['', 'Upheld'] });
  letters.set('unopened/CM16-0247802.txt', {
    items: [
      'Spine surgery evaluation for the lumbar',
      'Orphenadrine Citrate ER 100mg tabs #30',
      'Lidocaine 5% patch #1',
      'Norco 5/325mg oral tablet, one tablet twice daily 14 days #40',
      'Retrospective Cyclobenzaprine 5mg tab #30 DOS: 11/14/16',
    ],
    outcomes: ['Overturned', 'Upheld', 'Upheld', 'Upheld', 'Upheld'],
  });
  return letters;
}

/** "CM16-0247802" from ".../CM16-0247802.txt" or "defective-CM17-0019066.imr". */
function caseNumberOf(file: string): string {
  const m = /CM\d\d-\d{7}/.exec(path.basename(file));
  assert.ok(m, `no case number in ${file}`);
  return m[0];
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = (): void => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endCell();
    else if (c === '\n') {
      endCell();
      rows.push(row);
      row = [];
    } else if (c !== '\r' || text[i + 1] !== '\n') cell += c;
  }
  assert.ok(!quoted, 'the CSV ends inside a quoted cell');
  if (cell || row.length) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** How the export names a fixture: its path in the workspace (after the folder's name only when several folders are open). */
function exportedName(file: string): string {
  const folders = vscode.workspace.workspaceFolders!;
  return folders.length > 1 ? `${folders[0].name}/${file}` : file;
}

function scratchFile(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'imr-export-')), name));
}

interface Exported {
  letters: { file: string; caseNumber: string; items: { item: number; request: string; outcome: string }[] }[];
}

interface LintTotals {
  letters: number;
  errors: number;
  warnings: number;
  other: number;
  cancelled: boolean;
}

const lintWorkspace = () => vscode.commands.executeCommand<LintTotals>('imrLetters.lintWorkspace');

function severityCounts(ds: readonly vscode.Diagnostic[]): { errors: number; warnings: number; other: number } {
  const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const warnings = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
  return { errors, warnings, other: ds.length - errors - warnings };
}

suite('commands', () => {
  test("Show Decision Summary: the active letter's items with their outcomes, shown in the Markdown preview", async () => {
    const name = 'CM17-0002892.imr';
    const doc = await openLetter(name);
    const expected = fixtureDecisions().get(name)!;
    // No argument: the command takes the active editor's letter.
    const markdown = await waitFor('the decision summary', async () =>
      vscode.commands.executeCommand<string | undefined>('imrLetters.showDecisionSummary'),
    );
    assert.match(markdown, new RegExp(`^# IMR ${caseNumberOf(name)}`), markdown);
    assert.ok(markdown.includes(`**${expected.items.length} items: ${expected.items.length} Upheld**`), markdown);
    const rows = markdown.split('\n').filter((l) => /^\| \d+ \|/.test(l));
    assert.equal(rows.length, expected.items.length, markdown);
    expected.items.forEach((item, i) => {
      const cells = rows[i].split(' | ');
      assert.equal(cells[1], item, `row ${i + 1}: ${rows[i]}`);
      assert.equal(cells[2], `**${expected.outcomes[i]}**`, `row ${i + 1}: ${rows[i]}`);
    });

    const preview = await waitFor('the summary in a Markdown preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((g) => g.tabs)
        .find(
          (t) => t.input instanceof vscode.TabInputWebview && /markdown/i.test(t.input.viewType) && t.label.includes(caseNumberOf(name)),
        ),
    );
    assert.match(preview.label, /decision summary/);
    await vscode.window.tabGroups.close(preview);

    // With a URI it summarises that letter, whichever editor is active.
    const defective = await openLetter(DEFECTIVE);
    await vscode.window.showTextDocument(doc);
    const other = await vscode.commands.executeCommand<string>('imrLetters.showDecisionSummary', defective.uri);
    assert.ok(other.includes('| 1 | One (1) x-ray of the thoracic spine | _missing_ |'), other);
    assert.ok(other.includes('| 2 | One (1) x-ray of the lumbar spine | **Upheld** |'), other);
    assert.ok(other.includes('**2 items: 1 Upheld, 1 without outcome**'), other);
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
      if (tab.input instanceof vscode.TabInputWebview && tab.label.includes('decision summary')) await vscode.window.tabGroups.close(tab);
    }
  });

  test("Export Decisions as JSON: one entry per letter with its items' outcomes, nothing for other files", async () => {
    const target = scratchFile('decisions.json');
    const result = await vscode.commands.executeCommand<{ target: string; letters: number }>('imrLetters.exportDecisions', 'json', target);
    assert.equal(result.target, target.toString());
    const exported = JSON.parse(fs.readFileSync(target.fsPath, 'utf8')) as Exported;
    assert.equal(exported.letters.length, result.letters);
    for (const [file, want] of fixtureDecisions()) {
      const entries = exported.letters.filter((l) => l.file === exportedName(file));
      assert.equal(
        entries.length,
        1,
        `${file} is in the export ${entries.length} times; files: ${exported.letters.map((l) => l.file).join(', ')}`,
      );
      assert.equal(entries[0].caseNumber, caseNumberOf(file));
      assert.deepEqual(
        entries[0].items.map((i) => i.request),
        want.items,
        file,
      );
      assert.deepEqual(
        entries[0].items.map((i) => i.outcome),
        want.outcomes,
        file,
      );
      assert.deepEqual(
        entries[0].items.map((i) => i.item),
        want.items.map((_, n) => n + 1),
        file,
      );
    }
    // notes.txt (written by the activation tests) and the README are not letters.
    assert.ok(
      exported.letters.every((l) => /\.(imr|txt)$/.test(l.file) && /CM\d\d-/.test(l.caseNumber)),
      exported.letters.map((l) => l.file).join(', '),
    );
    fs.rmSync(path.dirname(target.fsPath), { recursive: true, force: true });
  });

  test('Export Decisions as CSV: one row per item; an unsaved edit of an open letter counts', async () => {
    const doc = await openLetter(DEFECTIVE);
    const header = doc.lineAt(lineStarting(doc, 'One (1) x-ray of the thoracic spine:'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, header.range.end, ' Overturned');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const target = scratchFile('decisions.csv');
    try {
      await vscode.commands.executeCommand('imrLetters.exportDecisions', 'csv', target);
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.replace(doc.uri, doc.lineAt(header.lineNumber).range, header.text);
      await vscode.workspace.applyEdit(undo);
      // Auto-save may have written the edit to disk meanwhile: save the restored text so later tests
      // that copy the file from disk see the fixture as it was.
      await doc.save();
    }
    const [columns, ...rows] = parseCsv(fs.readFileSync(target.fsPath, 'utf8'));
    const col = (name: string) => {
      const i = columns.indexOf(name);
      assert.ok(i >= 0, `no "${name}" column in [${columns.join(', ')}]`);
      return i;
    };
    const [file, caseNumber, request, outcome] = ['file', 'case_number', 'request', 'outcome'].map(col);
    for (const row of rows) assert.equal(row.length, columns.length, `ragged row: ${row.join(' | ')}`);
    const decisions = fixtureDecisions();
    decisions.get(DEFECTIVE)!.outcomes[0] = 'Overturned'; // the editor's text, not the file's
    for (const [name, want] of decisions) {
      const mine = rows.filter((r) => r[file] === exportedName(name));
      assert.deepEqual(
        mine.map((r) => r[request]),
        want.items,
        name,
      );
      assert.deepEqual(
        mine.map((r) => r[outcome]),
        want.outcomes,
        name,
      );
      assert.ok(
        mine.every((r) => r[caseNumber] === caseNumberOf(name)),
        name,
      );
    }
    fs.rmSync(path.dirname(target.fsPath), { recursive: true, force: true });
  });

  test('Lint Workspace: an unopened copy of the defective letter adds one letter and its problems; deleting it clears them', async () => {
    const defective = await openLetter(DEFECTIVE);
    const live = await diagnosticsWhen(
      defective.uri,
      'missing-outcome and missing-maximus-guideline',
      (ds) => ds.some((d) => codeOf(d) === 'missing-outcome') && ds.some((d) => codeOf(d) === 'missing-maximus-guideline'),
    );
    const added = severityCounts(live);
    assert.ok(added.errors > 0, 'the defective letter has no error');

    const before = await lintWorkspace();
    assert.equal(before.cancelled, false);
    assert.ok(before.letters >= fixtureDecisions().size, `only ${before.letters} letters linted`);

    const copy = fixtureUri('copy-of-defective-for-lint.imr');
    const notLetter = fixtureUri('minutes-for-lint.txt');
    await vscode.workspace.fs.copy(defective.uri, copy, { overwrite: true });
    await vscode.workspace.fs.writeFile(notLetter, Buffer.from('Team minutes\nDecision: lunch at noon.\n'));
    try {
      const after = await lintWorkspace();
      assert.deepEqual(
        {
          letters: after.letters - before.letters,
          errors: after.errors - before.errors,
          warnings: after.warnings - before.warnings,
          other: after.other - before.other,
        },
        { letters: 1, ...added },
      );
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === copy.toString()), 'the copy was opened');
      const onCopy = vscode.languages.getDiagnostics(copy);
      assert.deepEqual(
        onCopy.map((d) => `${codeOf(d)}@${d.range.start.line}`).sort(),
        live.map((d) => `${codeOf(d)}@${d.range.start.line}`).sort(),
      );
      assert.deepEqual(vscode.languages.getDiagnostics(notLetter), []);
    } finally {
      await vscode.workspace.fs.delete(copy);
      await vscode.workspace.fs.delete(notLetter);
    }
    // The file watcher forgets the deleted copy's problems.
    await waitFor("the deleted copy's diagnostics to go", () => (vscode.languages.getDiagnostics(copy).length === 0 ? true : undefined));
    assert.ok(ours(defective.uri).length > 0, 'the open letter lost its live diagnostics');
  });

  test('Lint Workspace: deleting a whole folder of linted letters clears their problems', async () => {
    const defective = await openLetter(DEFECTIVE);
    await diagnosticsWhen(defective.uri, 'missing-outcome', (ds) => ds.some((d) => codeOf(d) === 'missing-outcome'));
    const folder = fixtureUri('folder-to-delete-after-lint');
    const copies = [vscode.Uri.joinPath(folder, 'first.imr'), vscode.Uri.joinPath(folder, 'nested', 'second.imr')];
    for (const c of copies) await vscode.workspace.fs.copy(defective.uri, c, { overwrite: true });
    try {
      await lintWorkspace();
      for (const c of copies)
        assert.ok(
          vscode.languages.getDiagnostics(c).some((d) => codeOf(d) === 'missing-outcome'),
          `${c.path} was linted`,
        );
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
    for (const c of copies)
      await waitFor(`${c.path}'s diagnostics to go with its folder`, () =>
        vscode.languages.getDiagnostics(c).length === 0 ? true : undefined,
      );
    assert.ok(ours(defective.uri).length > 0, 'the open letter lost its live diagnostics');
  });
});
