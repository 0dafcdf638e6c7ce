// The language status item of the active letter: case number and its decisions ("CM16-0213037 · 2 items:
// 2 Upheld"), flagged when an item has no valid outcome; clicking it opens the decision summary.
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DecisionTableRequest } from '../../server/src/protocol';
import { COMMANDS } from './commands';

export function registerLetterStatus(
  context: vscode.ExtensionContext,
  languageId: string,
  client: () => LanguageClient | undefined,
): () => void {
  const item = vscode.languages.createLanguageStatusItem('imrLetters.letter', { language: languageId });
  item.name = 'IMR letter';
  item.command = { title: 'Decision summary', command: COMMANDS.showDecisionSummary };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;

  const update = async (): Promise<void> => {
    const doc = vscode.window.activeTextEditor?.document;
    const c = client();
    if (!doc || doc.languageId !== languageId || !c?.isRunning()) return;
    const mine = ++generation;
    try {
      const table = await c.sendRequest(DecisionTableRequest, { uri: doc.uri.toString() });
      if (mine !== generation || !table) return;
      item.text = `${table.caseNumber ? `${table.caseNumber} · ` : ''}${table.summary}`;
      item.detail = table.counts.undecided ? 'an item has no valid outcome' : 'IMR letter';
      item.severity = table.counts.undecided ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    } catch {
      // The server is restarting: the next change or editor switch updates the item.
    }
  };
  const soon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void update(), 300);
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) soon();
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  return soon;
}
