// Node file access for the workspace index (node entry only; the browser build has no file system and
// indexes open documents alone). Read-only: the index never writes a letter.
import { promises as fs, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LetterFiles } from '../workspace/workspaceIndex';

/** Folders that never hold the user's letters and can be huge. */
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);
const LETTER_FILE_RE = /\.(imr|txt)$/i;

async function walk(dir: string, out: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folder: skip it, never fail the crawl
  }
  const subdirs: string[] = [];
  for (const e of entries) {
    // Symbolic links are not followed (no loops); dot-folders are tool state, not letters.
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) subdirs.push(join(dir, e.name));
    } else if (e.isFile() && LETTER_FILE_RE.test(e.name)) {
      out.push(pathToFileURL(join(dir, e.name)).href);
    }
  }
  for (const d of subdirs) await walk(d, out);
}

export const nodeLetterFiles: LetterFiles = {
  async list(folderUri) {
    if (!folderUri.startsWith('file:')) return [];
    const out: string[] = [];
    await walk(fileURLToPath(folderUri), out);
    return out.sort();
  },
  async read(uri, maxBytes) {
    if (!uri.startsWith('file:')) return undefined;
    try {
      const path = fileURLToPath(uri);
      const stat = await fs.stat(path);
      if (!stat.isFile() || stat.size > maxBytes) return undefined;
      return await fs.readFile(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
