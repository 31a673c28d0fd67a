import { styleText } from 'node:util';
import { escapeTerminal } from '../escape/terminal.js';
import { describeFinding, type Finding } from '../finding.js';
import { t } from '../i18n/index.js';
import type { Locale } from '../locale.js';

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
      f.severity === 'error'
        ? paint('red', t(locale, 'format.error'))
        : paint('yellow', t(locale, 'format.warning'));
    const told = describeFinding(f, locale);
    lines.push(`${where} ${sev} ${paint('dim', f.rule)} ${escapeTerminal(told.message)}`);
    if (told.hint)
      lines.push(`    ${paint('cyan', `${t(locale, 'format.hint')}:`)} ${escapeTerminal(told.hint)}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (lines.length) lines.push('');
  if (findings.length === 0) lines.push(paint('green', t(locale, 'format.clean', { files })));
  else {
    const mark = errors > 0 ? paint('red', '✖') : paint('yellow', '⚠');
    lines.push(t(locale, 'format.summary', { mark, errors, warnings, files }));
  }
  return `${lines.join('\n')}\n`;
}
