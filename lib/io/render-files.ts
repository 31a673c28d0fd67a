import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The files lisa render touches outside the templates' loader (templates.ts): where the built-in templates
// are, and the documents it writes. lib/render builds the text; this module puts it on disk.

/** The templates that ship with lisa: found by walking up from this module (source, build/ or a bundle). */
export function defaultTemplatesDir(from = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(candidate, 'shared', 'layout.njk'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.resolve(from, '../../templates');
}

/** Makes the output folder (and its parents) if it is not there. */
export async function makeOutDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}

/** Writes one document file (HTML or CSV), replacing one of the same name. */
export async function writeDocumentFile(file: string, content: string): Promise<void> {
  await writeFile(file, content);
}
