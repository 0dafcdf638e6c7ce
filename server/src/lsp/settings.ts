// A document's settings: the editor's `imrLetters.*` for its resource over the workspace folder's .imr-lint.json,
// combined as the analysis pipeline says (rules merged, ignore lists replaced, ignore globs relative to the folder).
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, ignoreGlobs } from '../analysis';
import { mergeRules } from '../analysis/config';
import type { WorkspaceConfigs } from './workspaceConfig';
import type { DocumentStates, Settings } from './documentState';

export class SettingsStore {
  /** From didChangeConfiguration, for a client that cannot be asked per resource. */
  private global: Settings = DEFAULT_SETTINGS;
  /** Settings of files not open (Lint Workspace asks for them); an open document keeps its own in its state. */
  private readonly unopened = new Map<string, Promise<Settings>>();
  canConfigure = false;

  constructor(
    private readonly connection: Connection,
    private readonly states: DocumentStates,
    private readonly configs: WorkspaceConfigs,
  ) {}

  get maxFileSizeMB(): number {
    return this.global.maxFileSizeMB;
  }

  /** A client without workspace/configuration sends its settings with the change notification. */
  setGlobal(raw: unknown): void {
    if (!this.canConfigure) this.global = normalizeSettings((raw as { imrLetters?: Partial<Settings> } | undefined)?.imrLetters);
  }

  /** Settings may differ now: read them again when next asked. */
  invalidate(): void {
    this.unopened.clear();
    this.states.forgetSettings();
  }

  /** Editor settings over the workspace's .imr-lint.json, so the editor and the command line agree. */
  for(uri: string): Promise<Settings> {
    const state = this.states.has(uri) ? this.states.of(uri) : undefined;
    const cached = state ? state.settings : this.unopened.get(uri);
    if (cached) return cached;
    const editor = this.canConfigure
      ? this.connection.workspace
          .getConfiguration({ scopeUri: uri, section: 'imrLetters' })
          .then((v: Partial<Settings> | null) => normalizeSettings(v))
          .catch(() => DEFAULT_SETTINGS)
      : Promise.resolve(this.global);
    const settings = Promise.all([editor, this.configs.configFor(uri)]).then(([e, file]) => ({
      ...e,
      rules: mergeRules([file.rules, e.rules]),
      ignore: ignoreGlobs(e.ignore, file.ignore),
      ignoreBase: this.configs.folderOf(uri),
    }));
    if (state) state.settings = settings;
    else this.unopened.set(uri, settings);
    return settings;
  }
}

export function normalizeSettings(v: Partial<Settings> | null | undefined): Settings {
  const rules = v?.rules && typeof v.rules === 'object' ? v.rules : {};
  const max = typeof v?.maxFileSizeMB === 'number' && v.maxFileSizeMB > 0 ? v.maxFileSizeMB : DEFAULT_SETTINGS.maxFileSizeMB;
  const ignore = Array.isArray(v?.ignore) ? v.ignore.filter((g): g is string => typeof g === 'string') : [];
  return { rules, maxFileSizeMB: max, ignore };
}
