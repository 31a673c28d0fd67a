// The action: validate the registry; on a pull request compare it with the base and tell reviewers what the
// change means (annotations, check run, one sticky comment, job summary); on a trusted push make the board
// documents. Everything the user reads is in the registry's language.
import path from 'node:path';
import * as core from '@actions/core';
import { diffRegistries, findingsDelta, type RegistryDiff } from '../lib/diff.js';
import { neutraliseCommands } from '../lib/escape/workflow-command.js';
import { encodeUrlPath } from '../lib/facts/repository.js';
import { restrictedLookup } from '../lib/facts/restricted.js';
import { organisationOf, organisationToday } from '../lib/facts/today.js';
import type { Finding } from '../lib/finding.js';
import { commentMarker, formatMarkdown, type Report } from '../lib/format/markdown.js';
import { formatText } from '../lib/format/text.js';
import { t } from '../lib/i18n/index.js';
import { RegistryNotFound, readRegistryFiles } from '../lib/io/load.js';
import type { Locale } from '../lib/locale.js';
import { buildRegistry, type Registry, registryLocale, type SourceFile } from '../lib/registry.js';
import { documentIds } from '../lib/render/model.js';
import { type ValidationResult, Validator } from '../lib/validate.js';
import { VERSION } from '../lib/version.js';
import { annotateWithCommands, publishCheckRun, type RepoPath } from './annotate.js';
import { type CommentLookup, commentAuthor, lookUpComment, upsertComment } from './comment.js';
import { type GitHubContext, isPullRequestEvent, readContext, shouldRender, tagOf } from './context.js';
import { type BaseResult, commitDate, gitTopLevel, readRegistryAt } from './git.js';
import { HeadParses, openCache } from './head-parses.js';
import { InputError, type Inputs, readInputs } from './inputs.js';
import { createGitHub, type GitHub } from './octokit.js';
import { attachToRelease } from './release.js';

const started = performance.now();
/**
 * Where the time goes, in the debug log (ACTIONS_STEP_DEBUG): wall time since the start, and the CPU time of
 * the whole process (every thread) so far, which a busy runner inflates less.
 */
function lap(what: string): void {
  const cpu = process.cpuUsage();
  core.debug(`lisa timing: ${what} at ${(performance.now() - started).toFixed(0)} ms`);
  core.debug(`lisa cpu: ${what} at ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`);
}

/** The check run's name in the PR's checks list; a registry other than `registry/` is named in it. */
function checkName(registry: string): string {
  const dir = registry.replace(/\\/g, '/').replace(/^\.\/|\/+$/g, '');
  return dir === 'registry' || dir === '' ? 'lisa' : `lisa (${dir})`;
}

interface Run {
  context: GitHubContext;
  inputs: Inputs;
  head: ValidationResult;
  headSources: SourceFile[];
  /** The base's files from git, asked for as soon as the head was read (git works while the head parses). */
  baseRead?: Promise<BaseResult>;
  /** Holds the head's parsed files: the base re-reads only the files that differ. */
  validator: Validator;
  locale: Locale;
  today: string;
  repoPath: RepoPath;
  notes: string[];
}

function failing(inputs: Inputs, errors: number, warnings: number): boolean {
  return errors > 0 || (inputs.failOn === 'warning' && warnings > 0);
}

function conclusion(inputs: Inputs, errors: number, warnings: number): 'success' | 'failure' | 'neutral' {
  if (failing(inputs, errors, warnings)) return 'failure';
  return warnings > 0 ? 'neutral' : 'success';
}

async function writeSummary(markdown: string, locale: Locale): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(t(locale, 'action.noSummary'));
    return;
  }
  await core.summary.addRaw(markdown, true).write();
}

function github(run: Run): GitHub | undefined {
  return run.inputs.token ? createGitHub(run.inputs.token, run.context.apiUrl) : undefined;
}

function forbidden(status: number | undefined): boolean {
  return status === 401 || status === 403 || status === 404;
}

