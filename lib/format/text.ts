import { styleText } from 'node:util';
import type { Finding } from '../finding.js';
import type { Locale, Localized } from '../locale.js';
import { format } from '../locale.js';

const WORDS = {
  error: { sv: 'fel', nb: 'feil', en: 'error' },
  warning: { sv: 'varning', nb: 'advarsel', en: 'warning' },
  hint: { sv: 'Så rättar du', nb: 'Slik retter du', en: 'How to fix' },
  clean: {
    sv: '✔ Inga problem i {files} filer.',
    nb: '✔ Ingen problemer i {files} filer.',
    en: '✔ No problems in {files} files.',
  },
  summary: {
    sv: '{mark} {errors} fel och {warnings} varningar i {files} filer.',
    nb: '{mark} {errors} feil og {warnings} advarsler i {files} filer.',
    en: '{mark} {errors} errors and {warnings} warnings in {files} files.',
  },
} satisfies Record<string, Localized>;

export interface TextOptions {
  locale: Locale;
  color: boolean;
  files: number;
}

/** One finding per line, `file:line:col severity rule message`, with the hint indented below it. */
export function formatText(findings: readonly Finding[], { locale, color, files }: TextOptions): string {
  // The caller has decided on colour (NO_COLOR, FORCE_COLOR, a terminal); Node would otherwise decide again from
  // process.stdout, and drop the colour asked for when output goes to a pipe or a test.
  const paint = (style: Parameters<typeof styleText>[0], s: string) => (color ? styleText(style, s, { validateStream: false }) : s);
  const lines: string[] = [];
  for (const f of findings) {
    const where = paint('bold', `${f.file}:${f.line}:${f.column}`);
    const sev = f.severity === 'error' ? paint('red', WORDS.error[locale]) : paint('yellow', WORDS.warning[locale]);
    lines.push(`${where} ${sev} ${paint('dim', f.rule)} ${f.message}`);
    if (f.hint) lines.push(`    ${paint('cyan', `${WORDS.hint[locale]}:`)} ${f.hint}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (lines.length) lines.push('');
  if (findings.length === 0) lines.push(paint('green', format(WORDS.clean[locale], { files })));
  else {
    const mark = errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    lines.push(format(WORDS.summary[locale], { mark, errors, warnings, files }));
  }
  return `${lines.join('\n')}\n`;
}
