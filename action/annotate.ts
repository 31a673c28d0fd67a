// Findings as annotations on their YAML lines. Workflow commands reach "Files changed" without any
// permission but GitHub shows only ten of each severity per step; the Checks API takes fifty per request.
// A registry can have thousands of findings (one broken file gives one per key), and the job's token has a
// budget (GITHUB_TOKEN: 1,000 requests an hour per repository; writes spaced a second apart), so the check
// run carries at most MAX_REQUESTS × 50 annotations, the most severe first, and says how many it left out.

import * as core from '@actions/core';
import { breakLegacyCommands } from '../lib/escape/workflow-command.js';
import { describeFinding, type Finding } from '../lib/finding.js';
import { code, escapeMarkdown } from '../lib/format/markdown.js';
import { t } from '../lib/i18n/index.js';
import type { Locale } from '../lib/locale.js';
import { describeError, type GitHub, statusOf } from './octokit.js';

/** GitHub's cap on annotations shown from workflow commands, per severity and step. */
export const COMMAND_LIMIT = 10;
/** The Checks API's cap on annotations per request. */
export const BATCH = 50;
/**
 * Requests one check run may take. Ten is 1 % of GITHUB_TOKEN's hourly budget and some ten seconds at the
 * one write a second GitHub asks for, leaving the comment and the next pushes room; and 500 annotations
 * are more than a reviewer reads: past that, fixing the file is the task, and the log has every finding.
 */
export const MAX_REQUESTS = 10;
export const MAX_ANNOTATIONS = BATCH * MAX_REQUESTS;

/** Path of a finding's file from the repository root, which is what annotations are matched on. */
export type RepoPath = (file: string) => string;

export function annotateWithCommands(findings: readonly Finding[], repoPath: RepoPath, locale: Locale): void {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    const isError = f.severity === 'error';
    if (isError ? errors++ >= COMMAND_LIMIT : warnings++ >= COMMAND_LIMIT) continue;
    const props: core.AnnotationProperties = {
      title: `lisa: ${f.rule}`,
      file: repoPath(f.file),
      startLine: f.line,
      startColumn: f.column,
    };
    const endLine = f.endLine ?? f.line;
    // Columns are only meaningful, and only accepted, on a one-line range.
    if (endLine === f.line) {
      if (f.endColumn && f.endColumn > f.column) props.endColumn = f.endColumn;
    } else {
      props.endLine = endLine;
      delete props.startColumn;
    }
    // @actions/core escapes the data (CR, LF, %); the legacy `##[` form the runner reads anywhere is ours to break.
    const told = describeFinding(f, locale);
    const message = breakLegacyCommands(told.hint ? `${told.message}\n${told.hint}` : told.message);
    if (isError) core.error(message, props);
    else core.warning(message, props);
  }
}

interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning';
  message: string;
  title: string;
  raw_details?: string;
}

export function toCheckAnnotation(f: Finding, repoPath: RepoPath, locale: Locale): CheckAnnotation {
  const told = describeFinding(f, locale);
  const endLine = Math.max(f.endLine ?? f.line, f.line);
  const a: CheckAnnotation = {
    path: repoPath(f.file),
    start_line: f.line,
    end_line: endLine,
    annotation_level: f.severity === 'error' ? 'failure' : 'warning',
    message: told.message,
    title: `lisa: ${f.rule}`,
  };
  if (endLine === f.line) {
    a.start_column = f.column;
    a.end_column = f.endColumn && f.endColumn > f.column ? f.endColumn : f.column;
  }
  if (told.hint) a.raw_details = told.hint;
  return a;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  title: string;
  summary: string;
  conclusion: 'success' | 'failure' | 'neutral';
  findings: readonly Finding[];
  repoPath: RepoPath;
  locale: Locale;
}

export type CheckRunResult =
  | { ok: true; id: number; url?: string; requests: number; annotated: number; omitted: number }
  | { ok: false; status?: number; detail: string };

