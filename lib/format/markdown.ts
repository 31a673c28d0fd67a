// The pull-request comment and the job summary: what a change means, in the registry's language, as
// GitHub-flavoured Markdown. Everything a user wrote is escaped: a system called `@here <b>` stays text.
import type {
  AffectedDocument,
  ChangeDetail,
  DiffKind,
  EntityChange,
  FindingsDelta,
  RegistryDiff,
} from '../diff.js';
import { redactIdentityNumbers } from '../escape/identity.js';
import type { RestrictedKeys } from '../facts/restricted.js';
import { describeFinding, type Finding } from '../finding.js';
import { type MessageKey, type MessageParams, t } from '../i18n/index.js';
import type { Locale } from '../locale.js';

/** Marks lisa's own comment on a pull request, so each push updates it instead of adding another. */
export const COMMENT_MARKER = '<!-- lisa:pr-comment -->';

/**
 * The marker for a registry: the plain one for the usual `registry/`, one of its own for any other folder,
 * so two registries checked in one repository keep a comment each.
 */
export function commentMarker(registry = 'registry'): string {
  const dir = registry.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  return dir === 'registry' || dir === ''
    ? COMMENT_MARKER
    : `<!-- lisa:pr-comment:${dir.replace(/-->|[\r\n]/g, '')} -->`;
}

/** GitHub refuses comments longer than 65 536 characters; stay well below. */
export const COMMENT_MAX = 60_000;

export interface RenderedDocument {
  id: string;
  title: string;
  /** Written files, relative to the workspace. */
  files: string[];
}

export interface Report {
  locale: Locale;
  findings: readonly Finding[];
  /** Register files read. */
  files: number;
  failOn: 'error' | 'warning';
  /** On a pull request whose base could be read: which findings the change brings and which it puts right. */
  delta?: FindingsDelta;
  diff?: RegistryDiff;
  /** Why there is no diff, when the base could not be read. */
  baseMissing?: string;
  /** Documents rendered on a push. */
  documents?: RenderedDocument[];
  /** What the reader should know besides the findings: a comment or check that could not be made, and why. */
  notes?: string[];
  /**
   * Entries (`kind/id`) whose details are withheld, as the diff withholds them: their findings are told by
   * rule and line only, the message (which can quote levels and names) stays on the annotation.
   */
  restricted?: RestrictedKeys;
  /** A link to a line of a file at the commit checked, or undefined to print the path alone. */
  link?: (file: string, line: number) => string | undefined;
  /** Footer: lisa's version and the commits compared. */
  version?: string;
  base?: string;
  head?: string;
}

export interface MarkdownOptions {
  /** Start with this hidden marker (the PR comment; see `commentMarker`). */
  marker?: string;
  maxLength?: number;
}

const W = {
  titleErrors: 'markdown.titleErrors',
  titleWarnings: 'markdown.titleWarnings',
  errors: 'common.errors',
  warnings: 'common.warnings',
  newProblems: 'diff.findingsAdded',
  titleClean: 'markdown.titleClean',
  filesRead: 'markdown.filesRead',
  failErrors: 'markdown.failErrors',
  failWarnings: 'markdown.failWarnings',
  delta: 'markdown.delta',
  problems: 'markdown.problems',
  error: 'format.error',
  warning: 'format.warning',
  isNew: 'markdown.isNew',
  hint: 'format.hint',
  restrictedFinding: 'markdown.restrictedFinding',
  more: 'markdown.more',
  fixed: 'markdown.fixed',
  meaning: 'diff.meaning',
  noChanges: 'diff.noChanges',
  moreChanges: 'markdown.moreChanges',
  effects: 'diff.effects',
  added: 'diffChange.added',
  removed: 'markdown.removed',
  affected: 'diff.documents',
  affectedNone: 'diff.noDocuments',
  baseMissing: 'markdown.baseMissing',
  documents: 'markdown.documents',
  noDocuments: 'markdown.noDocuments',
  notes: 'markdown.notes',
  footer: 'markdown.footer',
  compared: 'markdown.compared',
} satisfies Record<string, MessageKey>;

export const KIND_HEADINGS: Record<DiffKind, MessageKey> = {
  organisation: 'markdown.kindHeadings.organisation',
  system: 'documents.systems.systemsHeading',
  asset: 'documents.yearly.assets',
  classification: 'documents.yearly.classification',
  processing: 'markdown.kindHeadings.processing',
  document: 'documents.yearly.documents',
  kpi: 'documents.yearly.indicators',
  cycle: 'documents.yearly.cycle',
  audit: 'markdown.kindHeadings.audit',
  faq: 'markdown.kindHeadings.faq',
  incident: 'markdown.kindHeadings.incident',
  agreement: 'markdown.kindHeadings.agreement',
  training: 'markdown.kindHeadings.training',
  report: 'markdown.kindHeadings.report',
  risk: 'markdown.kindHeadings.risk',
  plan: 'riskdoc.plan.kind',
  review: 'riskdoc.source.review',
};

