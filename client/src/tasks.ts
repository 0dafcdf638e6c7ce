// The "imr-lint" task type: runs the bundled command line over a workspace folder's letters; the
// "$imr-lint" problem matcher puts its findings in the Problems panel.
import * as vscode from 'vscode';

export const TASK_TYPE = 'imr-lint';

interface ImrLintTaskDefinition extends vscode.TaskDefinition {
  readonly type: typeof TASK_TYPE;
  readonly files: string[];
  readonly args?: string[];
}

function isDefinition(d: vscode.TaskDefinition): d is ImrLintTaskDefinition {
  return (
    d.type === TASK_TYPE &&
    Array.isArray(d.files) &&
    d.files.every((f: unknown) => typeof f === 'string') &&
    (d.args === undefined || (Array.isArray(d.args) && d.args.every((a: unknown) => typeof a === 'string')))
  );
}

function label(d: ImrLintTaskDefinition): string {
  return `check ${d.files.join(' ')}`;
}

/** The task runs the extension's own dist/cli.js with the editor's runtime, so no separate install is needed. */
function taskFor(cli: string, definition: ImrLintTaskDefinition, scope: vscode.WorkspaceFolder | vscode.TaskScope): vscode.Task {
  const cwd = typeof scope === 'object' ? scope.uri.fsPath : undefined;
  // Plain lines only: the problem matcher reads `file:line:col level rule message`.
  const args = [cli, '--no-color', '--no-progress', ...(definition.args ?? []), '--', ...definition.files];
  const execution = new vscode.ProcessExecution(process.execPath, args, { cwd, env: { ELECTRON_RUN_AS_NODE: '1' } });
  const task = new vscode.Task(definition, scope, label(definition), TASK_TYPE, execution, ['$imr-lint']);
  task.group = vscode.TaskGroup.Test;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}

export function registerTasks(context: vscode.ExtensionContext): vscode.Disposable {
  const cli = context.asAbsolutePath('dist/cli.js');
  return vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () =>
      (vscode.workspace.workspaceFolders ?? [])
        .filter((f) => f.uri.scheme === 'file')
        .map((f) => taskFor(cli, { type: TASK_TYPE, files: ['.'] }, f)),
    resolveTask: (task) =>
      isDefinition(task.definition) ? taskFor(cli, task.definition, task.scope ?? vscode.TaskScope.Workspace) : undefined,
  });
}