/** The findings the check run annotates (errors first, then in file order) and the ones it leaves out. */
export function selectAnnotated(findings: readonly Finding[], max = MAX_ANNOTATIONS) {
  // Array.prototype.sort is stable: within a severity the findings keep their file and line order.
  const ordered = [...findings].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );
  return { annotated: ordered.slice(0, max), omitted: ordered.slice(max) };
}

/** The check run's text when findings were left out: how many, and which rules and files they are in. */
export function omittedText(omitted: readonly Finding[], locale: Locale): string {
  let errors = 0;
  const byRule = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const f of omitted) {
    if (f.severity === 'error') errors++;
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    byFile.set(f.file, (byFile.get(f.file) ?? 0) + 1);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
  const lines = [
    t(locale, 'action.omitted', {
      n: omitted.length,
      errors,
      warnings: omitted.length - errors,
      max: MAX_ANNOTATIONS,
      requests: MAX_REQUESTS,
    }),
    '',
    `| ${t(locale, 'action.omittedRule')} | ${t(locale, 'action.omittedCount')} |`,
    '|---|---:|',
    ...top(byRule, 50).map(([rule, n]) => `| ${code(rule)} | ${n} |`),
    '',
    `| ${t(locale, 'remind.file')} | ${t(locale, 'action.omittedCount')} |`,
    '|---|---:|',
    // A | in a file name would end the table cell, even inside a code span, unless escaped.
    ...top(byFile, 20).map(([file, n]) => `| ${code(file).replace(/\|/g, '\\|')} | ${n} |`),
  ];
  if (byFile.size > 20)
    lines.push('', escapeMarkdown(t(locale, 'action.omittedMoreFiles', { n: byFile.size - 20 })));
  return lines.join('\n');
}

/**
 * One check run carrying the most severe findings: created with the first 50 annotations, completed with
 * the last of at most MAX_REQUESTS requests; the rest are counted in its text.
 */
export async function publishCheckRun(github: GitHub, req: CheckRunRequest): Promise<CheckRunResult> {
  const { annotated, omitted } = selectAnnotated(req.findings);
  const annotations = annotated.map((f) => toCheckAnnotation(f, req.repoPath, req.locale));
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += BATCH) batches.push(annotations.slice(i, i + BATCH));
  if (batches.length === 0) batches.push([]);
  const text = omitted.length ? omittedText(omitted, req.locale) : undefined;
  const output = (batch: CheckAnnotation[]) => ({
    title: req.title,
    summary: req.summary,
    ...(text ? { text } : {}),
    annotations: batch,
  });
  const done = {
    status: 'completed' as const,
    conclusion: req.conclusion,
    completed_at: new Date().toISOString(),
  };
  let id: number | undefined;
  try {
    const created = await github.rest.checks.create({
      owner: req.owner,
      repo: req.repo,
      name: req.name,
      head_sha: req.headSha,
      ...(batches.length === 1 ? done : { status: 'in_progress' as const }),
      output: output(batches[0] ?? []),
    });
    id = created.data.id;
    for (let i = 1; i < batches.length; i++) {
      const last = i === batches.length - 1;
      await github.rest.checks.update({
        owner: req.owner,
        repo: req.repo,
        check_run_id: id,
        ...(last ? done : {}),
        output: output(batches[i] ?? []),
      });
    }
    return {
      ok: true,
      id,
      requests: batches.length,
      annotated: annotated.length,
      omitted: omitted.length,
      ...(created.data.html_url ? { url: created.data.html_url } : {}),
    };
  } catch (error) {
    const status = statusOf(error);
    // A run left in progress would show a spinner forever; close it if it was opened.
    if (id !== undefined) {
      await github.rest.checks
        .update({
          owner: req.owner,
          repo: req.repo,
          check_run_id: id,
          ...done,
          output: { title: req.title, summary: req.summary },
        })
        .catch(() => undefined);
    }
    return { ok: false, detail: describeError(error), ...(status ? { status } : {}) };
  }
}
