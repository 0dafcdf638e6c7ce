// The command line's file system side: reading letters and standard input, finding the config file,
// and writing fixed letters atomically (a temporary file in the same folder, then a rename).
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CONFIG_FILE_NAME } from '../analysis/config';
import { decodeLetter, type DecodedLetter } from '../analysis';

export function readStdin(): Promise<DecodedLetter> {
  return new Promise((resolveText, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolveText(decodeLetter(Buffer.concat(chunks))));
    process.stdin.on('error', reject);
  });
}

/** A letter file's text, and how to write it back byte for byte (see analysis/encoding.ts). */
export function readLetter(path: string): DecodedLetter {
  return decodeLetter(readFileSync(path));
}

/** The nearest .imr-lint.json from `dir` up to the file system root. */
export function findConfig(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/** Replaces the file's contents in one step: readers see the old letter or the new one, never half of it. */
export function writeAtomically(path: string, text: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.imr-lint-tmp`);
  try {
    writeFileSync(tmp, text);
    try {
      chmodSync(tmp, statSync(path).mode & 0o7777);
    } catch {
      // keep the default mode
    }
    renameSync(tmp, path);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw e;
  }
}

export function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err?.code === 'ENOENT') return 'no such file';
  if (err?.code === 'EACCES' || err?.code === 'EPERM') return 'permission denied';
  if (err?.code === 'EISDIR') return 'is a folder';
  return err?.message ?? String(e);
}