async function pullRequest(run: Run): Promise<void> {
  const { context, inputs, head, locale, notes } = run;
  const pr = context.pullRequest;
  const client = github(run);
  const issueNumber = client && inputs.comment && pr && Number.isInteger(pr.number) ? pr.number : undefined;
  // The comment's lookup (reads) goes out now and is answered while the base is validated; the writes
  // stay one after the other, the comment after the check run whose failure it may have to mention.
  const lookup =
    client && issueNumber !== undefined
      ? lookUpComment(
          client,
          { owner: context.owner, repo: context.repo, issueNumber },
          commentMarker(inputs.registry),
          commentAuthor(client, inputs.token, inputs.commentAuthor),
        )
      : undefined;
  const { base, baseMissing } = await baseOf(run);

  // Asked only of the entries the findings name (restricted in the head or in the base).
  const restricted = restrictedLookup(base ? [head.registry, base.registry] : [head.registry]);
  const short = (sha: string | undefined) => (sha ? sha.slice(0, 7) : undefined);
  const headSha = pr?.headSha || context.sha;
  const report: Report = {
    locale,
    findings: head.findings,
    files: head.registry.files.length,
    failOn: inputs.failOn,
    version: VERSION,
    restricted,
    link: (file, line) =>
      context.owner && headSha
        ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${headSha}/${encodeUrlPath(run.repoPath(file))}#L${line}`
        : undefined,
    ...(base ? { delta: findingsDelta(base.findings, head.findings), diff: base.diff } : {}),
    ...(baseMissing ? { baseMissing } : {}),
    ...(base && pr?.baseSha ? { base: short(pr.baseSha) as string, head: short(headSha) as string } : {}),
  };

  const why = pr?.fromFork ? t(locale, 'action.whyFork') : t(locale, 'action.whyPermissions');
  if (client && headSha) await publishCheck(run, client, report, headSha, why);
  if (client && lookup && issueNumber !== undefined)
    await publishComment(run, client, { ...report, notes }, { issueNumber, lookup }, why);
  await writeSummary(formatMarkdown({ ...report, notes }, { maxLength: 1_000_000 }), locale);
}

type Base = { findings: Finding[]; diff: RegistryDiff; registry: Registry };

/** The registry at the pull request's base, validated and diffed against the head; or why there is none. */
async function baseOf(run: Run): Promise<{ base?: Base; baseMissing?: string }> {
  const { context, inputs, head, locale, today, notes } = run;
  const pr = context.pullRequest;
  let base: Base | undefined;
  let baseMissing: string | undefined;
  if (!pr?.baseSha) baseMissing = t(locale, 'action.baseUnknown');
  else {
    const read = await (run.baseRead ??
      readRegistryAt(context.workspace, inputs.registry, pr.baseSha, run.headSources));
    lap('base read');
    if (!read.ok) {
      baseMissing =
        read.reason === 'not-git'
          ? t(locale, 'action.baseNotGit')
          : read.reason === 'not-found'
            ? t(locale, 'action.baseNotFound', { sha: pr.baseSha.slice(0, 7) })
            : t(locale, 'action.baseFailed', { detail: read.detail ?? '' });
      core.warning(baseMissing);
    } else {
      const known = documentIds(head.registry);
      if (read.sources.length === 0) {
        notes.push(t(locale, 'action.baseNoRegistry', { dir: inputs.registry }));
        const empty = buildRegistry(inputs.registry, [], locale);
        base = {
          findings: [],
          diff: diffRegistries(empty, head.registry, { locale, today, documentIds: known }),
          registry: empty,
        };
      } else {
        const headByFile = new Map(run.headSources.map((s) => [s.file, s]));
        const inBase = new Set(read.sources.map((s) => s.file));
        const result = run.validator.update(
          read.sources.filter((s) => headByFile.get(s.file) !== s),
          run.headSources.filter((s) => !inBase.has(s.file)).map((s) => s.file),
        );
        lap('base validated');
        base = {
          findings: result.findings,
          diff: diffRegistries(result.registry, head.registry, { locale, today, documentIds: known }),
          registry: result.registry,
        };
      }
      lap('diff');
    }
  }
  return { ...(base ? { base } : {}), ...(baseMissing ? { baseMissing } : {}) };
}

