import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { parseLetter } from '../../../server/src/letter';
import { lint, RULES } from '../../../server/src/rules';
import { toDiagnostics } from '../../../server/src/features/diagnostics';
import { codeOf, diagnosticsWhen, fixtureUri, ours } from './helpers';

// A reviewer writes a real letter (CM16-0248034, one item, default pdftotext) into an empty editor, line by
// line. After every line the Problems panel (vscode.languages.getDiagnostics) must show what the server's draft
// analysis of that text says, and never an error: what is not written yet is one Information note ("Still to
// write: ..."). Then a real defect (a heading deleted above written text) shows as an error at once.
const LETTER = 'CM16-0248034.txt';

/** What a diagnostic shows in the Problems panel: line, column, severity (vscode's numbering), code. */
const shown = (line: number, character: number, severity: number, code: string): string =>
  `${line + 1}:${character + 1} ${severity} ${code}`;
const fromPanel = (ds: readonly vscode.Diagnostic[]): string[] =>
  ds.map((d) => shown(d.range.start.line, d.range.start.character, d.severity, codeOf(d))).sort();

/** The draft analysis of `text`, as the editor should show it (LSP severities 1-4 are vscode's 0-3). */
function expectedFor(text: string): string[] {
  const letter = parseLetter(text);
  return toDiagnostics(letter, lint(letter, RULES, { mode: 'draft' }), '')
    .map((d) => shown(d.range.start.line, d.range.start.character, (d.severity ?? 1) - 1, String(d.code)))
    .sort();
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);

suite('drafting (a letter typed into the workbench)', () => {
  test('typing a real letter line by line shows no error, only a "still to write" note, until a real defect', async function () {
    this.timeout(240_000);
    const text = fs.readFileSync(fixtureUri(LETTER).fsPath, 'utf8');
    const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
    assert.ok(lines.length > 40, `${LETTER} has ${lines.length} lines`);

    const doc = await vscode.workspace.openTextDocument({ language: 'imr-letter', content: '' });
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    let notes = 0;
    try {
      // The letter's own line breaks, whatever files.eol says for new documents.
      assert.ok(await editor.edit((b) => b.setEndOfLine(text.includes('\r\n') ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF)));
      for (let k = 0; k < lines.length; k++) {
        const end = doc.lineAt(doc.lineCount - 1).range.end;
        assert.ok(await editor.edit((b) => b.insert(end, lines[k])), `line ${k + 1} was not typed`);
        const want = expectedFor(doc.getText());
        const ds = await diagnosticsWhen(doc.uri, `line ${k + 1} typed: [${want.join(', ')}]`, (d) => same(fromPanel(d), want));
        const errors = ds.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
        assert.deepEqual(
          errors.map((d) => `${d.range.start.line + 1} ${codeOf(d)}: ${d.message}`),
          [],
          `an error after typing line ${k + 1}: "${lines[k].trim()}"`,
        );
        const note = ds.find((d) => codeOf(d) === 'still-to-write');
        if (note) {
          notes++;
          assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
          assert.match(note.message, /^Still to write: /);
        }
      }
      assert.equal(doc.getText(), text, 'the letter typed is the letter');
      // Most steps have something still to write; the finished letter has nothing left, and no error.
      assert.ok(notes >= lines.length / 2, `a "still to write" note in only ${notes} of ${lines.length} steps`);
      assert.deepEqual(
        fromPanel(ours(doc.uri)).filter((s) => / 0 /.test(s) || /still-to-write/.test(s)),
        [],
      );

      // A real defect: the CLINICAL CASE SUMMARY heading deleted, with the letter written after it.
      const heading = doc
        .getText()
        .split(/\r?\n/)
        .findIndex((l) => l.trim() === 'CLINICAL CASE SUMMARY');
      assert.ok(heading > 0, 'the letter has its CLINICAL CASE SUMMARY heading');
      assert.ok(await editor.edit((b) => b.delete(doc.lineAt(heading).rangeIncludingLineBreak)));
      const defect = await diagnosticsWhen(doc.uri, 'missing-section as an error', (d) =>
        d.some((x) => codeOf(x) === 'missing-section' && x.severity === vscode.DiagnosticSeverity.Error),
      );
      const missing = defect.find((x) => codeOf(x) === 'missing-section')!;
      assert.match(missing.message, /"CLINICAL CASE SUMMARY" is missing before "IMR ISSUES, DECISIONS AND RATIONALES"/);
      assert.match(doc.lineAt(missing.range.start.line).text, /IMR ISSUES, DECISIONS AND RATIONALES/);
    } finally {
      // Leave no dirty untitled editor behind for the next suites.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
