import { styleText } from 'node:util';
import { escapeTerminal } from '../escape/terminal.js';
import { describeFinding, type Finding } from '../finding.js';
import type { Locale, Localized } from '../locale.js';
import { format } from '../locale.js';

const WORDS = {
  error: { sv: 'fel', nb: 'feil', en: 'error' },
  warning: { sv: 'varning', nb: 'advarsel', en: 'warning' },
  hint: { sv: 'Så rättar du', nb: 'Slik retter du', en: 'How to fix' },
  clean: {
    sv: '✔ Inga problem i {files} {fileWord}.',
    nb: '✔ Ingen problemer i {files} {fileWord}.',
    en: '✔ No problems in {files} {fileWord}.',
  },
  summary: {
    sv: '{mark} {errors} fel och {warnings} {warningWord} i {files} {fileWord}.',
    nb: '{mark} {errors} feil og {warnings} {warningWord} i {files} {fileWord}.',
    en: '{mark} {errors} {errorWord} and {warnings} {warningWord} in {files} {fileWord}.',
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
  const paint = (style: Parameters<typeof styleText>[0], s: string) =>
    color ? styleText(style, s, { validateStream: false }) : s;
  const lines: string[] = [];
  for (const f of findings) {
    // File names, messages and hints carry user text (keys, values, names): no control character in them
    // reaches the terminal or the job log.
    const where = paint('bold', `${escapeTerminal(f.file)}:${f.line}:${f.column}`);
    const sev =
      f.severity === 'error' ? paint('red', WORDS.error[locale]) : paint('yellow', WORDS.warning[locale]);
    const told = describeFinding(f, locale);
    lines.push(`${where} ${sev} ${paint('dim', f.rule)} ${escapeTerminal(told.message)}`);
    if (told.hint) lines.push(`    ${paint('cyan', `${WORDS.hint[locale]}:`)} ${escapeTerminal(told.hint)}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (lines.length) lines.push('');
  const plural = (n: number, one: Localized, many: Localized) => (n === 1 ? one : many)[locale];
  const words = {
    fileWord: plural(files, { sv: 'fil', nb: 'fil', en: 'file' }, { sv: 'filer', nb: 'filer', en: 'files' }),
    warningWord: plural(
      warnings,
      { sv: 'varning', nb: 'advarsel', en: 'warning' },
      { sv: 'varningar', nb: 'advarsler', en: 'warnings' },
    ),
    errorWord: plural(
      errors,
      { sv: 'fel', nb: 'feil', en: 'error' },
      { sv: 'fel', nb: 'feil', en: 'errors' },
    ),
  };
  if (findings.length === 0) lines.push(paint('green', format(WORDS.clean[locale], { files, ...words })));
  else {
    const mark = errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    lines.push(format(WORDS.summary[locale], { mark, errors, warnings, files, ...words }));
  }
  return `${lines.join('\n')}\n`;
}