/** The check run with the findings as annotations; a note when the token may not create it. */
async function publishCheck(
  run: Run,
  client: NonNullable<ReturnType<typeof github>>,
  report: Report,
  headSha: string,
  why: string,
): Promise<void> {
  const { context, inputs, head, locale, notes } = run;
  const check = await publishCheckRun(client, {
    owner: context.owner,
    repo: context.repo,
    headSha,
    name: checkName(inputs.registry),
    title: head.findings.length
      ? t(locale, 'action.checkTitle', { errors: head.errors, warnings: head.warnings })
      : t(locale, 'action.checkTitleClean'),
    summary: formatMarkdown(report),
    conclusion: conclusion(inputs, head.errors, head.warnings),
    findings: head.findings,
    repoPath: run.repoPath,
    locale,
  });
  lap('check run');
  if (check.ok)
    core.info(
      t(locale, 'action.checkCreated', {
        name: checkName(inputs.registry),
        n: check.annotated,
        url: check.url ?? check.id,
      }),
    );
  else {
    const note = forbidden(check.status)
      ? t(locale, 'action.checkForbidden', { n: head.findings.length, status: check.detail, why })
      : t(locale, 'action.checkFailed', { detail: check.detail });
    notes.push(note);
    core.warning(note);
  }
}

/** The one PR comment lisa keeps up to date; a note when the token may not write it. */
async function publishComment(
  run: Run,
  client: NonNullable<ReturnType<typeof github>>,
  report: Report,
  { issueNumber, lookup }: { issueNumber: number; lookup: Promise<CommentLookup> },
  why: string,
): Promise<void> {
  const { context, inputs, locale, notes } = run;
  const body = formatMarkdown(report, { marker: commentMarker(inputs.registry) });
  const target = { owner: context.owner, repo: context.repo, issueNumber };
  const result = await upsertComment(client, target, body, lookup);
  lap('comment');
  if (result.ok)
    core.info(
      t(locale, result.action === 'created' ? 'action.commentCreated' : 'action.commentUpdated', {
        url: result.url,
      }),
    );
  else {
    const note = forbidden(result.status)
      ? t(locale, 'action.commentForbidden', { status: result.detail, why })
      : t(locale, 'action.commentFailed', { detail: result.detail });
    notes.push(note);
    core.warning(note);
  }
}

