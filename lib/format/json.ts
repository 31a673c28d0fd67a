import { dataIn, describeFinding, type Finding } from '../finding.js';
import type { Locale } from '../locale.js';

/**
 * `lisa validate --format json`: every finding with its text in `locale` (`message`, `hint`, as scripts have
 * read them all along) and as data (`messageId`, `data`: the catalogue key and its parameters in that language).
 */
export function formatJson(findings: readonly Finding[], files: number, locale: Locale): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const out = findings.map((f) => {
    const { messageId, hintId, data, entity, ...place } = f;
    const told = describeFinding(f, locale);
    return {
      ...place,
      message: told.message,
      ...(told.hint !== undefined ? { hint: told.hint } : {}),
      ...(entity !== undefined ? { entity } : {}),
      messageId,
      ...(hintId !== undefined ? { hintId } : {}),
      data: dataIn(f, locale),
    };
  });
  return `${JSON.stringify({ files, errors, warnings: findings.length - errors, findings: out }, null, 2)}\n`;
}
