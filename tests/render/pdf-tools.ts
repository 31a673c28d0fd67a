import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Reading PDFs back with poppler-utils (pdftotext, pdfinfo, pdftohtml), as a person with a PDF reader would.

// Poppler complains on stderr about structure types newer than it knows (Chrome writes PDF 2.0's Strong).
const quiet = {
  encoding: 'utf8' as const,
  stdio: ['ignore', 'pipe', 'ignore'] as ['ignore', 'pipe', 'ignore'],
  maxBuffer: 64 * 1024 * 1024,
};

/** The text, with runs of white space made one space: lines wrap wherever the layout put them. */
export function pdfText(file: string, options: string[] = []): string {
  return (
    execFileSync('pdftotext', [...options, '-enc', 'UTF-8', file, '-'], quiet)
      // A word broken at a soft hyphen ("sä\u00ad\u2010" at a line's end) is one word, as a reader's search
      // takes it; an unbroken soft hyphen is invisible.
      .replace(/\u00ad\u2010?\s*/g, '')
      .replace(/\s+/g, ' ')
  );
}

export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], quiet);
  const info: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m?.[1]) info[m[1].trim()] = (m[2] ?? '').trim();
  }
  return info;
}

/** The tagged structure as pdfinfo prints it: H1, Table, TH with /Scope, Figure and so on. */
export function pdfStructure(file: string): string {
  return execFileSync('pdfinfo', ['-struct-text', file], quiet);
}

/** The outline (bookmarks) titles, from pdftohtml's XML. */
export function pdfOutline(file: string): string[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], quiet);
  const outline = xml.slice(xml.indexOf('<outline'));
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => decodeXml(m[1] ?? ''));
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A PDF string object, `(literal)` or `<FEFF hex>`, as text. */
function pdfString(raw: string): string {
  if (raw.startsWith('<')) {
    const hex = raw.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
    return bytes.toString('latin1');
  }
  return raw
    .slice(1, -1)
    .replace(/\\([nrtbf()\\])/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[c] ?? c)
    .replace(/\\([0-7]{1,3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)));
}

/** Values of a key in the PDF's uncompressed objects (Chrome writes the structure tree uncompressed). */
export function pdfStrings(file: string, key: string): string[] {
  const raw = readFileSync(file).toString('latin1');
  const re = new RegExp(`/${key}\\s*(\\((?:\\\\.|[^\\\\)])*\\)|<[0-9A-Fa-f\\s]*>)`, 'g');
  return [...raw.matchAll(re)].map((m) => pdfString(m[1] ?? ''));
}

export function hasOutline(file: string): boolean {
  return /\/Outlines\s+\d+\s+0\s+R/.test(readFileSync(file).toString('latin1'));
}