async function push(run: Run): Promise<string[]> {
  const { context, inputs, head, locale, today, notes } = run;
  const written: string[] = [];
  const documents: NonNullable<Report['documents']> = [];
  const pdfs: string[] = [];
  if (!shouldRender(context)) {
    core.info(t(locale, 'action.notRendering', { event: context.eventName || '?' }));
  } else if (head.errors > 0) {
    notes.push(t(locale, 'action.renderSkippedErrors'));
    core.warning(t(locale, 'action.renderSkippedErrors'));
  } else {
    const date = await commitDate(context.workspace, context.sha);
    try {
      const { renderAll } = await import('./render.js');
      const rendered = await renderAll({
        registry: head.registry,
        workspace: context.workspace,
        outDir: inputs.output,
        locale,
        today,
        ...(inputs.templates ? { templatesDir: inputs.templates } : {}),
        ...(context.sha && date ? { commit: { sha: context.sha, date } } : {}),
        ...(inputs.chromePath ? { chromePath: inputs.chromePath } : {}),
      });
      for (const p of rendered.problems) {
        notes.push(p);
        core.warning(p);
      }
      for (const d of rendered.documents) {
        documents.push({ id: d.id, title: d.title, files: d.files });
        written.push(...d.files);
        if (d.pdf) pdfs.push(d.pdf);
      }
      core.info(t(locale, 'action.rendered', { n: rendered.documents.length, dir: inputs.output }));
    } catch (error) {
      const note = t(locale, 'action.renderFailed', {
        detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
      notes.push(note);
      core.error(note);
      core.setFailed(note);
    }
  }
  const tag = tagOf(context);
  if (tag && inputs.release && shouldRender(context) && head.errors === 0) {
    const client = github(run);
    if (pdfs.length === 0) notes.push(t(locale, 'action.releaseNoPdf'));
    else if (client) {
      const result = await attachToRelease(client, context.owner, context.repo, tag, pdfs);
      if (result.ok)
        core.info(t(locale, 'action.releaseUploaded', { n: result.uploaded.length, tag, url: result.url }));
      else {
        const note = t(locale, 'action.releaseFailed', { tag, detail: result.detail });
        notes.push(note);
        core.warning(note);
      }
    }
  }
  await writeSummary(
    formatMarkdown(
      {
        locale,
        findings: head.findings,
        files: head.registry.files.length,
        failOn: inputs.failOn,
        version: VERSION,
        notes,
        restricted: restrictedLookup([head.registry]),
        ...(shouldRender(context) ? { documents } : {}),
      },
      { maxLength: 1_000_000 },
    ),
    locale,
  );
  return written;
}

export interface RunOptions {
  /** The bundle's own file: started as worker threads, it parses a large registry's files in parallel. */
  workerScript?: URL;
}

export async function run(
  env: Record<string, string | undefined> = process.env,
  options: RunOptions = {},
): Promise<void> {
  const context = readContext(env);
  let locale: Locale = 'sv';
  let parses: HeadParses | undefined;
  try {
    const inputs = readInputs(locale);
    // Asked before the registry is read: git starts sooner, and a process forks faster from a small heap.
    const topLevel = gitTopLevel(context.workspace);
    const cache = openCache(context.workspace, inputs, options.workerScript);
    if (cache) lap(`cache read (${cache.size} files)`);
    parses = new HeadParses(options.workerScript, cache);
    const headSources = await readRegistryFiles(inputs.registry, context.workspace, parses.onFile);
    lap('head read');
    // The date rules and documents are as of: today where the organisation is.
    const today = organisationToday(organisationOf(headSources), new Date());
    // Findings are data: base and head are validated once each and compared by identity (findingKey), then
    // told in the head's language.
    const validator = new Validator(inputs.registry, {
      today,
      locale: inputs.locale ?? registryLocale(headSources),
    });
    const baseSha = isPullRequestEvent(context) ? context.pullRequest?.baseSha : undefined;
    const baseRead = baseSha
      ? readRegistryAt(context.workspace, inputs.registry, baseSha, headSources, topLevel).catch(
          (error): BaseResult => ({ ok: false, reason: 'failed', detail: String(error).split('\n')[0] }),
        )
      : undefined;
    const primed = await parses.prime(validator);
    if (primed) lap(`head parsed (${primed})`);
    const head = validator.validate(headSources);
    locale = head.registry.locale;
    lap('head validated');
    const top = (await topLevel) ?? context.workspace;
    const repoPath: RepoPath = (file) =>
      path.relative(top, path.resolve(context.workspace, file)).split(path.sep).join('/');

    const files = head.registry.files.length;
    core.startGroup(t(locale, 'action.findings', { errors: head.errors, warnings: head.warnings, files }));
    // The text report holds user text; printed raw, a key like "x\n::add-mask::…" would be a command.
    core.info(neutraliseCommands(formatText(head.findings, { locale, files, color: true }).trimEnd()));
    core.endGroup();
    annotateWithCommands(head.findings, repoPath, locale);

    const current: Run = {
      context,
      inputs,
      head,
      headSources,
      ...(baseRead ? { baseRead } : {}),
      validator,
      locale,
      today,
      repoPath,
      notes: [],
    };
    let written: string[] = [];
    if (isPullRequestEvent(context)) await pullRequest(current);
    else written = await push(current);

    lap('reported');
    if (parses.save()) lap('cache written');
    core.setOutput('errors', head.errors);
    core.setOutput('warnings', head.warnings);
    core.setOutput('documents', written.join('\n'));
    core.setOutput('output-dir', inputs.output);
    if (head.errors > 0) core.setFailed(t(locale, 'action.failErrors', { errors: head.errors }));
    else if (failing(inputs, head.errors, head.warnings))
      core.setFailed(t(locale, 'action.failWarnings', { warnings: head.warnings }));
  } catch (error) {
    if (error instanceof InputError) core.setFailed(error.message);
    else if (error instanceof RegistryNotFound)
      core.setFailed(t(locale, 'action.noRegistry', { dir: error.dir, workspace: context.workspace }));
    else {
      core.setFailed(
        t(locale, 'action.internal', {
          detail: error instanceof Error ? error.message.split('\n')[0] : String(error),
        }),
      );
      if (core.isDebug() && error instanceof Error && error.stack) core.debug(error.stack);
    }
  } finally {
    parses?.close();
  }
}
