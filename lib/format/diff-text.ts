// `lisa diff` as text for a terminal: the change entry by entry, its consequences, the documents it touches and the
// findings it brings and puts right. Pure; every line escaped for the terminal, since names are the users'.
import type { FindingsDelta, RegistryDiff } from '../diff.js';
import { escapeTerminal } from '../escape/terminal.js';
import type { RestrictedKeys } from '../facts/restricted.js';
import { describeFinding, type Finding } from '../finding.js';
import { t } from '../i18n/index.js';
import type { Locale } from '../locale.js';
import { KIND_HEADINGS } from './markdown.js';

function findingLine(f: Finding, restricted: RestrictedKeys, locale: Locale): string {
  // A restricted entry's finding is told by rule and place only: its message can quote what is withheld.
  const hidden = f.entity !== undefined && restricted.has(f.entity);
  return `  ${f.file}:${f.line}  ${f.severity}  ${f.rule}${hidden ? '' : `  ${describeFinding(f, locale).message}`}`;
}

export function formatDiffText(
  diff: RegistryDiff,
  delta: FindingsDelta,
  locale: Locale,
  restricted: RestrictedKeys = new Set(),
): string {
  const out: string[] = [t(locale, 'diff.meaning')];
  if (diff.changes.length === 0 && diff.effects.length === 0) out.push(`  ${t(locale, 'diff.noChanges')}`);
  let kind: string | undefined;
  for (const c of diff.changes) {
    if (c.kind !== kind) {
      kind = c.kind;
      out.push('', `  ${t(locale, KIND_HEADINGS[c.kind])}`);
    }
    out.push(`    ${c.name} (${t(locale, 'diff.change', { change: c.change })}) ${c.file}`);
    for (const d of c.details) out.push(`      - ${d.text}`);
  }
  if (diff.effects.length) {
    out.push('', t(locale, 'diff.effects'));
    for (const e of diff.effects) out.push(`  - ${e.text}`);
  }
  out.push('', t(locale, 'diff.documents'));
  if (diff.documents.length === 0) out.push(`  ${t(locale, 'diff.noDocuments')}`);
  for (const d of diff.documents) out.push(`  - ${d.title} (${d.id})`);
  out.push('', t(locale, 'diff.findingsAdded', { n: delta.added.length }));
  for (const f of delta.added) out.push(findingLine(f, restricted, locale));
  out.push(t(locale, 'diff.findingsFixed', { n: delta.fixed.length }));
  for (const f of delta.fixed) out.push(findingLine(f, restricted, locale));
  return `${out.map(escapeTerminal).join('\n')}\n`;
}
