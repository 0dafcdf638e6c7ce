// `imrLetters.ignore`: glob patterns of files that are not linted. A pattern matches the document's path
// (from its file URI) anywhere below the root, so "archive/**" and "**/archive/**" both skip an archive folder.
import { minimatch } from 'minimatch';

function pathOf(uri: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)$/i.exec(uri);
  let path = m ? m[1] : uri;
  try {
    path = decodeURIComponent(path);
  } catch {
    // keep the raw path
  }
  return path.replace(/\\/g, '/');
}

export function isIgnored(uri: string, globs: readonly string[]): boolean {
  if (!globs.length) return false;
  const path = pathOf(uri);
  return globs.some((g) => typeof g === 'string' && g.trim() !== '' && (minimatch(path, g, { dot: true, nocase: true }) || minimatch(path, `**/${g.replace(/^\.?\//, '')}`, { dot: true, nocase: true })));
}