/**
 * Makes user text inert in Markdown: no markup, no HTML, no @mentions (a register text must not ping a team),
 * one line, and no personal identity numbers.
 */
export function escapeMarkdown(text: string): string {
  return (
    redactIdentityNumbers(text)
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/@(?=\w)/g, '@\u2060')
      // GitHub makes bare URLs and www. names links: a register text must not put a live link in the
      // comment. A word joiner keeps the text readable and the autolink from matching.
      .replace(/\b(https?|ftp)(?=:\/\/)/gi, '$1\u2060')
      .replace(/\bwww\./gi, 'www\u2060.')
      // "#12" and "GH-12" would cross-reference an issue and notify its subscribers.
      .replace(/#(?=\d)/g, '#\u2060')
      .replace(/\bGH-(?=\d)/gi, (m) => `${m.slice(0, 2)}\u2060-`)
  );
}

/** A path or id shown as code: backticks inside would end the span, so they are dropped. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n]+/g, ' ')}\``;
}

interface Limits {
  findings: number;
  changes: number;
  details: number;
}

/** The report as Markdown, shortened (fewer findings and changes listed, never cut mid-line) to fit `maxLength`. */
export function formatMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? COMMENT_MAX;
  // About what fits: a finding line is some 300–600 characters, a change line less.
  let limits: Limits = {
    findings: Math.max(20, Math.floor(max / 600)),
    changes: Math.max(30, Math.floor(max / 400)),
    details: 20,
  };
  for (;;) {
    const text = build(report, limits, options.marker);
    if (text.length <= max) return text;
    if (limits.findings === 0 && limits.changes === 0 && limits.details <= 1)
      return `${text.slice(0, max - 2)}…\n`;
    limits = {
      findings: Math.floor(limits.findings / 2),
      changes: Math.floor(limits.changes / 2),
      details: Math.max(1, Math.floor(limits.details / 2)),
    };
  }
}

function build(report: Report, limits: Limits, marker: string | undefined): string {
  const { locale } = report;
  const w = (key: keyof typeof W, params?: MessageParams) => t(locale, W[key], params);
  const out: string[] = [];
  if (marker) out.push(marker);
  let errors = 0;
  for (const f of report.findings) if (f.severity === 'error') errors++;
  const warnings = report.findings.length - errors;
  const failing = errors > 0 || (report.failOn === 'warning' && warnings > 0);
  const icon = errors > 0 ? '❌' : warnings > 0 ? (failing ? '❌' : '⚠️') : '✅';
  const errorsText = w('errors', { n: errors });
  const warningsText = w('warnings', { n: warnings });
  const title =
    errors > 0
      ? w('titleErrors', { errors: errorsText, warnings: warningsText })
      : warnings > 0
        ? w('titleWarnings', { warnings: warningsText })
        : w('titleClean');
  out.push(`## ${icon} ${title}`, '');
  const lead = [w('filesRead', { files: report.files })];
  if (report.delta)
    lead.push(
      w('delta', {
        added: w('newProblems', { n: report.delta.added.length }),
        fixed: report.delta.fixed.length,
      }),
    );
  if (failing) lead.push(`**${w(errors > 0 ? 'failErrors' : 'failWarnings')}**`);
  out.push(lead.join(' '), '');

  if (report.notes?.length) {
    out.push(`> [!NOTE]`, `> **${w('notes')}**`);
    for (const note of report.notes) out.push(`> - ${escapeMarkdown(note)}`);
    out.push('');
  }

  if (report.findings.length) {
    out.push(`### ${w('problems')} (${report.findings.length})`, '');
    const fresh = new Set(report.delta?.added ?? []);
    // What the change brings comes first; errors before warnings within each.
    const ordered = [...report.findings].sort(
      (a, b) =>
        Number(fresh.has(b)) - Number(fresh.has(a)) ||
        Number(b.severity === 'error') - Number(a.severity === 'error'),
    );
    for (const f of ordered.slice(0, limits.findings)) out.push(...findingLines(f, fresh.has(f), report, w));
    if (ordered.length > limits.findings)
      out.push('', `_${w('more', { n: ordered.length - limits.findings })}_`);
    out.push('');
  }
  if (report.delta?.fixed.length) {
    out.push(`<details><summary>${w('fixed', { n: report.delta.fixed.length })}</summary>`, '');
    for (const f of report.delta.fixed.slice(0, limits.findings))
      out.push(...findingLines(f, false, { ...report, link: undefined }, w, false));
    if (report.delta.fixed.length > limits.findings)
      out.push('', `_${w('more', { n: report.delta.fixed.length - limits.findings })}_`);
    out.push('', '</details>', '');
  }

  if (report.diff) out.push(...diffLines(report.diff, limits, locale, w));
  else if (report.baseMissing)
    out.push(`_${escapeMarkdown(w('baseMissing', { why: report.baseMissing }))}_`, '');

  if (report.documents) {
    out.push(`### ${w('documents')}`, '');
    if (report.documents.length === 0) out.push(w('noDocuments'));
    for (const d of report.documents)
      out.push(`- ${escapeMarkdown(d.title)} (${code(d.id)}): ${d.files.map(code).join(', ')}`);
    out.push('');
  }

  const footer = [report.version ? w('footer', { version: report.version }) : 'lisa'];
  if (report.base && report.head) footer.push(w('compared', { base: report.base, head: report.head }));
  out.push(`<sub>${footer.join(' · ')}</sub>`, '');
  return out.join('\n');
}

