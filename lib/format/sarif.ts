// SARIF 2.1.0 as GitHub code scanning reads it: one run, every rule described with help and a link to its
// documentation, one result per finding with a fingerprint that survives unrelated edits, and artifact URIs
// relative to the repository root (`%SRCROOT%`), so each alert lands on its file.
import { type Finding, tellFindings } from '../finding.js';
import { messageArguments, t } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import type { ParsedFile } from '../parse.js';
import type { RuleDef } from '../rule-def.js';
import { REPOSITORY_URL, ruleDocUrl } from '../rules/docs.js';
import { FINGERPRINT_KEY, fingerprints } from './fingerprint.js';

/** The base the artifact URIs are relative to: the root of the repository checked. */
export const SRCROOT = '%SRCROOT%';

export interface SarifOptions {
  /** A finding's file from the repository root; by default the path as the finding gives it. */
  repoPath?: (file: string) => string;
  /** The parsed register files, for the YAML path in each fingerprint. */
  files?: readonly ParsedFile[];
  /** The repository root as a `file://` URI ending in `/`. */
  rootUri?: string;
  /** The commit checked, when the registry is in a git checkout. */
  provenance?: { repositoryUri: string; revisionId?: string; branch?: string };
}

/** A path as a relative URI: each segment percent-encoded ("Elevhälsans journaler.yaml" → "…%C3%A4…"). */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function ruleOf(r: RuleDef, locale: Locale) {
  const description = t(locale, r.description);
  // The rule's hint without a finding's parameters: each is shown as "…".
  const hint = r.hint
    ? t(locale, r.hint, Object.fromEntries(messageArguments(locale, r.hint).map((name) => [name, '…'])))
    : undefined;
  const url = ruleDocUrl(r.id);
  return {
    id: r.id,
    shortDescription: { text: description },
    fullDescription: { text: hint ? `${description} ${hint}` : description },
    help: {
      text: `${hint ? `${description}\n${hint}` : description}\n${url}`,
      markdown: `**${description}**\n\n${hint ? `${hint}\n\n` : ''}[${t(locale, 'format.sarifHelpLink')}](${url})`,
    },
    helpUri: url,
    defaultConfiguration: { level: r.severity },
    properties: { tags: ['lisa'] },
  };
}

export function formatSarif(
  untold: readonly Finding[],
  rules: readonly RuleDef[],
  locale: Locale,
  version: string,
  options: SarifOptions = {},
): string {
  const findings = tellFindings(untold, locale);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const repoPath = options.repoPath ?? ((file: string) => file);
  const prints = fingerprints(findings, options.files ?? [], repoPath);
  const { provenance } = options;
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'lisa',
            version,
            informationUri: REPOSITORY_URL,
            rules: rules.map((r) => ruleOf(r, locale)),
          },
        },
        ...(options.rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: options.rootUri } } } : {}),
        ...(provenance
          ? {
              versionControlProvenance: [
                {
                  repositoryUri: provenance.repositoryUri,
                  ...(provenance.revisionId ? { revisionId: provenance.revisionId } : {}),
                  ...(provenance.branch ? { branch: provenance.branch } : {}),
                  mappedTo: { uriBaseId: SRCROOT },
                },
              ],
            }
          : {}),
        language: locale,
        results: findings.map((f, i) => ({
          ruleId: f.rule,
          ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
          level: f.severity,
          message: { text: f.hint ? `${f.message}\n${f.hint}` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: uriOf(repoPath(f.file)), uriBaseId: SRCROOT },
                region: {
                  startLine: f.line,
                  startColumn: f.column,
                  ...(f.endLine ? { endLine: f.endLine } : {}),
                  ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                },
              },
            },
          ],
          partialFingerprints: { [FINGERPRINT_KEY]: prints[i] },
        })),
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
