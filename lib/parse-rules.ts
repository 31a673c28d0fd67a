import type { FindingValue } from './finding.js';
import type { MessageKey } from './i18n/index.js';
import { defineRule } from './rule-def.js';

// Problems with a file itself, found before its content can be read as a register entry.

export const fileTooLarge = defineRule({
  id: 'file-too-large',
  severity: 'error',
  description: 'rule.file-too-large.description',
  message: 'rule.file-too-large.message',
  hint: 'rule.file-too-large.hint',
});

export const fileBinary = defineRule({
  id: 'file-binary',
  severity: 'error',
  description: 'rule.file-binary.description',
  message: 'rule.file-binary.message',
  hint: 'rule.file-binary.hint',
});

export const fileEncoding = defineRule({
  id: 'file-encoding',
  severity: 'error',
  description: 'rule.file-encoding.description',
  message: 'rule.file-encoding.message',
  hint: 'rule.file-encoding.hint',
});

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  severity: 'error',
  description: 'rule.yaml-syntax.description',
  message: 'rule.yaml-syntax.message',
  hint: 'rule.yaml-syntax.hint',
});

/**
 * What the YAML parser's error codes mean, in the user's language: its own English ("Nested mappings are not
 * allowed in compact mappings") helps no one editing a register. Codes not listed keep the parser's text.
 */
const YAML_DETAILS: Record<string, MessageKey> = {
  QUOTE: 'finding.parse.yamlDetails.QUOTE',
  FLOW_END: 'finding.parse.yamlDetails.FLOW_END',
  MISSING_CHAR: 'finding.parse.yamlDetails.MISSING_CHAR',
  BAD_INDENT: 'finding.parse.yamlDetails.BAD_INDENT',
  BLOCK_AS_IMPLICIT_KEY: 'finding.parse.yamlDetails.BLOCK_AS_IMPLICIT_KEY',
  MULTILINE_IMPLICIT_KEY: 'finding.parse.yamlDetails.MULTILINE_IMPLICIT_KEY',
  MULTIPLE_DOCS: 'finding.parse.yamlDetails.MULTIPLE_DOCS',
  UNEXPECTED_TOKEN: 'finding.parse.yamlDetails.UNEXPECTED_TOKEN',
  BAD_DQ_ESCAPE: 'finding.parse.yamlDetails.BAD_DQ_ESCAPE',
  BAD_SCALAR_START: 'finding.parse.yamlDetails.BAD_SCALAR_START',
  UNRESOLVED_ALIAS: 'finding.parse.yamlDetails.UNRESOLVED_ALIAS',
  BLOCK_IN_FLOW: 'finding.parse.yamlDetails.BLOCK_IN_FLOW',
};

/** The detail of a YAML syntax error, told in the user's language where the code is known. */
export function yamlDetail(code: string, message: string): FindingValue {
  const key = /closing .?quote/.test(message)
    ? 'QUOTE'
    : /end with an? [\]}]/.test(message)
      ? 'FLOW_END'
      : code;
  const text = YAML_DETAILS[key];
  if (!text) return message;
  return { key: text, data: { char: /(\S+)$/.exec(message)?.[1] ?? '' } };
}

export const yamlTab = defineRule({
  id: 'yaml-tab',
  severity: 'error',
  description: 'rule.yaml-tab.description',
  message: 'rule.yaml-tab.message',
  hint: 'rule.yaml-tab.hint',
});

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  severity: 'error',
  description: 'rule.duplicate-key.description',
  message: 'rule.duplicate-key.message',
  hint: 'rule.duplicate-key.hint',
});

export const yamlAliases = defineRule({
  id: 'yaml-aliases',
  severity: 'error',
  description: 'rule.yaml-aliases.description',
  message: 'rule.yaml-aliases.message',
  hint: 'rule.yaml-aliases.hint',
});

export const emptyFile = defineRule({
  id: 'empty-file',
  severity: 'error',
  description: 'rule.empty-file.description',
  message: 'rule.empty-file.message',
  hint: 'rule.empty-file.hint',
});

export const fileSymlink = defineRule({
  id: 'file-symlink',
  severity: 'error',
  description: 'rule.file-symlink.description',
  message: 'rule.file-symlink.message',
  hint: 'rule.file-symlink.hint',
});

export const fileSpecial = defineRule({
  id: 'file-special',
  severity: 'error',
  description: 'rule.file-special.description',
  message: 'rule.file-special.message',
  hint: 'rule.file-special.hint',
});

export const fileNameEncoding = defineRule({
  id: 'file-name-encoding',
  severity: 'error',
  description: 'rule.file-name-encoding.description',
  message: 'rule.file-name-encoding.message',
  hint: 'rule.file-name-encoding.hint',
});

export const registryLink = defineRule({
  id: 'registry-link',
  severity: 'error',
  description: 'rule.registry-link.description',
  message: 'rule.registry-link.message',
  hint: 'rule.registry-link.hint',
});

export const filePartlyScanned = defineRule({
  id: 'file-partly-scanned',
  severity: 'warning',
  description: 'rule.file-partly-scanned.description',
  message: 'rule.file-partly-scanned.message',
  hint: 'rule.file-partly-scanned.hint',
});

export const fileTooComplex = defineRule({
  id: 'file-too-complex',
  severity: 'error',
  description: 'rule.file-too-complex.description',
  message: 'rule.file-too-complex.message',
  hint: 'rule.file-too-complex.hint',
});

/** The detail of file-too-complex. */
export const COMPLEXITY: Record<'nodes' | 'depth', MessageKey> = {
  nodes: 'finding.parse.complexity.nodes',
  depth: 'finding.parse.complexity.depth',
};

export const PARSE_RULES = [
  fileTooComplex,
  fileSymlink,
  fileSpecial,
  fileNameEncoding,
  registryLink,
  filePartlyScanned,
  fileTooLarge,
  fileBinary,
  fileEncoding,
  yamlSyntax,
  yamlTab,
  duplicateKey,
  yamlAliases,
  emptyFile,
];
