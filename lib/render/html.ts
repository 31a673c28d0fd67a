import path from 'node:path';
import nunjucks from 'nunjucks';
import { isMessageKey, type MessageParams, t as message } from '../i18n/index.js';
import { defaultTemplatesDir } from '../io/render-files.js';
import { safeTemplateLoader } from '../io/templates.js';
import { quarterLabel } from '../labels.js';
import type { Locale } from '../locale.js';
import {
  countryName,
  formatNumber,
  formatValue,
  genitive,
  longDate,
  monthName,
  shortDate,
} from '../values.js';
import { countWith, joinList, midSentence } from '../words.js';
import { escapeXml } from './charts.js';
import { docWord } from './document-words.js';
import { PRECOMPILED } from './templates.gen.js';

// The Nunjucks side: which template files are used, and the filters they write dates and numbers with.
// Autoescape is on and stays on: every value from a register is text, never markup. The files are read in
// lib/io/ (templates.ts, render-files.ts).

export { defaultTemplatesDir };

/**
 * Where a template name is looked up, first match wins: the adopter's folder for this language only
 * (`<folder>/<lang>/`), the adopter's folder for every language, then lisa's one template set
 * (`templates/shared/`, its words from the message catalogue).
 */
export function templateSearchPath(
  locale: Locale,
  templatesDir?: string,
  builtIn = defaultTemplatesDir(),
): string[] {
  const own = templatesDir ? path.resolve(templatesDir) : undefined;
  const dirs = [...(own ? [path.join(own, locale), own] : []), path.join(builtIn, 'shared')];
  return [...new Set(dirs)];
}

export interface EnvironmentOptions {
  locale: Locale;
  templatesDir?: string;
  builtIn?: string;
  /** False: compile every template from its file, not from templates.gen.ts (to compare the two). */
  precompiled?: boolean;
}

/**
 * The Environment's options. The compiled code of templates.gen.ts depends on them (the lexer's whitespace
 * rules), so scripts/gen-templates.mjs compiles with the same (checked by tests/render/templates-gen.test.ts).
 */
export const ENV_OPTIONS = {
  autoescape: true,
  throwOnUndefined: false,
  trimBlocks: true,
  lstripBlocks: true,
};

export function createEnvironment(options: EnvironmentOptions): nunjucks.Environment {
  const { locale } = options;
  const loader = safeTemplateLoader(
    templateSearchPath(locale, options.templatesDir, options.builtIn),
    locale,
    options.templatesDir ? [path.resolve(options.templatesDir)] : [],
    options.precompiled === false ? {} : PRECOMPILED,
  );
  const env = new nunjucks.Environment(loader, { ...ENV_OPTIONS });
  env.addFilter('longdate', (v: string | undefined) => longDate(v, locale));
  env.addFilter('date', (v: string | undefined) => shortDate(v, locale));
  env.addFilter('number', (v: number | undefined, digits?: number) => formatNumber(v, locale, digits ?? 1));
  env.addFilter('value', (v: number | undefined, unit: Parameters<typeof formatValue>[1]) =>
    formatValue(v, unit, locale),
  );
  env.addFilter('quarter', (v: string) => quarterLabel(v, locale));
  env.addFilter('country', (v: string | undefined) => countryName(v, locale));
  env.addFilter('month', (v: number) => monthName(v, locale));
  env.addFilter('genitive', (v: string) => genitive(v, locale));
  env.addFilter('paragraphs', (v: string | undefined) => new nunjucks.runtime.SafeString(paragraphs(v)));
  // Agreement and lists by the language's rules: `n | plural("behandling", "behandlingar")`,
  // `names | list` ("a, b och c"), `name | insentence` ("kommunstyrelsen").
  env.addFilter('plural', (n: number, one: string, other: string, exact?: Record<string, string>) =>
    countWith(locale, n, one, other, exact),
  );
  env.addFilter('list', (v: string[] | undefined) => joinList(locale, v ?? []));
  env.addFilter('insentence', (v: string) => midSentence(v, locale));
  // The words: `t("key", {param: value})` from the message catalogue; `t("date")` is `documents.date`.
  env.addGlobal('t', (key: string, params?: Record<string, unknown>) => docWord(locale, key, params));
  // The message catalogue (lib/i18n): `msg("riskdoc.report.title", {board: …})`.
  env.addGlobal('msg', (key: string, params?: MessageParams) =>
    isMessageKey(key) ? message(locale, key, params) : key,
  );
  return env;
}

const BULLET = /^\s*(?:[-*•–])\s+/;

/**
 * Free text from a register as paragraphs: a blank line starts a new one, and lines starting with "-", "*"
 * or "•" are a list (an indented line after one continues it). Each piece is escaped here, so the result
 * is safe to insert.
 */
export function paragraphs(text: string | undefined): string {
  if (!text) return '';
  const out: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let para: string[] = [];
    let items: string[] = [];
    let bulletIndent = -1;
    const flush = () => {
      if (para.length) out.push(`<p>${escapeXml(para.join(' '))}</p>`);
      if (items.length) out.push(`<ul>${items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`);
      para = [];
      items = [];
    };
    for (const raw of block.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const indent = raw.length - raw.trimStart().length;
      if (BULLET.test(raw)) {
        if (para.length) flush();
        items.push(line.replace(BULLET, ''));
        bulletIndent = indent;
      } else if (items.length && indent > bulletIndent) {
        items[items.length - 1] += ` ${line}`;
      } else {
        if (items.length) flush();
        para.push(line);
      }
    }
    flush();
  }
  return out.join('');
}

export class TemplateError extends Error {
  constructor(
    readonly template: string,
    readonly detail: string,
  ) {
    super(`${template}: ${detail}`);
  }
}

/** Renders one template; a broken template (an adopter's, say) becomes a TemplateError naming it. */
export function renderTemplate(env: nunjucks.Environment, template: string, context: object): string {
  try {
    return env.render(template, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Nunjucks prefixes "(unknown path)" and its own stack lines; the first meaningful lines are enough.
    const detail = message
      .split('\n')
      .map((l) => l.trim())
      // Each include level adds a line naming only a path; what went wrong is below them.
      .filter((l) => l && !/^(Template render error: )?\([^)]*\)$/.test(l))
      .slice(0, 3)
      .join(' ');
    throw new TemplateError(template, detail);
  }
}
