// The per-document features: one-line handlers that take the open document's cached Letter and delegate to
// features/ (pure functions of the Letter and the request).
import { CompletionTriggerKind } from 'vscode-languageserver';
import type { Letter } from '../../letter';
import { documentSymbols } from '../../features/symbols';
import { hover } from '../../features/hover';
import { codeActions } from '../../features/codeActions';
import { completions } from '../../features/completion';
import { foldingRanges } from '../../features/folding';
import { selectionRanges } from '../../features/selectionRanges';
import { codeLenses } from '../../features/codeLens';
import type { ServerContext } from '../context';

export function registerFeatures(ctx: ServerContext): void {
  const { connection, documents, analyser } = ctx;

  /** Runs a feature on the open document's cached letter (null when the document is not open). */
  function withLetter<T>(uri: string, feature: (letter: Letter) => T): T | null {
    const doc = documents.get(uri);
    return doc ? feature(analyser.analysis(doc).letter) : null;
  }

  connection.onDocumentSymbol((p) => withLetter(p.textDocument.uri, documentSymbols));
  connection.onHover((p) => withLetter(p.textDocument.uri, (l) => hover(l, p.position)));
  connection.onCompletion((p) =>
    withLetter(p.textDocument.uri, (l) => completions(l, p.position, p.context?.triggerKind === CompletionTriggerKind.Invoked)),
  );
  connection.onFoldingRanges((p) => withLetter(p.textDocument.uri, foldingRanges));
  connection.onSelectionRanges((p) => withLetter(p.textDocument.uri, (l) => selectionRanges(l, p.positions)));
  connection.onCodeLens((p) => withLetter(p.textDocument.uri, (l) => codeLenses(l, p.textDocument.uri)));
  connection.onCodeAction(async (p) => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    // Fixes come with the problems, so code actions need the document linted.
    const { a, diagnostics } = await analyser.diagnose(doc);
    return codeActions(a.letter, doc.uri, a.problems ?? [], diagnostics, p.range, p.context.only, ctx.client.snippetEdits);
  });
}
