// The commands: "IMR: Show Decision Summary" (a Markdown table of the active letter's decisions, in the
// preview), "IMR: Export Decisions" (JSON or CSV of every letter in the workspace) and "IMR: Lint Workspace"
// (diagnostics for every letter, with progress). The data comes from the language server.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import {
  DecisionsRequest,
  DecisionTableRequest,
  FormatDecisionsRequest,
  LintLettersRequest,
  type ExportedLetter,
} from '../../server/src/protocol';
import { forEachBatch } from './workspaceLetters';

export const COMMANDS = {
  showDecisionSummary: 'imrLetters.showDecisionSummary',
  exportDecisions: 'imrLetters.exportDecisions',
  lintWorkspace: 'imrLetters.lintWorkspace',
} as const;

const SUMMARY_SCHEME = 'imr-summary';

/** Summaries shown so far, by virtual document URI; the content provider serves them. */
class SummaryDocuments implements vscode.TextDocumentContentProvider {
  private readonly pages = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  set(uri: vscode.Uri, markdown: string): void {
    this.pages.set(uri.toString(), markdown);
    this.changed.fire(uri);
  }
  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.pages.get(uri.toString()) ?? '';
  }
}

export function registerCommands(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  const summaries = new SummaryDocuments();
  const workspaceDiagnostics = vscode.languages.createDiagnosticCollection('imr-letters-workspace');
  // An opened letter gets live diagnostics from the server; the workspace run's copy would double them.
  const forget = (uri: vscode.Uri): void => workspaceDiagnostics.delete(uri);
  // A deleted folder arrives as one event for the folder itself: forget every letter that was under it.
  const forgetUnder = (uri: vscode.Uri): void => {
    const prefix = uri.toString().replace(/\/?$/, '/');
    const gone: vscode.Uri[] = [];
    workspaceDiagnostics.forEach((u) => {
      if (u.toString().startsWith(prefix)) gone.push(u);
    });
    for (const u of gone) workspaceDiagnostics.delete(u);
  };
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{imr,txt}', true, false, false);
  const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);

  context.subscriptions.push(
    workspaceDiagnostics,
    watcher,
    deletions,
    watcher.onDidChange(forget),
    watcher.onDidDelete(forget),
    deletions.onDidDelete(forgetUnder),
    vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((u) => (forget(u), forgetUnder(u)))),
    vscode.workspace.onDidOpenTextDocument((d) => forget(d.uri)),
    vscode.workspace.registerTextDocumentContentProvider(SUMMARY_SCHEME, summaries),

    vscode.commands.registerCommand(COMMANDS.showDecisionSummary, async (target?: string | vscode.Uri) => {
      const uri = target ? target.toString() : vscode.window.activeTextEditor?.document.uri.toString();
      const c = client();
      if (!uri || !c) {
        void vscode.window.showInformationMessage('Open an IMR letter to see its decision summary.');
        return undefined;
      }
      const table = await c.sendRequest(DecisionTableRequest, { uri });
      if (!table) {
        void vscode.window.showInformationMessage('The decision summary needs the letter to be open.');
        return undefined;
      }
      const name = (table.caseNumber || vscode.Uri.parse(uri).path.split('/').pop() || 'letter').replace(/[^\w.-]+/g, '_');
      const page = vscode.Uri.from({ scheme: SUMMARY_SCHEME, path: `/${name} decision summary.md`, query: uri });
      summaries.set(page, table.markdown);
      try {
        await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
      } catch {
        // No Markdown preview (a trimmed-down editor): show the Markdown source instead.
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(page), {
          viewColumn: vscode.ViewColumn.Beside,
          preview: true,
        });
      }
      return table.markdown;
    }),

    vscode.commands.registerCommand(COMMANDS.exportDecisions, async (formatArg?: 'json' | 'csv', targetArg?: vscode.Uri) => {
      const c = client();
      if (!c) return undefined;
      let format = formatArg;
      if (!format) {
        const pick = await vscode.window.showQuickPick(
          [
            { label: 'CSV', description: 'one row per item, for a spreadsheet', format: 'csv' as const },
            { label: 'JSON', description: 'one entry per letter with its items', format: 'json' as const },
          ],
          { title: 'Export the decisions of every letter in the workspace as' },
        );
        if (!pick) return undefined;
        format = pick.format;
      }
      let target = targetArg;
      if (!target) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
        target = await vscode.window.showSaveDialog({
          defaultUri: folder ? vscode.Uri.joinPath(folder, `imr-decisions.${format}`) : undefined,
          filters: format === 'csv' ? { CSV: ['csv'] } : { JSON: ['json'] },
          title: 'Export IMR decisions',
        });
        if (!target) return undefined;
      }
      const letters: ExportedLetter[] = [];
      const run = await forEachBatch('Exporting IMR decisions', async (batch) => {
        letters.push(...(await c.sendRequest(DecisionsRequest, { letters: batch })));
      });
      if (run.cancelled) return undefined;
      const { content } = await c.sendRequest(FormatDecisionsRequest, { letters, format });
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
      const open = 'Open';
      if (!targetArg) {
        void vscode.window
          .showInformationMessage(`Exported the decisions of ${letters.length} letter${letters.length === 1 ? '' : 's'}.`, open)
          .then((a) => {
            if (a === open) void vscode.window.showTextDocument(target!);
          });
      }
      return { target: target.toString(), letters: letters.length };
    }),

    vscode.commands.registerCommand(COMMANDS.lintWorkspace, async () => {
      const c = client();
      if (!c) return undefined;
      workspaceDiagnostics.clear();
      const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
      const totals = { letters: 0, errors: 0, warnings: 0, other: 0 };
      const run = await forEachBatch('Linting IMR letters', async (batch) => {
        const results = await c.sendRequest(LintLettersRequest, { letters: batch.map(({ uri, text }) => ({ uri, text })) });
        for (const r of results) {
          if (!r.isLetter) continue;
          totals.letters++;
          for (const d of r.diagnostics) {
            if (d.severity === 1) totals.errors++;
            else if (d.severity === 2) totals.warnings++;
            else totals.other++;
          }
          if (!open.has(r.uri))
            workspaceDiagnostics.set(vscode.Uri.parse(r.uri), await c.protocol2CodeConverter.asDiagnostics(r.diagnostics));
        }
      });
      const message = `${run.cancelled ? 'Stopped after' : 'Linted'} ${totals.letters} letter${totals.letters === 1 ? '' : 's'}: ${totals.errors} error${totals.errors === 1 ? '' : 's'}, ${totals.warnings} warning${totals.warnings === 1 ? '' : 's'}, ${totals.other} hint${totals.other === 1 ? '' : 's'} or note${totals.other === 1 ? '' : 's'}.`;
      void vscode.window.showInformationMessage(message);
      if (totals.errors + totals.warnings + totals.other > 0) void vscode.commands.executeCommand('workbench.actions.view.problems');
      return { ...totals, cancelled: run.cancelled };
    }),
  );
}
