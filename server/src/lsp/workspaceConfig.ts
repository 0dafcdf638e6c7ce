// Finds and caches the `.imr-lint.json` at the root of the workspace folder holding a document. Reading
// is left to the transport (node: the file system; browser: the client), so this stays free of Node APIs.
import { CONFIG_FILE_NAME, EMPTY_CONFIG, parseConfig, type LintFileConfig } from '../analysis/config';

/** Reads a file by URI; undefined when it does not exist or cannot be read. */
export type ReadFile = (uri: string) => Promise<string | undefined>;

function withSlash(uri: string): string {
  return uri.endsWith('/') ? uri : uri + '/';
}

function comparable(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}

export class WorkspaceConfigs {
  private folders: string[] = [];
  private readonly cache = new Map<string, Promise<LintFileConfig>>();

  constructor(
    private readonly read: ReadFile | undefined,
    private readonly warn: (message: string) => void,
  ) {}

  setFolders(uris: readonly string[]): void {
    // Longest first, so a nested folder wins over its parent.
    this.folders = uris.map(withSlash).sort((a, b) => b.length - a.length);
    this.cache.clear();
  }

  /** Forget what was read (the file changed). */
  invalidate(): void {
    this.cache.clear();
  }

  /** The workspace folder holding `documentUri` (its URI ends in "/"), if any. */
  folderOf(documentUri: string): string | undefined {
    const doc = comparable(documentUri);
    return this.folders.find((f) => doc.startsWith(comparable(f)));
  }

  /** The config of the workspace folder holding `documentUri`; empty when there is none. */
  configFor(documentUri: string): Promise<LintFileConfig> {
    const folder = this.folderOf(documentUri);
    if (!folder || !this.read) return Promise.resolve(EMPTY_CONFIG);
    let c = this.cache.get(folder);
    if (!c) {
      const uri = folder + CONFIG_FILE_NAME;
      c = this.read(uri)
        .then((text) => {
          if (text === undefined) return EMPTY_CONFIG;
          const { config, errors } = parseConfig(text);
          for (const e of errors) this.warn(`${uri}: ${e}`);
          return config;
        })
        .catch(() => EMPTY_CONFIG);
      this.cache.set(folder, c);
    }
    return c;
  }
}
