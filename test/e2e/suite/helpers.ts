// Shared helpers for the e2e suites: open fixture letters, wait for the language
// server's answers. Nothing sleeps for a fixed time: every wait is either an
// event or a bounded poll for a condition.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'imr-letters.imr-letters';
export const LANGUAGE_ID = 'imr-letter';
export const ISSUES_SECTION = /IMR ISSUES, DECISIONS AND RATIONALES/i;
export const ITEM_FIELDS = ['Claims Administrator guideline', 'MAXIMUS guideline', 'Decision rationale'];

export interface ExpectedLetter {
  items: string[];
  outcomes: string[];
}

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test run has no workspace folder');
  return folder.uri.fsPath;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(workspaceDir(), name));
}

export function expectedOutcomes(): Record<string, ExpectedLetter> {
  return JSON.parse(fs.readFileSync(path.join(workspaceDir(), 'expected-outcomes.json'), 'utf8'));
}

/** Polls `probe` until it returns a value that is not undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${lastError}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The open document for `uri` once its language is `languageId`. */
export async function waitForLanguage(uri: vscode.Uri, languageId = LANGUAGE_ID): Promise<vscode.TextDocument> {
  return waitFor(`${path.basename(uri.fsPath)} to be ${languageId}`, () =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === languageId),
  );
}

/** Opens a fixture in an editor and returns its document once it is an IMR letter. */
export async function openLetter(name: string): Promise<vscode.TextDocument> {
  const uri = fixtureUri(name);
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc, { preview: false });
  return waitForLanguage(uri);
}

/** Document symbols from the language server; retried until the server answers with some. */
export async function documentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return waitFor(`document symbols of ${path.basename(uri.fsPath)}`, async () => {
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider',
      uri,
    );
    if (!symbols || symbols.length === 0) return undefined;
    assert.ok('children' in symbols[0], 'symbols are not hierarchical (DocumentSymbol)');
    return symbols as vscode.DocumentSymbol[];
  });
}

export function issuesSection(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol {
  const issues = symbols.find((s) => ISSUES_SECTION.test(s.name));
  assert.ok(issues, `no "IMR ISSUES, DECISIONS AND RATIONALES" symbol among: ${symbols.map((s) => s.name).join(' | ')}`);
  return issues;
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'imr-letters');
}

export function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

export function codes(uri: vscode.Uri): string[] {
  return ours(uri).map(codeOf).sort();
}

/**
 * Resolves with this extension's diagnostics for `uri` as soon as they satisfy
 * `accept`: checks the current ones, then every onDidChangeDiagnostics event.
 */
export function diagnosticsWhen(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = 20_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      sub.dispose();
      fn();
    };
    const check = () => {
      const diagnostics = ours(uri);
      if (accept(diagnostics)) done(() => resolve(diagnostics));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(
      () =>
        done(() =>
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for diagnostics on ${path.basename(uri.fsPath)}: ${what}; ` +
                `have [${codes(uri).join(', ')}]`,
            ),
          ),
        ),
      timeoutMs,
    );
    check();
  });
}

/** Text of the hovers VS Code collects at a position, all providers joined. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

/** Zero-based line of the first line starting with `prefix` (leading spaces ignored). */
export function lineStarting(doc: vscode.TextDocument, prefix: string): number {
  for (let i = 0; i < doc.lineCount; i++) {
    if (doc.lineAt(i).text.trimStart().startsWith(prefix)) return i;
  }
  assert.fail(`no line starting with "${prefix}" in ${path.basename(doc.uri.fsPath)}`);
}

/** Sets a setting for the test run (user level) and returns a function that restores it. */
export async function withSetting(section: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Global);
  };
}

/** Process ids of the running language servers (node processes running dist/server.js). */
export function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline: string;
    try {
      cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    if (cmdline.split('\0').some((arg) => /[\\/]dist[\\/]server\.js$/.test(arg))) pids.push(Number(entry));
  }
  return pids;
}