type Words = (key: keyof typeof W, params?: MessageParams) => string;

function findingLines(f: Finding, isNew: boolean, report: Report, w: Words, withHint = true): string[] {
  const where = `${f.file}:${f.line}`;
  const url = report.link?.(f.file, f.line);
  // A link target with a space or a parenthesis would end early and leave the rest as live text.
  const place = url && !/[\s()<>]/.test(url) ? `[${code(where)}](${url})` : code(where);
  const icon = f.severity === 'error' ? '❌' : '⚠️';
  const badge = isNew ? ` **${w('isNew')}**` : '';
  const hidden = f.entity !== undefined && report.restricted?.has(f.entity) === true;
  const told = describeFinding(f, report.locale);
  const message = hidden ? `_${w('restrictedFinding')}_` : escapeMarkdown(told.message);
  const lines = [`- ${icon} ${w(f.severity)}${badge} ${place} ${message} ${code(f.rule)}`];
  if (withHint && told.hint && !hidden) lines.push(`  <br>${w('hint')}: ${escapeMarkdown(told.hint)}`);
  return lines;
}

function diffLines(diff: RegistryDiff, limits: Limits, locale: Locale, w: Words): string[] {
  const out: string[] = [`### ${w('meaning')}`, ''];
  if (diff.changes.length === 0 && diff.effects.length === 0) out.push(w('noChanges'), '');
  let shown = 0;
  let kind: DiffKind | undefined;
  for (const c of diff.changes) {
    if (shown >= limits.changes) break;
    if (c.kind !== kind) {
      if (kind) out.push('');
      kind = c.kind;
      out.push(`**${t(locale, KIND_HEADINGS[c.kind])}**`, '');
    }
    out.push(...changeLines(c, limits, w));
    shown++;
  }
  if (diff.changes.length > shown) out.push('', `_${w('moreChanges', { n: diff.changes.length - shown })}_`);
  if (kind) out.push('');
  if (diff.effects.length) {
    out.push(`**${w('effects')}**`, '');
    for (const e of diff.effects.slice(0, limits.details)) out.push(`- ${escapeMarkdown(e.text)}`);
    out.push('');
  }
  out.push(`### ${w('affected')}`, '');
  if (diff.documents.length === 0) out.push(w('affectedNone'));
  for (const d of diff.documents) out.push(documentLine(d));
  out.push('');
  return out;
}

function changeLines(c: EntityChange, limits: Limits, w: Words): string[] {
  const name = escapeMarkdown(c.name);
  const head =
    c.change === 'removed'
      ? `~~${name}~~ (${w('removed')})`
      : c.change === 'added'
        ? `**${name}** (${w('added')})`
        : `**${name}**`;
  const details: ChangeDetail[] = c.details.slice(0, limits.details);
  const rest = c.details.length - details.length;
  const more = rest > 0 ? [`…+${rest}`] : [];
  const texts = [...details.map((d) => escapeMarkdown(d.text)), ...more];
  if (texts.length === 0) return [`- ${head} ${code(c.file)}`];
  if (texts.length === 1) return [`- ${head}: ${texts[0]}`];
  return [`- ${head}`, ...texts.map((t) => `  - ${t}`)];
}

function documentLine(d: AffectedDocument): string {
  return `- ${escapeMarkdown(d.title)} (${code(d.id)})`;
}
