import type { Finding } from '../finding.js';
import type { Locale } from '../locale.js';
import type { RuleDef } from '../rules/define.js';

/** SARIF 2.1.0, as GitHub code scanning reads it: one run, every rule described, one result per finding. */
export function formatSarif(
  findings: readonly Finding[],
  rules: readonly RuleDef[],
  locale: Locale,
  version: string,
): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lisa',
            version,
            informationUri: 'https://github.com/lisa-lis/lisa',
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description[locale] },
              fullDescription: {
                text: r.hint
                  ? `${r.description[locale]} ${stripParams(r.hint[locale])}`
                  : r.description[locale],
              },
              defaultConfiguration: { level: r.severity },
              properties: { tags: ['lisa'] },
            })),
          },
        },
        language: locale,
        results: findings.map((f) => ({
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: f.severity,
          message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
          locations: [
            {
              physicalLocation: {
                // A URI, not a path: "Elevhälsans journaler.yaml" must reach code scanning percent-encoded.
                artifactLocation: { uri: f.file.split('/').map(encodeURIComponent).join('/') },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...(f.endLine ? { endLine: f.endLine } : {}),
                  ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function stripParams(s: string): string {
  return s.replace(/\{\w+\}/g, '…');
}
