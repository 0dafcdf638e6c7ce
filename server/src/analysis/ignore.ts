// Which files are not linted: one meaning for the editor, Lint Workspace and imr-lint. The globs come from
// `imrLetters.ignore` and the `ignore` list of `.imr-lint.json` (an editor list that is not empty replaces the
// file's). A glob is matched against the file's path relative to the folder of those settings (the workspace
// folder, or the config file's folder on the command line), at any depth ("drafts/**" skips every drafts
// folder), without regard to case; a glob naming a folder covers everything in it.
import { minimatch } from 'minimatch';

/** The decoded path of a file URI or a file system path, with forward slashes. */
function pathOf(uriOrPath: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)$/i.exec(uriOrPath);
  let path = m ? m[1] : uriOrPath;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return path.replace(/\\/g, '/');
}

/** `target`'s path below `base`, or its whole path (without a leading slash) when it is not below it. */
export function pathBelow(target: string, base: string | undefined): string {
  const t = pathOf(target);
  if (base !== undefined) {
    const b = pathOf(base).replace(/\/?$/, '/');
    if (t.toLowerCase().startsWith(b.toLowerCase())) return t.slice(b.length);
  }
  return t.replace(/^\/+/, '');
}

const OPTIONS = { dot: true, nocase: true } as const;

/** Whether a path (relative to the settings' folder) is matched by one of the globs. */
export function ignoredPath(relativePath: string, globs: readonly string[]): boolean {
  for (const raw of globs) {
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const g = raw
      .trim()
      .replace(/^\.?\//, '')
      .replace(/\/$/, '');
    for (const pattern of [g, `${g}/**`]) {
      if (minimatch(relativePath, pattern, OPTIONS) || minimatch(relativePath, `**/${pattern}`, OPTIONS)) return true;
    }
  }
  return false;
}

/** Whether the file at `target` (URI or path) is ignored by globs relative to `base` (URI or path of a folder). */
export function isIgnored(target: string, globs: readonly string[], base?: string): boolean {
  return globs.length > 0 && ignoredPath(pathBelow(target, base), globs);
}

/** The globs in force: the editor's list when it has any, else the config file's. */
export function ignoreGlobs(editor: readonly string[] | undefined, file: readonly string[] | undefined): readonly string[] {
  return editor && editor.length ? editor : (file ?? []);
}
