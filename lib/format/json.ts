import type { Finding } from '../finding.js';

export function formatJson(findings: readonly Finding[], files: number): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return `${JSON.stringify({ files, errors, warnings: findings.length - errors, findings }, null, 2)}\n`;
}
