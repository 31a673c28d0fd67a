/// <reference path="./hyphen.d.ts" />
import type { Locale } from '../locale.js';

// Soft hyphens in long words, so a narrow table column breaks "dokumenthanterings-plan" with a hyphen
// where the language allows it, not "dokumenthanteringspl|an" anywhere with none (what overflow-wrap does
// when a word is wider than its column). Patterns are TeX's (Liang's algorithm), through the `hyphen`
// package, for Swedish, Norwegian bokmål and English. The browser shows a soft hyphen only where it
// breaks the line there (CSS `hyphens: manual`, print.css), so the text reads and copies as before.

type Hyphenator = (text: string, options?: { minWordLength?: number }) => string;

const loaded = new Map<string, { hyphenate: Hyphenator; cache: Map<string, string> }>();

/**
 * Loads a language's patterns; call before hyphenating. Imported on demand and by literal name (a bundler
 * must see each one): the Norwegian patterns alone are half a megabyte of source.
 */
export async function loadHyphenation(locale: Locale): Promise<void> {
  if (loaded.has(locale)) return;
  const mod =
    locale === 'nb'
      ? (await import('hyphen/nb/index.js')).default
      : locale === 'en'
        ? (await import('hyphen/en-gb/index.js')).default
        : (await import('hyphen/sv/index.js')).default;
  loaded.set(locale, { hyphenate: mod.hyphenateSync, cache: new Map() });
}

/** Words shorter than this fit any column the templates have and are left whole. */
export const MIN_WORD = 10;
const WORD = /[\p{L}\p{M}]{10,}/gu;

/**
 * Only text in these is hyphenated: their columns are narrow. Running text is as wide as the page, where a
 * long word wraps whole; and a soft hyphen, though never shown there, is in the PDF's text (a search or a
 * copy from the PDF meets it), so it goes only where it earns its place.
 */
const NARROW = new Set(['table']);

/** Elements whose text is not laid out as running text (or is not text at all). */
const SKIP = new Set(['style', 'script', 'title', 'svg', 'textarea', 'pre', 'code']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

function hyphenator(locale: Locale) {
  const h = loaded.get(locale);
  if (!h) throw new Error(`hyphenation patterns for ${locale} are not loaded (call loadHyphenation first)`);
  return h;
}

/**
 * Only the breaks that leave four letters or more on each side: "Behörig-hets-styrning", not "Be-hö-…".
 * They read better, and every soft hyphen costs the browser memory in a register of thousands of rows.
 */
const MIN_SIDE = 4;
function thin(hyphenated: string): string {
  const parts = hyphenated.split('\u00ad');
  if (parts.length === 1) return hyphenated;
  const total = parts.reduce((n, p) => n + p.length, 0);
  let out = parts[0] ?? '';
  let before = out.length;
  let sinceBreak = out.length;
  for (const part of parts.slice(1)) {
    if (sinceBreak >= MIN_SIDE && total - before >= MIN_SIDE) {
      out += '\u00ad';
      sinceBreak = 0;
    }
    out += part;
    before += part.length;
    sinceBreak += part.length;
  }
  return out;
}

/** One word with soft hyphens; words repeat across a register's rows, so each is worked out once. */
function word(w: string, locale: Locale): string {
  const h = hyphenator(locale);
  let out = h.cache.get(w);
  if (out === undefined) {
    out = thin(h.hyphenate(w, { minWordLength: MIN_WORD }));
    // Bounded: a register's vocabulary is small, but free text is not.
    if (h.cache.size > 50_000) h.cache.clear();
    h.cache.set(w, out);
  }
  return out;
}

/** An e-mail address, a web address or a file name: a hyphen put into one would change it. */
const ADDRESS = /\S*(?:@|:\/\/|www\.|\.(?:se|no|com|org|net|eu|pdf|docx?|xlsx?)\b)\S*/giu;

/** Plain text (entities allowed) with soft hyphens in its long words; addresses are left whole. */
export function hyphenateText(text: string, locale: Locale): string {
  let out = '';
  let last = 0;
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    out += text.slice(last, m.index).replace(WORD, (w) => word(w, locale)) + m[0];
    last = ADDRESS.lastIndex;
  }
  return out + text.slice(last).replace(WORD, (w) => word(w, locale));
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const LANG = /\slang\s*=\s*["']?([\w-]+)/i;

/**
 * The HTML's body with soft hyphens in the text of its tables. Markup, attributes, styles, the title and
 * SVG are left as they are, and so is text in an element whose `lang` is another language than the
 * document's (its own patterns would be needed).
 */
export function hyphenateHtml(html: string, locale: Locale): string {
  const body = html.search(/<body[\s>]/i);
  if (body < 0) return html;
  const out: string[] = [html.slice(0, body)];
  // Open elements that stop hyphenation (skipped kinds, other languages), by name; others are not tracked.
  const stack: string[] = [];
  let narrow = 0;
  let last = body;
  TAG.lastIndex = body;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const textPart = html.slice(last, m.index);
    out.push(stack.length || !narrow ? textPart : hyphenateText(textPart, locale));
    out.push(m[0]);
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // a comment
    if (NARROW.has(name)) narrow = Math.max(0, narrow + (m[1] ? -1 : 1));
    if (m[1]) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    if (VOID.has(name) || m[3]?.trimEnd().endsWith('/')) continue;
    const lang = LANG.exec(m[3] ?? '')?.[1]?.toLowerCase();
    const otherLanguage =
      lang !== undefined && lang.split('-')[0] !== locale && !(locale === 'nb' && lang === 'no');
    if (SKIP.has(name) || otherLanguage || stack.length) stack.push(name);
  }
  const rest = html.slice(last);
  out.push(stack.length || !narrow ? rest : hyphenateText(rest, locale));
  return out.join('');
}
